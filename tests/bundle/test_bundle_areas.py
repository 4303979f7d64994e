"""The area registry (loaded lazily for a fast start) says what each page class says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from asn_desktop.domain.roles import AREA_PERMISSIONS, Role, area_visible
from asn_desktop.services.context import Actor
from asn_desktop.ui.pages import AREAS

ROOT = Path(__file__).resolve().parents[2]


def test_each_area_entry_matches_its_page_class(qapp) -> None:  # type: ignore[no-untyped-def]
    assert len({a.key for a in AREAS}) == len(AREAS)
    for area in AREAS:
        cls = area.page_class()
        assert cls.key == area.key
        assert cls.title() == area.title()
        assert not hasattr(cls, "required_permissions"), "who sees an area is declared in domain/roles.py only"
        for role in Role:
            actor = Actor(None, "x", role, 1)
            assert cls.allowed(actor) == area.allowed(actor) == area_visible(role, area.key), (area.key, role)


def test_area_permissions_are_declared_once_for_exactly_the_registered_areas() -> None:
    assert set(AREA_PERMISSIONS) == {a.key for a in AREAS}
    seen = {role: [a.key for a in AREAS if area_visible(role, a.key)] for role in Role}
    assert seen[Role.ADMIN] == [a.key for a in AREAS]
    assert "penilaian" not in seen[Role.OPERATOR] and "pegawai" in seen[Role.OPERATOR]
    assert seen[Role.PENILAI] == ["pegawai", "skp", "penilaian", "laporan", "layanan", "register", "pengaturan"]
    assert seen[Role.PEGAWAI] == ["skp", "penilaian", "pengaturan"]


def test_starting_the_main_window_loads_only_the_first_area(ctx) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys; from asn_desktop.ui.app import make_app; make_app();"
        "from asn_desktop.db.session import open_database; from asn_desktop.services.context import AppContext;"
        f"ctx = AppContext(open_database({str(ctx.db.path)!r}));"
        "from asn_desktop.ui.main_window import MainWindow; w = MainWindow(ctx); w.show();"
        "print(sorted(m for m in sys.modules if m.startswith('asn_desktop.ui.pages.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    loaded = eval(out.stdout.strip().splitlines()[-1])  # noqa: S307 - our own printed list
    assert "asn_desktop.ui.pages.pegawai" in loaded
    assert not {"asn_desktop.ui.pages.laporan", "asn_desktop.ui.pages.pengaturan"} & set(loaded)
