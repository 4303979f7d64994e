"""Labels of the audit log's action codes (``cadangan.buat`` → "Cadangan dibuat").

The code stays in the database (filters, exports and scripts use it); people read the label, which
the UI translates (ui/i18n.teks). A code without a label shows as it is.
"""

from __future__ import annotations

import re

from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg

AKSI_LABEL: dict[str, str] = {
    "akun.aktifkan": QT_TRANSLATE_NOOP("Pesan", "Akun diaktifkan"),
    "akun.buat": QT_TRANSLATE_NOOP("Pesan", "Akun dibuat"),
    "akun.buat_admin_pertama": QT_TRANSLATE_NOOP("Pesan", "Admin pertama dibuat"),
    "akun.buka_kunci": QT_TRANSLATE_NOOP("Pesan", "Akun dibuka kuncinya"),
    "akun.ganti_password": QT_TRANSLATE_NOOP("Pesan", "Sandi diganti"),
    "akun.login": QT_TRANSLATE_NOOP("Pesan", "Masuk"),
    "akun.nonaktifkan": QT_TRANSLATE_NOOP("Pesan", "Akun dinonaktifkan"),
    "akun.reset_password": QT_TRANSLATE_NOOP("Pesan", "Sandi diatur ulang"),
    "akun.ubah": QT_TRANSLATE_NOOP("Pesan", "Akun diubah"),
    "audit.ekspor": QT_TRANSLATE_NOOP("Pesan", "Log audit diekspor"),
    "basis_data.salin": QT_TRANSLATE_NOOP("Pesan", "Basis data disalin ke server lain"),
    "cadangan.atur_folder": QT_TRANSLATE_NOOP("Pesan", "Folder cadangan diatur"),
    "cadangan.buat": QT_TRANSLATE_NOOP("Pesan", "Cadangan dibuat"),
    "cadangan.pulihkan": QT_TRANSLATE_NOOP("Pesan", "Cadangan dipulihkan"),
    "demo.buat": QT_TRANSLATE_NOOP("Pesan", "Data demo dibuat"),
    "evaluasi.batal_final": QT_TRANSLATE_NOOP("Pesan", "Final penilaian dibatalkan"),
    "evaluasi.buat": QT_TRANSLATE_NOOP("Pesan", "Penilaian dibuat"),
    "evaluasi.bukti_hapus": QT_TRANSLATE_NOOP("Pesan", "Bukti dukung dihapus"),
    "evaluasi.bukti_tambah": QT_TRANSLATE_NOOP("Pesan", "Bukti dukung ditambahkan"),
    "evaluasi.finalisasi": QT_TRANSLATE_NOOP("Pesan", "Penilaian difinalkan"),
    "evaluasi.frasa_tambah": QT_TRANSLATE_NOOP("Pesan", "Frasa umpan balik ditambahkan"),
    "evaluasi.masukan_360": QT_TRANSLATE_NOOP("Pesan", "Masukan 360° diberikan"),
    "evaluasi.minta_360": QT_TRANSLATE_NOOP("Pesan", "Masukan 360° diminta"),
    "evaluasi.penilaian": QT_TRANSLATE_NOOP("Pesan", "Rating dan predikat disimpan"),
    "evaluasi.penilaian_diri": QT_TRANSLATE_NOOP("Pesan", "Penilaian diri disimpan"),
    "evaluasi.realisasi": QT_TRANSLATE_NOOP("Pesan", "Realisasi disimpan"),
    "evaluasi.ukuran_isi": QT_TRANSLATE_NOOP("Pesan", "Realisasi dihitung dari catatan kantor"),
    "evaluasi.ukuran_timpa": QT_TRANSLATE_NOOP("Pesan", "Angka ukuran otomatis ditimpa"),
    "insentif.aturan_hapus": QT_TRANSLATE_NOOP("Pesan", "Aturan insentif kinerja dihapus"),
    "insentif.aturan_simpan": QT_TRANSLATE_NOOP("Pesan", "Aturan insentif kinerja disimpan"),
    "insentif.disiplin_simpan": QT_TRANSLATE_NOOP("Pesan", "Data disiplin untuk insentif disimpan"),
    "insentif.ekspor": QT_TRANSLATE_NOOP("Pesan", "Daftar insentif kinerja diekspor"),
    "karier.ekspor_usulan_kp": QT_TRANSLATE_NOOP("Pesan", "Usulan kenaikan pangkat diekspor"),
    "karier.potensi": QT_TRANSLATE_NOOP("Pesan", "Hasil asesmen potensi disimpan"),
    "karier.potensi_hapus": QT_TRANSLATE_NOOP("Pesan", "Hasil asesmen potensi dihapus"),
    "karier.potensi_impor": QT_TRANSLATE_NOOP("Pesan", "Hasil asesmen potensi diimpor"),
    "kunci_kantor.buat": QT_TRANSLATE_NOOP("Pesan", "Kunci tanda tangan kantor dibuat"),
    "kunci_kantor.ganti": QT_TRANSLATE_NOOP("Pesan", "Kunci tanda tangan kantor diganti"),
    "layanan.hapus_libur": QT_TRANSLATE_NOOP("Pesan", "Hari libur dihapus"),
    "layanan.hapus_standar": QT_TRANSLATE_NOOP("Pesan", "Standar layanan dihapus"),
    "layanan.simpan_libur": QT_TRANSLATE_NOOP("Pesan", "Hari libur disimpan"),
    "layanan.simpan_pengaduan": QT_TRANSLATE_NOOP("Pesan", "Pengaduan dicatat"),
    "layanan.simpan_permohonan": QT_TRANSLATE_NOOP("Pesan", "Permohonan layanan dicatat"),
    "layanan.simpan_standar": QT_TRANSLATE_NOOP("Pesan", "Standar layanan disimpan"),
    "organisasi.atasan": QT_TRANSLATE_NOOP("Pesan", "Atasan langsung ditetapkan"),
    "organisasi.atasan_kepala_unit": QT_TRANSLATE_NOOP("Pesan", "Atasan kepala unit ditetapkan"),
    "organisasi.kepala_unit": QT_TRANSLATE_NOOP("Pesan", "Kepala unit ditetapkan"),
    "organisasi.pindah_unit": QT_TRANSLATE_NOOP("Pesan", "Pegawai dipindahkan ke unit lain"),
    "organisasi.unit_arsip": QT_TRANSLATE_NOOP("Pesan", "Unit kerja diarsipkan"),
    "organisasi.unit_gabung": QT_TRANSLATE_NOOP("Pesan", "Unit kerja digabungkan"),
    "organisasi.unit_pindah": QT_TRANSLATE_NOOP("Pesan", "Unit kerja dipindahkan"),
    "organisasi.unit_pulihkan": QT_TRANSLATE_NOOP("Pesan", "Unit kerja dipulihkan"),
    "organisasi.unit_tambah": QT_TRANSLATE_NOOP("Pesan", "Unit kerja ditambahkan"),
    "organisasi.unit_ubah": QT_TRANSLATE_NOOP("Pesan", "Unit kerja diubah"),
    "organisasi.unit_urutan": QT_TRANSLATE_NOOP("Pesan", "Urutan unit kerja diubah"),
    "organisasi.urungkan": QT_TRANSLATE_NOOP("Pesan", "Pemindahan diurungkan"),
    "pegawai.status": QT_TRANSLATE_NOOP("Pesan", "Status pegawai diubah"),
    "pegawai.tambah": QT_TRANSLATE_NOOP("Pesan", "Pegawai ditambahkan"),
    "pegawai.ubah": QT_TRANSLATE_NOOP("Pesan", "Profil pegawai diubah"),
    "pembinaan.hapus": QT_TRANSLATE_NOOP("Pesan", "Catatan pembinaan kinerja dihapus"),
    "pembinaan.simpan": QT_TRANSLATE_NOOP("Pesan", "Catatan pembinaan kinerja disimpan"),
    "pengaturan.ubah": QT_TRANSLATE_NOOP("Pesan", "Pengaturan diubah"),
    "penghargaan.terbitkan": QT_TRANSLATE_NOOP("Pesan", "Piagam penghargaan diterbitkan"),
    "periode.buat_tahun": QT_TRANSLATE_NOOP("Pesan", "Tahun kinerja dibuat"),
    "periode.buka": QT_TRANSLATE_NOOP("Pesan", "Periode dibuka"),
    "periode.buka_kembali": QT_TRANSLATE_NOOP("Pesan", "Periode dibuka kembali"),
    "periode.predikat_organisasi": QT_TRANSLATE_NOOP("Pesan", "Predikat organisasi ditetapkan"),
    "periode.tutup": QT_TRANSLATE_NOOP("Pesan", "Periode ditutup"),
    "periode.ubah_skema": QT_TRANSLATE_NOOP("Pesan", "Skema periode diubah"),
    "pertukaran.ekspor_formulir": QT_TRANSLATE_NOOP("Pesan", "Formulir penilai dibuat"),
    "pertukaran.ekspor_hasil": QT_TRANSLATE_NOOP("Pesan", "Paket hasil diekspor"),
    "pertukaran.impor_formulir": QT_TRANSLATE_NOOP("Pesan", "Formulir penilai diimpor"),
    "pertukaran.impor_hasil": QT_TRANSLATE_NOOP("Pesan", "Paket hasil digabungkan"),
    "pertukaran.impor_hasil.uji": QT_TRANSLATE_NOOP("Pesan", "Paket hasil diuji (tidak disimpan)"),
    "pertukaran.impor_pegawai": QT_TRANSLATE_NOOP("Pesan", "Daftar pegawai diimpor"),
    "pertukaran.kantor_pengirim": QT_TRANSLATE_NOOP("Pesan", "Kantor pengirim dicatat"),
    "pertukaran.percayai_kantor": QT_TRANSLATE_NOOP("Pesan", "Kantor pengirim dipercaya"),
    "pertukaran.reset_kantor": QT_TRANSLATE_NOOP("Pesan", "Kantor pengirim diatur ulang"),
    "pustaka_rhk.hapus": QT_TRANSLATE_NOOP("Pesan", "RHK pustaka dihapus"),
    "pustaka_rhk.isi_contoh": QT_TRANSLATE_NOOP("Pesan", "Pustaka RHK diisi contoh"),
    "pustaka_rhk.pulihkan_contoh": QT_TRANSLATE_NOOP("Pesan", "Contoh pustaka RHK dipulihkan"),
    "pustaka_rhk.simpan": QT_TRANSLATE_NOOP("Pesan", "RHK pustaka disimpan"),
    "rapat.buat": QT_TRANSLATE_NOOP("Pesan", "Rapat evaluasi dibuat"),
    "rapat.catatan": QT_TRANSLATE_NOOP("Pesan", "Notula rapat disimpan"),
    "rapat.hapus": QT_TRANSLATE_NOOP("Pesan", "Rapat evaluasi dihapus"),
    "rapat.tindak_lanjut_tambah": QT_TRANSLATE_NOOP("Pesan", "Tindak lanjut rapat ditambahkan"),
    "rapat.tindak_lanjut_tutup": QT_TRANSLATE_NOOP("Pesan", "Tindak lanjut rapat ditutup"),
    "rapat.ubah": QT_TRANSLATE_NOOP("Pesan", "Rapat evaluasi diubah"),
    "rapor.cetak": QT_TRANSLATE_NOOP("Pesan", "Rapor kinerja dicetak"),
    "riwayat_nilai.impor": QT_TRANSLATE_NOOP("Pesan", "Nilai kinerja lama diimpor"),
    "skm.buat_survei": QT_TRANSLATE_NOOP("Pesan", "Survei SKM dibuat"),
    "skm.simpan_responden": QT_TRANSLATE_NOOP("Pesan", "Kuesioner SKM disimpan"),
    "skp.ajukan": QT_TRANSLATE_NOOP("Pesan", "SKP diajukan"),
    "skp.buat": QT_TRANSLATE_NOOP("Pesan", "SKP dibuat"),
    "skp.buat_massal": QT_TRANSLATE_NOOP("Pesan", "SKP dibuat massal"),
    "skp.ekspor_matriks": QT_TRANSLATE_NOOP("Pesan", "Matriks peran hasil diekspor"),
    "skp.hapus": QT_TRANSLATE_NOOP("Pesan", "SKP dihapus"),
    "skp.hapus_indikator": QT_TRANSLATE_NOOP("Pesan", "Indikator dihapus"),
    "skp.hapus_rhk": QT_TRANSLATE_NOOP("Pesan", "RHK dihapus"),
    "skp.isi_dari_pustaka": QT_TRANSLATE_NOOP("Pesan", "SKP diisi dari pustaka RHK"),
    "skp.kembalikan": QT_TRANSLATE_NOOP("Pesan", "SKP dikembalikan"),
    "skp.perbarui_snapshot": QT_TRANSLATE_NOOP("Pesan", "Data SKP diperbarui dari profil"),
    "skp.revisi": QT_TRANSLATE_NOOP("Pesan", "SKP direvisi"),
    "skp.salin_tahun_lalu": QT_TRANSLATE_NOOP("Pesan", "SKP disalin dari tahun lalu"),
    "skp.setujui": QT_TRANSLATE_NOOP("Pesan", "SKP disetujui"),
    "skp.simpan_rhk": QT_TRANSLATE_NOOP("Pesan", "RHK disimpan"),
    "skp.tarik": QT_TRANSLATE_NOOP("Pesan", "Pengajuan SKP ditarik"),
    "skp.ubah_kepala": QT_TRANSLATE_NOOP("Pesan", "Identitas SKP diubah"),
    "skp.ubah_lampiran": QT_TRANSLATE_NOOP("Pesan", "Lampiran SKP diubah"),
    "skp.ubah_perilaku": QT_TRANSLATE_NOOP("Pesan", "Perilaku kerja SKP diubah"),
    "skp.urutkan_indikator": QT_TRANSLATE_NOOP("Pesan", "Urutan indikator diubah"),
    "skp.urutkan_rhk": QT_TRANSLATE_NOOP("Pesan", "Urutan RHK diubah"),
}

