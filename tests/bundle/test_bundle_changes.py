"""Change notification: a write marks exactly the areas that show its data.

Every committed write reports what kind of data it changed (services/changes.py); the
main window passes that to the areas: the one on screen refreshes at once, hidden
ones on their next visit, unrelated ones not at all, and the area that made the
change keeps what it updated from the result (the Pegawai list's incremental rows).
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from asn_desktop.db.models import Evaluasi, Skp
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import pegawai as svc
from asn_desktop.services import periode as per
from asn_desktop.services import pertukaran as P
from asn_desktop.services import skp as S
from asn_desktop.services.changes import OPERATION_CHANGES, Change, changes_of, origin
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.jobs import run_and_wait
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.pages.base import BasePage

SOURCES = Path(__file__).resolve().parents[2] / "asn_desktop"
AREAS = ("pegawai", "skp", "penilaian", "laporan", "sinkronisasi", "pengaturan")


# -- services: what an operation reports ------------------------------------------------
def test_every_write_in_the_code_declares_what_it_changes() -> None:
    """A new operation must be added to the table, or it reloads every view (the safe default)."""
    names: set[str] = set()
    for path in SOURCES.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r'ctx\.write\(\s*"([a-z_.]+)"', text))
        names |= {n for pair in re.findall(r'aksi = "([a-z_.]+)" if .*? else "([a-z_.]+)"', text) for n in pair}
    assert len(names) > 50
    undeclared = {n for n in names if n not in OPERATION_CHANGES and n.split(".", 1)[0] not in OPERATION_CHANGES}
    assert not undeclared
    assert changes_of("pegawai.tambah") == Change.PEGAWAI | Change.AUDIT
    assert changes_of("skp.setujui") == Change.SKP | Change.AUDIT
    assert changes_of("pustaka_rhk.simpan") == Change.PUSTAKA_RHK | Change.AUDIT
    assert changes_of("evaluasi.finalisasi") == Change.EVALUASI | Change.AUDIT
    assert Change.PEGAWAI in changes_of("pertukaran.impor_pegawai")
    assert changes_of("operasi.baru_tak_dikenal") == Change.everything()


def test_committed_writes_are_announced_and_failed_ones_are_not(demo_ctx: AppContext) -> None:
    heard: list[tuple[Change, str | None]] = []
    demo_ctx.subscribe(lambda c, o: heard.append((c, o)))
    diajukan = _skp_with_status(demo_ctx, "diajukan")
    S.approve(demo_ctx, diajukan)
    assert heard == [(Change.SKP | Change.AUDIT, None)]
    with pytest.raises(ServiceError):  # approving twice is refused: nothing changed, nothing announced
        S.approve(demo_ctx, diajukan)
    assert len(heard) == 1
    with origin("laporan"):  # a background job states the area it works for
        S.return_skp(demo_ctx, _skp_with_status(demo_ctx, "diajukan"), "Indikator belum terukur.")
    assert heard[-1] == (Change.SKP | Change.AUDIT, "laporan")
    # another acting user on the same database reaches the same listeners (switch user)
    other = demo_ctx.as_actor(demo_ctx.actor)
    S.submit(other, _skp_with_status(demo_ctx, "dikembalikan"))
    assert len(heard) == 3


def test_an_operation_reports_more_when_it_touched_more(demo_ctx: AppContext) -> None:
    """A head of unit who retires leaves the unit without a head: the organisation changed too."""
    from datetime import date

    from asn_desktop.db.models import Pegawai, UnitKerja

    heard: list[Change] = []
    demo_ctx.subscribe(lambda c, _o: heard.append(c))
    with demo_ctx.read() as s:
        head = s.scalars(select(UnitKerja.kepala_id).where(UnitKerja.kepala_id.is_not(None))).first()
        staff = s.scalars(select(Pegawai.id).where(Pegawai.id.not_in(select(UnitKerja.kepala_id).where(
            UnitKerja.kepala_id.is_not(None))), Pegawai.status == "aktif")).first()
    svc.ubah_status(demo_ctx, [staff], "pensiun", date(2026, 10, 1))
    svc.ubah_status(demo_ctx, [head], "pensiun", date(2026, 10, 1))
    assert heard == [Change.PEGAWAI | Change.AUDIT, Change.PEGAWAI | Change.ORGANISASI | Change.AUDIT]


# -- the window ---------------------------------------------------------------------------
class Spy:
    """Counts how often each area read its data again."""

    def __init__(self, win: MainWindow) -> None:
        self.loads: dict[str, int] = dict.fromkeys(AREAS, 0)
        for key in AREAS:
            page = win.page(key)
            assert page is not None
            original = page.load

            def counted(*a: object, _key: str = key, _original=original, **k: object) -> None:  # noqa: ANN001
                self.loads[_key] += 1
                _original(*a, **k)

            page.load = counted  # type: ignore[method-assign]

    def reset(self) -> None:
        self.loads = dict.fromkeys(self.loads, 0)


@pytest.fixture
def window(qtbot, demo_ctx: AppContext) -> Iterator[tuple[MainWindow, Spy]]:  # noqa: ANN001
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    for key in reversed(AREAS):  # every area loaded once; Pegawai on screen at the end
        win.goto(key)
    QApplication.processEvents()
    yield win, Spy(win)


def pending(win: MainWindow) -> dict[str, Change]:
    out = {}
    for key in AREAS:
        page = win.page(key)
        assert isinstance(page, BasePage)
        if page.pending_changes:
            out[key] = page.pending_changes
    return out


def _skp_with_status(ctx: AppContext, status: str) -> int:
    with ctx.read() as s:
        return s.scalars(select(Skp.id).where(Skp.status == status).order_by(Skp.id)).first()


def test_a_new_employee_marks_the_areas_that_show_employees(window, demo_ctx) -> None:  # noqa: ANN001
    win, spy = window
    page = win.goto("pegawai")
    before = len(page.rows())
    data = svc.new_profil().data
    data.nip, data.nama = "199001012015031001", "Wulan Baru Pindahan"
    res = svc.save_profil(demo_ctx, data)  # as the editor does, with the Pegawai area on screen
    page.model.upsert_rows([res.row])  # the area's own incremental update from the result
    QApplication.processEvents()
    assert len(page.rows()) == before + 1
    assert spy.loads["pegawai"] == 0  # it did not re-read its 40 rows
    marked = pending(win)
    assert set(marked) - {"pengaturan"} == {"skp", "penilaian", "laporan"}
    assert all(Change.PEGAWAI in marked[k] for k in ("skp", "penilaian", "laporan"))
    assert marked["pengaturan"] & Change.PEGAWAI  # the accounts tab names linked employees
    assert "sinkronisasi" not in marked  # the exchange log shows no employees
    assert sum(spy.loads.values()) == 0  # hidden areas wait for their next visit

    win.goto("skp")
    assert spy.loads["skp"] == 1 and not pending(win).get("skp")
    win.goto("sinkronisasi")
    assert spy.loads["sinkronisasi"] == 0  # unrelated: not read again
    win.goto("skp")
    assert spy.loads["skp"] == 1  # nothing new since: no second read


def test_an_skp_approval_reaches_appraisal_and_reports_not_employees(window, demo_ctx) -> None:  # noqa: ANN001
    win, spy = window
    win.goto("skp")
    spy.reset()
    S.approve(demo_ctx, _skp_with_status(demo_ctx, "diajukan"))
    QApplication.processEvents()
    marked = pending(win)
    assert {k for k in marked if Change.SKP in marked[k]} == {"penilaian", "laporan"}
    assert "pegawai" not in marked and "sinkronisasi" not in marked
    assert spy.loads["skp"] == 0  # the SKP area updates itself from the result
    win.goto("penilaian")
    assert spy.loads["penilaian"] == 1
    win.goto("pegawai")
    assert spy.loads["pegawai"] == 0


def test_a_finalised_evaluation_marks_reports_only(window, demo_ctx) -> None:  # noqa: ANN001
    win, spy = window
    win.goto("penilaian")
    with demo_ctx.read() as s:
        final = s.scalars(select(Evaluasi).where(Evaluasi.status == "final").order_by(Evaluasi.id.desc())).first()
        eid, periode_id = final.id, final.periode_id
    per.buka_kembali_periode(demo_ctx, periode_id, "Koreksi realisasi yang salah ketik.")
    ev.unfinalize_evaluasi(demo_ctx, eid, "Realisasi salah ketik, diperbaiki penilai.")
    for key in ("skp", "laporan", "penilaian"):  # the reopening is seen there; back, to count the finalisation alone
        win.goto(key)
    spy.reset()
    ev.finalize_evaluasi(demo_ctx, eid, "Kupang, 30 Oktober 2026")
    QApplication.processEvents()
    marked = pending(win)
    assert {k for k in marked if k != "pengaturan"} == {"laporan"}
    assert marked["laporan"] == Change.EVALUASI
    assert spy.loads == dict.fromkeys(AREAS, 0)
    win.goto("laporan")
    assert spy.loads["laporan"] == 1


def _roster_with_a_new_person(ctx: AppContext, tmp_path: Path) -> Path:
    """The employees export, one more person appended: what BKPSDM sends back."""
    path = tmp_path / "DUK kiriman BKPSDM.xlsx"
    P.export_employees(ctx, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Pegawai"]
    head = [c.value for c in ws[1]]
    row = [c.value for c in ws[2]]
    row[head.index("NIP")] = "198805052010012002"
    row[head.index("Nama")] = "Rambu Ana Impor"
    for key in ("UID", "ID"):
        if key in head:
            row[head.index(key)] = None
    ws.append(row)
    wb.save(path)
    return path


def test_an_import_refreshes_the_area_on_screen_at_once(window, demo_ctx, tmp_path) -> None:  # noqa: ANN001
    """A job started in Sinkronisasi that commits while Pegawai is on screen: Pegawai shows
    the new person at once; hidden areas wait; the log of the (hidden) originator waits."""
    win, spy = window
    roster = _roster_with_a_new_person(demo_ctx, tmp_path)  # the export is logged: seen there first
    sink = win.goto("sinkronisasi")
    page = win.goto("pegawai")
    spy.reset()
    out = run_and_wait(sink, "impor", lambda p: P.import_roster(demo_ctx, roster, progress=p))
    assert out.ok, out.error
    QApplication.processEvents()
    assert spy.loads["pegawai"] == 1
    assert any(r.nama.startswith("Rambu Ana Impor") for r in page.rows())
    marked = pending(win)
    assert "pegawai" not in marked  # refreshed already
    assert Change.PEGAWAI in marked["skp"] and Change.PEGAWAI in marked["laporan"]
    assert "sinkronisasi" not in marked  # the area that ran it keeps its own log up to date
    assert spy.loads["skp"] == spy.loads["laporan"] == 0


def test_office_name_change_retitles_the_window(window, demo_ctx) -> None:  # noqa: ANN001
    from asn_desktop.services.settings import get_office, set_office

    win, _spy = window
    set_office(demo_ctx, replace(get_office(demo_ctx), nama_kantor="Kecamatan Alak"))
    QApplication.processEvents()
    assert win.windowTitle().endswith("Kecamatan Alak")


def test_closed_windows_stop_listening(qtbot, demo_ctx: AppContext) -> None:  # noqa: ANN001
    win = MainWindow(demo_ctx)
    win.goto("skp")
    win.close()
    win.deleteLater()
    QApplication.processEvents()
    del win
    S.approve(demo_ctx, _skp_with_status(demo_ctx, "diajukan"))  # no error from the gone window
