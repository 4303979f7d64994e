"""Settings are declared once (asn_desktop/options.py) and read back as their default when unusable."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from asn_desktop import options as O
from asn_desktop.db.models import Setting
from asn_desktop.db.peek import peek
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ValidationError
from asn_desktop.services.settings import (
    get_idle_lock_minutes, get_option, set_idle_lock_minutes, set_option, set_setting,
)
from asn_desktop.ui import preferences

ROOT = Path(__file__).resolve().parents[2] / "asn_desktop"


def test_every_setting_is_declared_once_with_a_usable_default() -> None:
    keys = [(o.group, o.key) for o in O.declared()]
    assert len(keys) == len(set(keys))
    assert {o.group for o in O.declared()} == {O.KANTOR, O.PENGGUNA}
    for o in O.declared():
        d = o.default_value()
        assert d is None or o.accepts(d), o.key
    with pytest.raises(ValueError):
        O._declare(O.Option(O.KANTOR, "bahasa", "id", str))


def test_no_module_spells_a_settings_key_outside_the_declaration() -> None:
    keys = {o.key for o in O.declared()}
    found = []
    for path in ROOT.rglob("*.py"):
        if path.name == "options.py" or "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in {"get_setting", "set_setting", "value", "setValue", "setting"}:
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and arg.value in keys:
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno} {arg.value}")
    assert not found, found
    assert "QSettings(" not in "".join(
        p.read_text(encoding="utf-8") for p in ROOT.rglob("*.py") if p.name != "preferences.py")


def test_office_setting_reads_default_when_absent_or_damaged(ctx: AppContext) -> None:
    assert get_option(ctx, O.BAHASA) == "id"
    assert get_idle_lock_minutes(ctx) == 10
    set_setting(ctx, O.KUNCI_OTOMATIS_MENIT.key, "lima")  # written by an old or foreign tool
    assert get_idle_lock_minutes(ctx) == 10
    set_setting(ctx, O.KUNCI_OTOMATIS_MENIT.key, True)
    assert get_idle_lock_minutes(ctx) == 10
    assert set_idle_lock_minutes(ctx, 0) == 0 and get_idle_lock_minutes(ctx) == 0
    with pytest.raises(ValidationError, match="0 \\(mati\\) sampai 240"):
        set_idle_lock_minutes(ctx, 241)
    assert get_idle_lock_minutes(ctx) == 0  # the refused value left the stored one


def test_set_option_writes_through_the_audited_path_and_refuses_wrong_kinds(ctx: AppContext) -> None:
    set_option(ctx, O.BAHASA, "en")
    assert get_option(ctx, O.BAHASA) == "en"
    with pytest.raises(ValidationError, match="bahasa"):
        set_option(ctx, O.BAHASA, "")
    with ctx.read() as s:
        assert s.get(Setting, "bahasa").value == "en"
    with pytest.raises(ValueError):
        get_option(ctx, O.UKURAN_KERTAS_SKP)  # a per-user preference is not in the database


def test_language_is_read_before_the_open_from_the_same_declaration(ctx: AppContext) -> None:
    set_option(ctx, O.BAHASA, "en")
    info = peek(ctx.db.path)
    assert O.BAHASA.coerce(info.setting(O.BAHASA.key)) == "en"


def test_user_preferences_read_defaults_and_keep_what_was_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ini = tmp_path / "prefs.ini"
    monkeypatch.setattr(preferences, "QSettings", lambda: QSettings(str(ini), QSettings.Format.IniFormat))
    assert preferences.read(O.UKURAN_KERTAS_SKP) == "A4"
    assert preferences.read(O.FOLDER_PDF_SKP) == str(Path.home() / "SKP PDF")
    preferences.write(O.UKURAN_KERTAS_SKP, "F4")
    preferences.write(O.FOLDER_SINKRONISASI, str(tmp_path))
    preferences.write(O.FOLDER_SINKRONISASI, "")  # refused: the last folder stays
    assert preferences.read(O.UKURAN_KERTAS_SKP) == "F4"
    assert preferences.read(O.FOLDER_SINKRONISASI) == str(tmp_path)
    assert "F4" in ini.read_text(encoding="utf-8")
    with pytest.raises(ValueError):
        preferences.read(O.BAHASA)  # an office setting is not a per-user preference
