"""The report notes read in English in English mode: the confidentiality note of the predicate
history, its old-scheme column heading and the withheld-distribution reason keep their Msg
(``Teks``); below the UI (exports, logs) they stay Indonesian."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from penilaian_helpers import RATINGS_FOR, Kantor

from asn_desktop.db.models import PenilaianHistoris
from asn_desktop.domain.enums import Predikat, Role
from asn_desktop.domain.messages import CONTEXT
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import laporan as lap
from asn_desktop.ui.i18n import teks
from scripts import i18n
from tests.foundation.test_pesan_layanan_english import _english


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Every "Pesan" English of the project (en.json plus this branch's new_*.json) installed."""
    msgs = [i18n.Message(CONTEXT, src, "", [], [], "%n" in src, en) for src, en in _english().items()]
    ts = tmp_path / "pesan_en.ts"
    i18n.write_ts(ts, msgs, "en", "id")
    i18n.lrelease(ts, ts.with_suffix(".qm"))
    t = QTranslator()
    assert t.load(str(ts.with_suffix(".qm")))
    qapp.installTranslator(t)
    yield t
    qapp.removeTranslator(t)


def test_history_and_distribution_notes_read_in_english(kantor_kecil: Kantor, english: QTranslator) -> None:
    a, b = kantor_kecil.staf[:2]
    with kantor_kecil.ctx.write("uji") as uow:
        uow.session.add(PenilaianHistoris(pegawai_id=a, tahun=2024, skema="pp30_2019", kategori="Baik",
                                          nilai_akhir=88.5))
    for pid, pred in ((a, Predikat.SANGAT_BAIK), (b, Predikat.KURANG)):
        eid = ev.ensure_evaluasi(kantor_kecil.ctx, kantor_kecil.skp[pid], kantor_kecil.tw1)
        ev.set_penilaian(kantor_kecil.ctx, eid, *RATINGS_FOR[pred])
    op = kantor_kecil.as_role(Role.OPERATOR, None, "op")
    rep = lap.riwayat_predikat(op, 2026)
    assert rep.catatan[0].startswith("11 pegawai tidak ditampilkan")  # the export's Indonesian
    assert teks(rep.catatan[0]) == ("11 employees are not shown: ratings are confidential and visible only to the "
                                    "employee, their appraising official and the admin.")
    assert rep.kolom[0] == ("h2024", "2024 (skema lama)") and teks(rep.kolom[0][1]) == "2024 (old scheme)"

    dist = lap.distribusi_unit(op, kantor_kecil.unit_id, kantor_kecil.tw1)
    assert dist.disembunyikan and dist.peringatan[0].startswith("Unit ini memiliki kurang dari 3 pegawai")
    assert teks(dist.peringatan[0]).startswith("This unit has fewer than 3 rated employees;")

