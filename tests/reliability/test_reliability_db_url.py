"""A ``--db`` that names a database server is never taken for a file: an unsupported one is
refused, an unreachable PostgreSQL server is reported, and nothing is created on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_desktop.cli import EXIT_DATABASE, main
from asn_desktop.db.peek import DatabaseError, database_path
from asn_desktop.db.session import open_database

URL = "postgresql://asn:rahasia@/asn?host=/run/tidak-ada"
MYSQL = "mysql://asn:rahasia@server/asn"


@pytest.mark.parametrize("url,said", [(URL, "tidak dapat dihubungi"), (MYSQL, "tidak didukung")])
@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--db"],
        ["self-test", "--db"],
        ["results", "export", "hasil.xlsx", "--tahun", "2026", "--db"],
    ],
)
def test_a_server_url_is_never_a_file(argv: list[str], url: str, said: str, tmp_path: Path, monkeypatch,
                                      capsys) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ASN_DESKTOP_DATA", str(tmp_path / "data"))
    assert main([*argv, url]) == EXIT_DATABASE
    err = capsys.readouterr().err
    assert said in err
    assert "rahasia" not in err  # the password is never echoed
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == []


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