#: The part before the dot: the area of the action (the filter's "all actions of …" entries).
AKSI_GRUP: dict[str, str] = {
    "akun": QT_TRANSLATE_NOOP("Pesan", "Akun"),
    "audit": QT_TRANSLATE_NOOP("Pesan", "Log audit"),
    "basis_data": QT_TRANSLATE_NOOP("Pesan", "Basis data"),
    "cadangan": QT_TRANSLATE_NOOP("Pesan", "Cadangan"),
    "demo": QT_TRANSLATE_NOOP("Pesan", "Demo"),
    "evaluasi": QT_TRANSLATE_NOOP("Pesan", "Penilaian"),
    "insentif": QT_TRANSLATE_NOOP("Pesan", "Insentif kinerja"),
    "karier": QT_TRANSLATE_NOOP("Pesan", "Karier"),
    "kunci_kantor": QT_TRANSLATE_NOOP("Pesan", "Kunci kantor"),
    "layanan": QT_TRANSLATE_NOOP("Pesan", "Register layanan"),
    "organisasi": QT_TRANSLATE_NOOP("Pesan", "Organisasi"),
    "pegawai": QT_TRANSLATE_NOOP("Pesan", "Pegawai"),
    "pembinaan": QT_TRANSLATE_NOOP("Pesan", "Pembinaan kinerja"),
    "pengaturan": QT_TRANSLATE_NOOP("Pesan", "Pengaturan"),
    "penghargaan": QT_TRANSLATE_NOOP("Pesan", "Penghargaan"),
    "periode": QT_TRANSLATE_NOOP("Pesan", "Periode"),
    "pertukaran": QT_TRANSLATE_NOOP("Pesan", "Pertukaran Excel"),
    "pustaka_rhk": QT_TRANSLATE_NOOP("Pesan", "Pustaka RHK"),
    "rapat": QT_TRANSLATE_NOOP("Pesan", "Rapat evaluasi"),
    "rapor": QT_TRANSLATE_NOOP("Pesan", "Rapor kinerja"),
    "riwayat_nilai": QT_TRANSLATE_NOOP("Pesan", "Nilai kinerja lama"),
    "skm": QT_TRANSLATE_NOOP("Pesan", "Survei Kepuasan Masyarakat"),
    "skp": QT_TRANSLATE_NOOP("Pesan", "SKP"),
}


