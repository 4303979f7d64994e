"""Labels of the audit log's action codes (``cadangan.buat`` → "Cadangan dibuat").

The code stays in the database (filters, exports and scripts use it); people read the label, which
the UI translates (ui/i18n.teks). A code without a label shows as it is.
"""

from __future__ import annotations

from asn_desktop.domain.messages import QT_TRANSLATE_NOOP

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
    "kunci_kantor.buat": QT_TRANSLATE_NOOP("Pesan", "Kunci tanda tangan kantor dibuat"),
    "kunci_kantor.ganti": QT_TRANSLATE_NOOP("Pesan", "Kunci tanda tangan kantor diganti"),
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
    "pengaturan.ubah": QT_TRANSLATE_NOOP("Pesan", "Pengaturan diubah"),
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
    "cadangan": QT_TRANSLATE_NOOP("Pesan", "Cadangan"),
    "demo": QT_TRANSLATE_NOOP("Pesan", "Demo"),
    "evaluasi": QT_TRANSLATE_NOOP("Pesan", "Penilaian"),
    "kunci_kantor": QT_TRANSLATE_NOOP("Pesan", "Kunci kantor"),
    "organisasi": QT_TRANSLATE_NOOP("Pesan", "Organisasi"),
    "pegawai": QT_TRANSLATE_NOOP("Pesan", "Pegawai"),
    "pengaturan": QT_TRANSLATE_NOOP("Pesan", "Pengaturan"),
    "periode": QT_TRANSLATE_NOOP("Pesan", "Periode"),
    "pertukaran": QT_TRANSLATE_NOOP("Pesan", "Pertukaran Excel"),
    "pustaka_rhk": QT_TRANSLATE_NOOP("Pesan", "Pustaka RHK"),
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
