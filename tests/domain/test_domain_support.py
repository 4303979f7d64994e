"""Progress, messages, errors, and the purity of the domain layer."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import asn_desktop.domain as domain_pkg
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.messages import N_, Msg
from asn_desktop.domain.progress import Cancelled, Progress


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_throttles_but_always_reports_final() -> None:
    calls: list[tuple[int, int, str]] = []
    clock = FakeClock()
    p = Progress(lambda d, t, m: calls.append((d, t, m)), clock=clock)
    p.report(0, 100, "mulai")
    for i in range(1, 100):
        clock.now += 0.001
        p.report(i, 100)
    p.report(100, 100, "selesai")
    assert calls[0] == (0, 100, "mulai")
    assert calls[-1] == (100, 100, "selesai")
    assert len(calls) < 10  # ~0.1 s elapsed in total, 50 ms throttle
    clock.now += 0.06
    p.report(100, 100)
    assert len(calls) >= 3


def test_progress_reports_after_interval() -> None:
    calls: list[int] = []
    clock = FakeClock()
    p = Progress(lambda d, t, m: calls.append(d), clock=clock)
    for i in range(5):
        p.report(i, 10)
        clock.now += 0.051
    assert calls == [0, 1, 2, 3, 4]


def test_progress_cancel() -> None:
    flag = {"stop": False}
    calls: list[int] = []
    p = Progress(lambda d, t, m: calls.append(d), lambda: flag["stop"])
    p.step(1, 3)
    assert not p.cancelled
    flag["stop"] = True
    assert p.cancelled
    with pytest.raises(Cancelled) as exc:
        p.step(2, 3)
    assert "dibatalkan" in exc.value.message
    assert calls == [1]


def test_progress_empty_job_reports() -> None:
    calls: list[tuple[int, int]] = []
    p = Progress(lambda d, t, m: calls.append((d, t)))
    p.report(0, 0)
    p.report(0, 0)
    assert calls == [(0, 0), (0, 0)]


def test_progress_none_is_noop() -> None:
    p = Progress.none()
    p.report(1, 2, "x")
    p.check()
    p.step(2, 2)


def test_messages() -> None:
    assert N_("Simpan") == "Simpan"
    m = Msg.of(N_("{n} pegawai belum dinilai"), n=3)
    assert str(m) == "3 pegawai belum dinilai"
    assert str(Msg("Tanpa parameter")) == "Tanpa parameter"
    assert str(Msg("{hilang}", {})) == "{hilang}"  # a broken template never crashes


def test_domain_error() -> None:
    e = DomainError("Pesan")
    assert e.message == "Pesan" and str(e) == "Pesan" and isinstance(e, ValueError)


FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "sqlalchemy", "openpyxl", "alembic", "python_calamine", "reportlab")


def test_domain_layer_is_pure() -> None:
    """The domain layer must not import Qt, the database or Excel libraries."""
    root = Path(domain_pkg.__file__).parent
    for path in root.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"
