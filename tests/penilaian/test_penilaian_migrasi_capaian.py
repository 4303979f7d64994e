"""An existing database upgrades: evaluations not yet final work their capaian out afresh from the
unit's predicate; final ones keep what was signed, and the report lists those that disagree."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from asn_desktop.db.session import alembic_config, make_engine, open_database
from asn_desktop.domain.enums import PredikatOrganisasi
from asn_desktop.services import evaluasi as ev
from asn_desktop.services import laporan as lap
from asn_desktop.services.context import Actor, AppContext


def test_older_database_recomputes_drafts_and_keeps_signed_capaian(tmp_path: Path) -> None:
    path = tmp_path / "lama.db"
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0002")
    with engine.begin() as c:
        sql = c.exec_driver_sql
        sql("INSERT INTO unit_kerja (id, uid, nama, jenis, urutan, aktif, version_id, kepala_id) "
            "VALUES (1, 'u1', 'Seksi Lama', 'seksi', 0, 1, 1, NULL)")
        for i, nama in ((1, "Kepala Seksi"), (2, "Staf Satu"), (3, "Staf Dua")):
            sql("INSERT INTO pegawai (id, uid, nip, nama, status_kepegawaian, status, unit_id, atasan_id, version_id) "
                f"VALUES ({i}, 'p{i}', '19860926201505100{i}', '{nama}', 'PNS', 'aktif', 1, "
                f"{'NULL' if i == 1 else 1}, 1)")
        sql("UPDATE unit_kerja SET kepala_id = 1 WHERE id = 1")
        sql("INSERT INTO tahun_kinerja (id, tahun, skema_periode, tanggal_mulai, tanggal_selesai, ditutup) "
            "VALUES (1, 2026, 'triwulanan', '2026-01-01', '2026-12-31', 0)")
        sql("INSERT INTO periode (id, tahun_id, nomor, urutan, nama, jenis, tanggal_mulai, tanggal_selesai, status) "
            "VALUES (1, 1, 1, 0, 'Triwulan I', 'periodik', '2026-01-01', '2026-03-31', 'dibuka')")
        sql("INSERT INTO predikat_organisasi (id, unit_id, periode_id, predikat) VALUES (1, 1, 1, 'baik')")
        for i in (2, 3):
            sql("INSERT INTO skp (id, uid, pegawai_id, tahun, versi, status, pendekatan, jenis_skp, periode_mulai, "
                "periode_selesai, pegawai_nama, pejabat_penilai_id, version_id) "
                f"VALUES ({i}, 's{i}', {i}, 2026, 1, 'disetujui', 'kuantitatif', 'non_jpt', '2026-01-01', "
                f"'2026-12-31', 'Staf', 1, 1)")
        # written by the old rule, which derived the capaian from the person's own rating
        sql("INSERT INTO evaluasi (id, uid, skp_id, periode_id, status, rating_hasil_kerja, rating_perilaku, "
            "predikat, capaian_organisasi, version_id) VALUES "
            "(1, 'e1', 2, 1, 'dinilai', 'di_atas', 'sesuai', 'baik', 'istimewa', 1)")
        sql("INSERT INTO evaluasi (id, uid, skp_id, periode_id, status, rating_hasil_kerja, rating_perilaku, "
            "predikat, capaian_organisasi, tempat_tanggal_ttd, pegawai_nama, version_id) VALUES "
            "(2, 'e2', 3, 1, 'final', 'di_atas', 'sesuai', 'baik', 'istimewa', 'Kupang, 2 April 2026', 'Staf Dua', 1)")
    engine.dispose()

    db = open_database(path)
    try:
        assert db.report.upgraded_from == "0002"
        ctx = AppContext(db, Actor.system("penguji"))
        assert ev.get_evaluasi(ctx, 1).capaian_organisasi is PredikatOrganisasi.BAIK  # recomputed
        assert ev.get_evaluasi(ctx, 2).capaian_organisasi is PredikatOrganisasi.ISTIMEWA  # as signed
        assert lap.dokumen_evaluasi(ctx, 2).capaian_organisasi == "Istimewa"
        rows = lap.capaian_final_tidak_sesuai(ctx, 2026)
        assert [(r.evaluasi_id, r.tercetak, r.predikat_unit) for r in rows] == [
            (2, PredikatOrganisasi.ISTIMEWA, PredikatOrganisasi.BAIK)]
    finally:
        db.dispose()
