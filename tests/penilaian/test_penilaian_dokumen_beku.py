"""A final Dokumen Evaluasi is frozen: whoever reprints it after any later edit gets the same text."""

from __future__ import annotations

from pathlib import Path

from penilaian_helpers import Kantor, isi_realisasi
from pypdf import PdfReader

from asn_desktop.db.models import Pegawai
from asn_desktop.domain.enums import PredikatOrganisasi, Role
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import laporan as lap
from asn_desktop.services import organisasi as org
from asn_desktop.services import periode as per


def _text(path: Path) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(path).pages).split())


def _final(kantor_kecil: Kantor) -> tuple[int, int]:
    """Four staff rated (one Butuh Perbaikan), the first one's evaluation signed."""
    ctx = kantor_kecil.ctx
    per.set_predikat_organisasi(ctx, kantor_kecil.unit_id, kantor_kecil.tw1, "baik")
    eids = []
    for k, pid in enumerate(kantor_kecil.staf[:4]):
        eid = ev.ensure_evaluasi(ctx, kantor_kecil.skp[pid], kantor_kecil.tw1)
        ind = kantor_kecil.indikator[kantor_kecil.skp[pid]]
        ev.save_realisasi(ctx, eid, [ev.RealisasiInput(ind[0], "Susun laporan", "3 laporan bulanan", 3)])
        isi_realisasi(ctx, eid, ind[1:])  # finalisation refuses indicators without realisasi
        ev.set_penilaian(ctx, eid, "di_bawah" if k == 3 else "sesuai", "sesuai", {ind[0]: "Tepat waktu"})
        eids.append(eid)
    ev.finalize_evaluasi(ctx, eids[0], "Kupang, 2 April 2026")
    return eids[0], kantor_kecil.staf[0]


def test_reprint_after_edits_is_the_same_document_for_everyone(kantor_kecil: Kantor, tmp_path: Path) -> None:
    ctx = kantor_kecil.ctx
    eid, pid = _final(kantor_kecil)
    admin_before = _text(lap.cetak_dokumen_evaluasi(ctx, [eid], tmp_path / "admin1.pdf")[0])
    pegawai_ctx = kantor_kecil.as_role(Role.PEGAWAI, pid, "staf01")
    own_before = _text(lap.cetak_dokumen_evaluasi(pegawai_ctx, [eid], tmp_path / "own1.pdf")[0])
    assert own_before == admin_before  # the employee's copy carries the POLA DISTRIBUSI row too
    assert "POLA DISTRIBUSI UNIT KERJA" in admin_before and "Baik: 3" in admin_before
    assert "CAPAIAN KINERJA ORGANISASI BAIK" in admin_before and "3 laporan bulanan" in admin_before
    # later edits: another employee moves out, this one is renamed and moved, the predicate changes,
    # another evaluation in the unit is rated differently
    other = org.create_unit(ctx, "Seksi Lain", None, "seksi")
    org.move_pegawai(ctx, [kantor_kecil.staf[1]], other.id)
    with ctx.write("uji.ganti_nama") as uow:
        uow.session.get(Pegawai, pid).nama = "Nama Baru Sekali"
    org.move_pegawai(ctx, [pid], other.id)
    per.set_predikat_organisasi(ctx, kantor_kecil.unit_id, kantor_kecil.tw1, "istimewa")
    e3 = ev.ensure_evaluasi(ctx, kantor_kecil.skp[kantor_kecil.staf[2]], kantor_kecil.tw1)
    ev.set_penilaian(ctx, e3, "di_atas", "di_atas")
    admin_after = _text(lap.cetak_dokumen_evaluasi(ctx, [eid], tmp_path / "admin2.pdf")[0])
    own_after = _text(lap.cetak_dokumen_evaluasi(pegawai_ctx, [eid], tmp_path / "own2.pdf")[0])
    assert admin_after == admin_before and own_after == admin_before
    assert "Nama Baru Sekali" not in admin_after
    # the changed predicate shows in the report of signed documents that disagree with their unit
    rows = lap.capaian_final_tidak_sesuai(ctx, 2026)
    assert [(r.evaluasi_id, r.tercetak, r.predikat_unit) for r in rows] == [
        (eid, PredikatOrganisasi.BAIK, None)]  # moved to a unit without a predicate
    # cancel-finalise and sign again: the document is built afresh
    ev.unfinalize_evaluasi(ctx, eid, "Pindah unit, tanda tangan ulang")
    ev.finalize_evaluasi(ctx, eid, "Kupang, 3 April 2026")
    redone = _text(lap.cetak_dokumen_evaluasi(ctx, [eid], tmp_path / "admin3.pdf")[0])
    assert "Nama Baru Sekali" in redone and "Kupang, 3 April 2026" in redone
    assert "CAPAIAN KINERJA ORGANISASI -" in redone


def test_leader_reason_prints_and_report_lists_disagreeing_finals(kantor_kecil: Kantor, tmp_path: Path) -> None:
    from datetime import date

    from asn_desktop.db.models import Skp
    from asn_desktop.domain.enums import StatusSkp

    ctx = kantor_kecil.ctx
    with ctx.write("uji") as uow:
        skp = Skp(pegawai_id=kantor_kecil.kepala_id, tahun=2026, status=StatusSkp.DISETUJUI.value,
                  periode_mulai=date(2026, 1, 1), periode_selesai=date(2026, 12, 31), pegawai_nama="Kepala")
        uow.session.add(skp)
        uow.session.flush()
        skp_id = skp.id
    per.set_predikat_organisasi(ctx, kantor_kecil.unit_id, kantor_kecil.tw1, "istimewa")
    eid = ev.ensure_evaluasi(ctx, skp_id, kantor_kecil.tw1)
    ev.set_penilaian(ctx, eid, "sesuai", "sesuai", alasan_rating_pimpinan="Dua RHK utama kepala seksi tertunda")
    ev.finalize_evaluasi(ctx, eid, "Kupang, 2 April 2026")
    text = _text(lap.cetak_dokumen_evaluasi(ctx, [eid], tmp_path / "kepala.pdf")[0])
    assert "CAPAIAN KINERJA ORGANISASI ISTIMEWA" in text
    assert "Dua RHK utama kepala seksi tertunda" in text
    assert lap.capaian_final_tidak_sesuai(ctx, 2026) == []
    per.set_predikat_organisasi(ctx, kantor_kecil.unit_id, kantor_kecil.tw1, "baik")
    rows = lap.capaian_final_tidak_sesuai(ctx, 2026)
    assert len(rows) == 1 and rows[0].tercetak is PredikatOrganisasi.ISTIMEWA
    assert rows[0].predikat_unit is PredikatOrganisasi.BAIK and rows[0].unit_nama == "Seksi Uji"
