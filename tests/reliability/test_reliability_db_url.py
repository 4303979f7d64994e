"""A ``--db`` that names a database server is refused, and nothing is created on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_desktop.cli import EXIT_DATABASE, main
from asn_desktop.db.peek import DatabaseError, database_path
from asn_desktop.db.session import open_database

URL = "postgresql://asn:rahasia@/asn?host=/run/sock"


@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--db", URL],
        ["self-test", "--db", URL],
        ["results", "export", "--db", URL, "hasil.xlsx", "--tahun", "2026"],
    ],
)
def test_a_server_url_is_refused_and_creates_nothing(argv: list[str], tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == EXIT_DATABASE
    err = capsys.readouterr().err
    assert "alamat server basis data" in err and "SQLite" in err
    assert "rahasia" not in err  # the password is never echoed
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("value", ["postgres://h/db", "mysql://u@h/db", "sqlite:///x.db", "postgresql:asn",
                                   "file:///tmp/x.db", "https://example.invalid/x.db"])
def test_url_forms_are_not_paths(value: str) -> None:
    with pytest.raises(DatabaseError):
        database_path(value)


@pytest.mark.parametrize("value", ["kantor.db", r"C:\Kinerja\kantor.db", "C:/Kinerja/kantor.db",
                                   r"\\server\share\kantor.db", "data/kantor 2026.db", "kantor:2026.db"])
def test_file_paths_stay_paths(value: str) -> None:
    assert database_path(value) == Path(value)


def test_open_database_refuses_a_url_too(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DatabaseError):
        open_database(URL)
    assert list(tmp_path.iterdir()) == []
