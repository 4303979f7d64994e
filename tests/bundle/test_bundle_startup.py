"""Start-up path: what the benchmarks made faster must stay correct."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from asn_desktop.db.models import UnitKerja
from asn_desktop.db.session import (
    DatabaseCorrupt,
    closed_cleanly,
    head_revision,
    open_database,
    quick_head,
)
from asn_desktop.services import startup

ROOT = Path(__file__).resolve().parents[2]


def test_quick_head_agrees_with_alembic() -> None:
    assert quick_head() == head_revision()


def test_opening_a_database_at_head_does_not_import_alembic(db_path: Path) -> None:
    open_database(db_path).dispose()
    code = (
        "import sys; from asn_desktop.db.session import open_database, CHECK_AFTER_CRASH;"
        f"db = open_database({str(db_path)!r}, check=CHECK_AFTER_CRASH); db.dispose();"
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert out.stdout.strip() == "False"


def _filled(db_path: Path) -> None:
    db = open_database(db_path)
    with db.session() as s, s.begin():
        s.add_all([UnitKerja(nama=f"Unit {i}" * 20, jenis="seksi") for i in range(400)])
    db.dispose()


def _wreck_middle_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    mid = len(data) // 2
    data[mid: mid + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))


def test_clean_close_leaves_no_wal_and_gui_start_defers_the_full_check(db_path: Path) -> None:
    _filled(db_path)
    assert closed_cleanly(db_path)
    _wreck_middle_page(db_path)
    # the GUI opens without reading the whole file (the background integrity_check reports it) ...
    startup.open_for_gui(db_path).db.dispose()
    # ... while the default (CLI, restore) still refuses it up front
    with pytest.raises(DatabaseCorrupt):
        open_database(db_path)


def test_after_a_crash_the_gui_start_checks_first(db_path: Path, tmp_path: Path) -> None:
    _filled(db_path)
    # a session cut off mid-way: copy the files while a writer holds the WAL
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("UPDATE unit_kerja SET nama = nama || ' (ubah)'")
    con.commit()
    crashed = tmp_path / "crashed.db"
    shutil.copyfile(db_path, crashed)
    shutil.copyfile(f"{db_path}-wal", f"{crashed}-wal")
    con.close()
    assert not closed_cleanly(crashed)
    _wreck_middle_page(crashed)
    with pytest.raises(DatabaseCorrupt):
        startup.open_for_gui(crashed)


def _search_key_reference(*parts: str | None) -> str:
    """search_key as first written (NFKD for every text): the fast ASCII path must agree."""
    import unicodedata

    from asn_desktop.domain.nama import _APOSTROPHES, _NON_ALNUM

    text = " ".join(p for p in parts if p)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(_NON_ALNUM.sub(" ", _APOSTROPHES.sub("", text)).split())


def test_search_key_fast_path_gives_the_same_keys() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from asn_desktop.domain.nama import search_key

    for text in ("Drs. YOHANES Benu, M.Si", "Ma'ruf", "JOSÉ Ñandú", "Ｆｕｌｌ", "ﬁnance", "İlham", "straße", ""):
        assert search_key(text, "Kepala Seksi") == _search_key_reference(text, "Kepala Seksi")

    @settings(max_examples=300, deadline=None)
    @given(st.text(), st.text(alphabet=st.characters(max_codepoint=127)))
    def check(a: str, b: str) -> None:
        assert search_key(a, b) == _search_key_reference(a, b)

    check()
