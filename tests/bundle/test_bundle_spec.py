"""build.spec: what the bundle takes along (evaluated with stand-ins for PyInstaller's classes)."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest
from testkit import shot_dir

ROOT = Path(__file__).resolve().parents[2]


class _Recorder:
    calls: list[tuple[str, tuple, dict]] = []

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        _Recorder.calls.append((type(self).__name__, args, kwargs))
        self.args, self.kwargs = args, kwargs
        self.pure, self.scripts, self.binaries = [], [], []
        self.datas = list(kwargs.get("datas", []))


class Analysis(_Recorder): ...
class PYZ(_Recorder): ...
class EXE(_Recorder): ...
class COLLECT(_Recorder): ...


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict:
    _Recorder.calls = []
    if "PyInstaller" not in sys.modules:
        try:
            import PyInstaller.utils.hooks  # noqa: F401
        except ImportError:  # test extras only: stand in for collect_submodules and copy_metadata
            hooks = types.ModuleType("PyInstaller.utils.hooks")
            hooks.collect_submodules = lambda name, filter=None: [name]  # type: ignore[attr-defined]
            hooks.copy_metadata = lambda name: [(f"{name}.dist-info", f"{name}.dist-info")]  # type: ignore[attr-defined]
            sys.modules.setdefault("PyInstaller", types.ModuleType("PyInstaller"))
            sys.modules.setdefault("PyInstaller.utils", types.ModuleType("PyInstaller.utils"))
            sys.modules["PyInstaller.utils.hooks"] = hooks
    ns = {"SPECPATH": str(ROOT), "workpath": str(tmp_path_factory.mktemp("work")), "__file__": str(ROOT / "build.spec"),
          "Analysis": Analysis, "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT}
    exec(compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), ns)
    return {name: [(a, k) for n, a, k in _Recorder.calls if n == name] for name in ("Analysis", "EXE", "COLLECT")}


def _datas(spec: dict) -> list[tuple[str, str]]:
    (_, kwargs), = spec["Analysis"]
    return kwargs["datas"]


def test_bundle_carries_every_migration_as_a_file(spec: dict) -> None:
    shipped = {Path(src).resolve() for src, _ in _datas(spec)}
    versions = sorted((ROOT / "asn_desktop/db/migrations/versions").glob("*.py"))
    assert versions and all(v.resolve() in shipped for v in versions)
    assert (ROOT / "asn_desktop/db/migrations/env.py").resolve() in shipped
    dest = {Path(src).name: d for src, d in _datas(spec)}
    assert dest["env.py"].replace("\\", "/") == "asn_desktop/db/migrations"


def test_bundle_carries_fonts_translations_icons(spec: dict) -> None:
    shipped = {Path(src).resolve(): d.replace("\\", "/") for src, d in _datas(spec)}
    res = ROOT / "resources"
    for pattern, folder in (("fonts/*.ttf", "resources/fonts"), ("translations/*.qm", "resources/translations"),
                            ("icons/app.*", "resources/icons")):
        files = sorted(res.glob(pattern))
        assert files, pattern
        for f in files:
            assert shipped.get(f.resolve()) == folder, f
    assert (res / "fonts" / "LICENSE-DejaVu.txt").resolve() in shipped
    assert {"asn_desktop_en.qm", "asn_desktop_qtbase_id.qm"} <= {p.name for p in res.glob("translations/*.qm")}


def test_bundle_names_version_and_programs(spec: dict) -> None:
    (args, kwargs), = spec["COLLECT"]
    assert kwargs["name"] == "ASN-Kinerja"
    names = {k["name"]: k["console"] for _, k in spec["EXE"]}
    assert names == {"ASN-Kinerja": False, "asn-desktop": True}
    (aargs, akw), = spec["Analysis"]
    assert aargs[0][0].endswith(os.path.join("asn_desktop", "__main__.py"))
    hidden = set(akw["hiddenimports"])
    assert {"sqlalchemy.dialects.sqlite", "PySide6.QtCharts"} <= hidden
    text = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "from asn_desktop import APP_NAME, __version__" in text


def test_resources_are_found_where_the_bundle_puts_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from asn_desktop import paths

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_fontless_machine_renders_text_with_the_bundled_fonts(tmp_path: Path) -> None:
    """No system fonts (empty fontconfig): Qt shows boxes unless our DejaVu fonts are registered."""
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                    f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    empty = tmp_path / "nofonts"
    empty.mkdir()
    shot = shot_dir("bundle")
    shot.mkdir(parents=True, exist_ok=True)
    code = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
from PySide6.QtGui import QFontInfo
app = QApplication([])
before = QFontInfo(app.font()).family()
plain = QLabel("Pegawai — Daftar Urut Kepangkatan 2026")
plain.resize(420, 40)
plain.show()
app.processEvents()
plain.grab().save({str(shot / 'fontless_without_bundled_fonts.png')!r})
from asn_desktop.ui.app import make_app
make_app()
label = QLabel("Pegawai — Daftar Urut Kepangkatan 2026")
label.resize(420, 40)
label.show()
app.processEvents()
label.grab().save({str(shot / 'fontless_check.png')!r})
print(repr(before) + "|" + repr(QFontInfo(label.font()).family()))
"""
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_FONTDIR=str(empty), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    before, after = out.stdout.strip().splitlines()[-1].split("|")
    assert before == "''"  # truly font-less: without our fonts text has no family (empty boxes)
    assert after == "'DejaVu Sans'"
    selftest = subprocess.run([sys.executable, "-m", "asn_desktop", "self-test"], env=env, capture_output=True,
                              text=True, timeout=300)
    assert selftest.returncode == 0, selftest.stderr
    assert "huruf: DejaVu Sans" in selftest.stdout


def test_windowed_program_without_console_streams_still_runs_commands(tmp_path: Path) -> None:
    """ASN-Kinerja.exe (no console) has sys.stdout/sys.stderr = None; a command must not crash on them."""
    code = (
        "import sys, runpy; sys.stdout = None; sys.stderr = None;"
        f"sys.argv = ['ASN-Kinerja', 'demo', '--db', {str(tmp_path / 'd.db')!r}, '--pegawai', '15'];"
        "runpy.run_module('asn_desktop', run_name='__main__')"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "d.db").stat().st_size > 0


def test_bundle_carries_the_user_guide_and_its_screenshots(spec: dict) -> None:
    shipped = {Path(src).resolve(): d.replace("\\", "/") for src, d in _datas(spec)}
    res = ROOT / "resources" / "help"
    for lang in ("id", "en"):
        pages = sorted((res / lang).glob("*.md"))
        assert pages, lang
        for f in pages:
            assert shipped.get(f.resolve()) == f"resources/help/{lang}", f
        shots = sorted((res / "img" / lang).glob("*.png"))
        assert shots, lang
        for f in shots:
            assert shipped.get(f.resolve()) == f"resources/help/img/{lang}", f
