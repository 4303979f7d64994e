"""The notes of a backup check read in English in English mode: the schema, foreign-key and
audit-chain warnings of a file about to be restored, and the unavailable chosen folder, keep
their Msg (``Teks``) so the UI shows them translated while the CLI keeps the Indonesian text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from asn_desktop.ui.i18n import teks
from reliability_helpers import Kantor

pytestmark = pytest.mark.sqlite_only  # edits and checks the SQLite file itself


def _raw(path: Path, sql: str) -> None:
    con = sqlite3.connect(path)
    con.execute(sql)
    con.commit()
    con.close()


def test_a_damaged_backups_notes_read_in_english_and_stay_indonesian_below_the_ui(
        kantor_berakun: Kantor, english_pesan: object) -> None:
    from asn_desktop.services import cadangan

    adm = kantor_berakun.ctx.as_actor(kantor_berakun.admin)
    path = cadangan.create_backup(adm).path
    _raw(path, "UPDATE audit_log SET username = 'orang_lain' WHERE id = 2")
    _raw(path, "UPDATE pegawai SET unit_id = 987654 WHERE id = (SELECT MIN(id) FROM pegawai)")
    notes = cadangan.check_backup(adm, path).catatan
    assert any(n.startswith("Peringatan: tabel pegawai baris") for n in notes)  # the CLI's Indonesian
    assert any("Rantai log audit terputus di baris id 2" in n for n in notes)
    shown = [teks(n) for n in notes]
    assert any(s.startswith("Warning: table pegawai row") and "does not exist" in s for s in shown), shown
    assert any(s.startswith("Warning: The audit log chain is broken at row id 2 (position 2): this row, or an "
                            "earlier one, was changed") for s in shown), shown
    assert not any("Peringatan" in s or "baris" in s for s in shown), shown


def test_an_unplugged_backup_folder_is_named_in_english(kantor_berakun: Kantor, tmp_path: Path,
                                                         english_pesan: object) -> None:
    from asn_desktop.services import cadangan

    adm = kantor_berakun.ctx.as_actor(kantor_berakun.admin)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    cadangan.set_folder(adm, stick)
    stick.rmdir()  # the USB stick was pulled out
    folder, warn = cadangan.backup_folder(adm)
    assert warn is not None and warn.startswith(f"Folder cadangan {stick} tidak tersedia")
    assert teks(warn) == (f"Backup folder {stick} is not available (USB stick not plugged in?); backups are "
                          f"saved in {folder}.")


def test_the_cli_check_still_prints_the_chain_break_in_indonesian(kantor_berakun: Kantor, capsys) -> None:
    from asn_desktop.cli import main

    path = kantor_berakun.ctx.db.path
    kantor_berakun.ctx.db.dispose()
    _raw(path, "UPDATE audit_log SET username = 'orang_lain' WHERE id = 2")
    assert main(["check", "--db", str(path)]) != 0
    assert "Rantai log audit terputus di baris id 2" in capsys.readouterr().err