def label_aksi(aksi: str) -> str:
    """The Indonesian label of an action code (the code itself when it has none)."""
    return AKSI_LABEL.get(aksi, aksi)


def label_grup(prefix: str) -> str:
    """The Indonesian name of an action group (``"skp"`` or ``"skp."``)."""
    key = prefix.rstrip(".")
    return AKSI_GRUP.get(key, key)


#: Audit summaries as services write them (Indonesian, so the log reads without the app), as
#: templates: ``{name}`` a value, ``%n`` a count. The UI finds the template a stored summary
#: was made from (``cocokkan_ringkasan``) and shows it translated, also for rows written before
#: this list existed. A summary matching no template is shown as written.
RINGKASAN_AUDIT: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Pesan", "Data demo dibuat: %n pegawai"),
    QT_TRANSLATE_NOOP("Pesan", "Pustaka RHK diisi %n contoh jabatan kecamatan"),
    QT_TRANSLATE_NOOP("Pesan", "%n contoh RHK dipulihkan"),
    QT_TRANSLATE_NOOP("Pesan", "RHK pustaka untuk {jabatan} disimpan"),
    QT_TRANSLATE_NOOP("Pesan", 'RHK pustaka "{teks}" dihapus'),
    QT_TRANSLATE_NOOP("Pesan", "Cadangan dibuat: {berkas}"),
    QT_TRANSLATE_NOOP("Pesan", "Folder cadangan diubah"),
    QT_TRANSLATE_NOOP("Pesan", "Pengaturan {kunci} diubah"),
    QT_TRANSLATE_NOOP("Pesan", "Log audit diekspor (%n baris) ke {berkas}"),
    QT_TRANSLATE_NOOP("Pesan", "Profil {nama} ditambahkan"),
    QT_TRANSLATE_NOOP("Pesan", "Profil {nama} diubah"),
    QT_TRANSLATE_NOOP("Pesan", "Status {nama}: {status}"),
    QT_TRANSLATE_NOOP("Pesan", "SKP {nama} tahun {tahun} dibuat"),
    QT_TRANSLATE_NOOP("Pesan", "Kepala SKP {nama} diubah"),
    QT_TRANSLATE_NOOP("Pesan", "Data kepala SKP {nama} diperbarui dari data pegawai"),
    QT_TRANSLATE_NOOP("Pesan", "Lampiran SKP {nama} diubah"),
    QT_TRANSLATE_NOOP("Pesan", "Ekspektasi khusus SKP {nama} diubah"),
    QT_TRANSLATE_NOOP("Pesan", "SKP {nama} {tahun} versi {versi} dibuat (revisi)"),
    QT_TRANSLATE_NOOP("Pesan", "SKP {nama} {tahun} versi {versi} dihapus"),
    QT_TRANSLATE_NOOP("Pesan", "Diisi dari pustaka RHK (%n RHK)"),
    QT_TRANSLATE_NOOP("Pesan", "%n RHK dari pustaka ditambahkan ke SKP {nama}"),
    QT_TRANSLATE_NOOP("Pesan", "Matriks peran hasil {nama} {tahun} diekspor ke {berkas}"),
    QT_TRANSLATE_NOOP("Pesan", "Survei SKM dibuat: {layanan}, {periode}"),
    QT_TRANSLATE_NOOP("Pesan", "Kuesioner {nomor} dicatat ({survei})"),
    QT_TRANSLATE_NOOP("Pesan", "Kuesioner {nomor} diubah ({survei})"),
    QT_TRANSLATE_NOOP("Pesan", "Kuesioner {nomor} dihapus dari {survei}"),
    QT_TRANSLATE_NOOP("Pesan", "Tahun kinerja {tahun} dibuat (skema {skema})"),
    QT_TRANSLATE_NOOP("Pesan", "Skema periode {tahun} diubah menjadi {skema}"),
    QT_TRANSLATE_NOOP("Pesan", "Periode {periode} {tahun} dibuka"),
    QT_TRANSLATE_NOOP("Pesan", "Periode {periode} {tahun} ditutup"),
    QT_TRANSLATE_NOOP("Pesan", "Predikat organisasi {predikat}: {unit}"),
    QT_TRANSLATE_NOOP("Pesan", "Predikat organisasi dihapus: {unit}"),
    QT_TRANSLATE_NOOP("Pesan", "Unit {unit} ditambahkan"),
    QT_TRANSLATE_NOOP("Pesan", "Unit {unit} diubah"),
    QT_TRANSLATE_NOOP("Pesan", "Unit {unit} dipindahkan"),
    QT_TRANSLATE_NOOP("Pesan", "Unit {unit} diarsipkan"),
    QT_TRANSLATE_NOOP("Pesan", "Unit {unit} dipulihkan"),
    QT_TRANSLATE_NOOP("Pesan", "Unit {unit} digabung ke {tujuan}"),
    QT_TRANSLATE_NOOP("Pesan", "Urutan unit {unit} diubah"),
    QT_TRANSLATE_NOOP("Pesan", "Kepala unit {unit} diubah"),
    QT_TRANSLATE_NOOP("Pesan", "Kepala unit {unit} dikosongkan"),
    QT_TRANSLATE_NOOP("Pesan", "Dipindahkan ke {unit}"),
    QT_TRANSLATE_NOOP("Pesan", "Atasan langsung: {nama}"),
    QT_TRANSLATE_NOOP("Pesan", "Atasan langsung = kepala unit"),
    QT_TRANSLATE_NOOP("Pesan", "Atasan mengikuti kepala unit {unit}"),
    QT_TRANSLATE_NOOP("Pesan", "Perubahan penempatan diurungkan"),
    QT_TRANSLATE_NOOP("Pesan", "Masuk"),
    QT_TRANSLATE_NOOP("Pesan", "Gagal masuk: nama pengguna tidak dikenal"),
    QT_TRANSLATE_NOOP("Pesan", "Masuk ditolak: akun nonaktif"),
    QT_TRANSLATE_NOOP("Pesan", "Masuk ditolak: akun terkunci"),
    QT_TRANSLATE_NOOP("Pesan", "Gagal masuk ({n}×)"),
    QT_TRANSLATE_NOOP("Pesan", "Kata sandi diganti oleh pemiliknya"),
    QT_TRANSLATE_NOOP("Pesan", "Akun admin pertama '{nama}' dibuat"),
    QT_TRANSLATE_NOOP("Pesan", "Akun '{nama}' ({peran}) dibuat"),
    QT_TRANSLATE_NOOP("Pesan", "Akun '{nama}' diubah"),
    QT_TRANSLATE_NOOP("Pesan", "Kata sandi akun '{nama}' disetel ulang oleh admin"),
    QT_TRANSLATE_NOOP("Pesan", "Kunci akun '{nama}' dibuka"),
    QT_TRANSLATE_NOOP("Pesan", "Evaluasi {nama} {periode} {tahun} dibuat"),
    QT_TRANSLATE_NOOP("Pesan", "Evaluasi {nama} {periode} difinalkan"),
    QT_TRANSLATE_NOOP("Pesan", "Evaluasi {nama} {periode} dibuat dari formulir"),
    QT_TRANSLATE_NOOP("Pesan", "Finalisasi evaluasi {nama} dibatalkan: {alasan}"),
    QT_TRANSLATE_NOOP("Pesan", "Realisasi diubah"),
    QT_TRANSLATE_NOOP("Pesan", "Frasa umpan balik ditambahkan"),
    QT_TRANSLATE_NOOP("Pesan", "Penilaian diri diajukan"),
    QT_TRANSLATE_NOOP("Pesan", "Penilaian diri disimpan"),
    QT_TRANSLATE_NOOP("Pesan", "Bukti dukung dihapus ({nama})"),
    QT_TRANSLATE_NOOP("Pesan", "Tautan bukti ditambahkan ({nama})"),
    QT_TRANSLATE_NOOP("Pesan", "Masukan 360° dikirim untuk {nama}"),
    QT_TRANSLATE_NOOP("Pesan", "Paket hasil {berkas} (nomor {nomor}) digabungkan"),
    QT_TRANSLATE_NOOP("Pesan", "Kunci tanda tangan kantor dibuat (penggunaan pertama)"),
    QT_TRANSLATE_NOOP("Pesan", "Kunci tanda tangan kantor diganti: {alasan}"),
)


def _pola(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{\w+\}|%n)", template)
    rx = "".join(
        "(?P<n>\\d+)" if p == "%n" else f"(?P<{p[1:-1]}>.+?)" if p.startswith("{") else re.escape(p)
        for p in parts
    )
    return re.compile(rx + r"\Z", re.DOTALL)


_POLA = [(t, _pola(t)) for t in RINGKASAN_AUDIT]


def cocokkan_ringkasan(text: str) -> Msg | None:
    """The message an audit summary was written from (template plus values), or None."""
    for template, rx in _POLA:
        m = rx.match(text)
        if m:
            params: dict[str, object] = dict(m.groupdict())
            if "n" in params and "%n" in template:
                params["n"] = int(str(params["n"]))
            return Msg(template, params)
    return None
