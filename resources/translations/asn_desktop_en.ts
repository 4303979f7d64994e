<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AkunSayaTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Ganti kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Akun sistem (baris perintah) tidak memiliki kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Akun yang sedang dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Data induk pegawai dan unit, impor/ekspor Excel, penyiapan SKP, laporan, cadangan. Tidak termasuk penilaian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Hak akses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Kata sandi diganti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Nama pengguna:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Nama:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Peran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>SKP dan penilaian pegawai yang Anda nilai (bawahan langsung), SKP dan penilaian diri Anda sendiri, laporan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>SKP, realisasi, dan penilaian diri Anda sendiri; masukan 360° bila diminta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Semua: data induk, SKP, penilaian, pengguna, cadangan, log audit, pengaturan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtasanDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>&amp;Kosongkan atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>&lt;b&gt;Atasan langsung untuk %1 pegawai&lt;/b&gt;:&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Hapus atasan langsung pegawai terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Tetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Tetapkan atasan langsung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>dan %1 lainnya</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>%1 baris log audit diekspor ke %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>%1* (semua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Ekspor ke Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Reset filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Teks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>(semua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>(tidak ada nilai sebelum/sesudah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Aksi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Cari teks (nama, NIP, nilai)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Ekspor log audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Entitas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Menampilkan %1 dari %2 entri (terbaru di atas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Mengekspor log audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Muat &amp;lebih banyak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pengguna:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pilih satu baris untuk melihat nilai sebelum dan sesudah perubahan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BahasaTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Bahasa antarmuka:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Terapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&lt;small&gt;Bahasa disimpan di basis data dan berlaku untuk semua pengguna kantor ini. Dokumen resmi (SKP, evaluasi) tetap berbahasa Indonesia. Sebagian tampilan baru berganti setelah aplikasi dibuka ulang.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Bahasa diubah ke %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Hanya admin yang dapat mengubah bahasa.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkCreateDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Buat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Pendekatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Tahun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Unit kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Buat SKP massal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Isi awal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Kualitatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Kuantitatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>SKP dibuat untuk setiap pegawai aktif unit terpilih yang belum memiliki SKP tahun ini. Atasan dibuat lebih dahulu sehingga RHK bawahan dapat langsung terhubung (cascading). Semua SKP baru berstatus Draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Salin SKP tahun sebelumnya bila ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Selain itu isi dari pustaka RHK sesuai jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>termasuk sub-unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkPdfDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Folder tujuan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;SKP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Unit kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Folder tujuan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Hanya SKP yang disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>PDF SKP massal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Pilih folder tujuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Semua SKP (draft diberi tanda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>U&amp;kuran kertas:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadanganTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>%1 cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Pilih folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Pulihkan cadangan terpilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&lt;small&gt;Cadangan otomatis dibuat saat aplikasi ditutup (jika ada perubahan), sebelum impor, sebelum pembaruan skema, dan sebelum pemulihan. Yang disimpan: semua dari 24 jam terakhir, satu per hari untuk 7 hari, dan satu per minggu untuk 4 minggu sebelumnya. Cadangan manual tidak pernah dihapus otomatis. Simpan juga salinan di flashdisk secara berkala.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Basis data (*.db *.sqlite);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Basis data dipulihkan dari %1.
Basis data sebelumnya disimpan di %2.

Aplikasi akan dimulai ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Basis data sehat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Basis data sehat: PRAGMA integrity_check = ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Berkas rusak (sebelum pemulihan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Berkas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Buka &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Cadangan dibuat: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Cadangan disimpan di &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Folder cadangan diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Gunakan folder &amp;bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Kantor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Lokasi cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Membuat cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Memeriksa berkas cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Memeriksa integritas basis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Memulihkan basis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Otomatis saat keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pegawai: %1, akun: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pemulihan mengganti seluruh data; hanya admin yang dapat melakukannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pemulihan selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Perhatian: basis data ini juga dibuka di jendela lain (%1). Tutup jendela itu terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Periksa &amp;integritas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Periksa integritas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Perubahan terakhir di dalamnya: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pilih berkas cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pilih folder cadangan (mis. flashdisk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pulihkan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pulihkan dari &amp;berkas lain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Sebelum impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Sebelum pembaruan skema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Sebelum pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Seluruh isi basis data saat ini akan diganti dengan isi cadangan ini. Basis data saat ini dicadangkan dahulu. Setelah pemulihan aplikasi dimulai ulang dan Anda perlu masuk lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>folder bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>folder pilihan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Ulangi kata sandi baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Ganti kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Kata sandi &amp;baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Kata sandi &amp;lama:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Kata sandi Anda baru disetel ulang oleh admin. Pilih kata sandi baru yang hanya Anda ketahui sebelum melanjutkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Kedua kata sandi baru belum sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>minimal %1 karakter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>&amp;Salin laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>&lt;h3&gt;Maaf, terjadi kesalahan yang tidak terduga.&lt;/h3&gt;&lt;p&gt;Data yang sudah tersimpan tetap aman: perubahan yang gagal dibatalkan seluruhnya. Aplikasi tetap berjalan; ulangi langkah terakhir bila perlu.&lt;/p&gt;&lt;p&gt;Agar masalah ini dapat diperbaiki, klik &lt;b&gt;Salin laporan&lt;/b&gt; lalu kirimkan isinya kepada pengelola aplikasi (misalnya lewat surel atau WhatsApp).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Buka folder &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Laporan tersalin ke papan klip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Terjadi kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateSkpDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Buat SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Pendekatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Salin SKP tahun %1 (%2 RHK, %3) — target dapat diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Tahun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Buat SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Isi awal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Isi dari &amp;pustaka RHK jabatan ini (dapat diubah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Kualitatif (target berupa uraian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Kuantitatif (target angka dan satuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Pejabat p&amp;enilai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Pilih ulang RHK atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>RHK atasan untuk RHK berikut tidak ditemukan pada SKP atasan tahun ini; pilih ulang di editor:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>SKP %1 dibuat dan diisi %2 RHK dari pustaka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>SKP %1 dibuat dari SKP %2: %3 RHK, %4 indikator disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>SKP %1 kosong dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Salin SKP tahun sebelumnya (tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/widgets.py"/>
        <source>Ketik tanggal, misalnya 01-02-1980 atau 1 Februari 1980; kosongkan bila tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/widgets.py"/>
        <source>Pilih dari kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/widgets.py"/>
        <source>hh-bb-tttt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiklatTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>%1 / %2 JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Kurang %1 JP (PP 17/2020 Pasal 203)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Pengembangan kompetensi paling sedikit 20 jam pelajaran (JP) dalam 1 tahun (PP 11/2017 jo. PP 17/2020 Pasal 203). Dihitung menurut tanggal selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Tahun </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>✔ Target 20 JP tercapai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluasiEditor</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>%1 berkas bukti ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>%1 permintaan masukan 360° dikirim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>%1× atas, %2× sesuai, %3× bawah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>(belum ada bukti dukung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>(belum ditetapkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>+ Berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>+ Tautan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;b style=&apos;font-size:12pt&apos;&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; NIP %2&lt;br&gt;%3 — %4&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;Pejabat penilai: %5 · Periode: %6 · Status: &lt;b&gt;%7&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;i&gt;Pilih indikator pada tabel di atas.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;i&gt;Pilih pegawai di daftar untuk membuka evaluasinya.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;i&gt;rahasia&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Ajukan ke pejabat penilai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Ajukan penilaian diri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Alamat (diawali http:// atau https://):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Alasan membatalkan finalisasi (tercatat di log audit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Alasan penyesuaian (wajib bila rating berbeda dari saran):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Arahkan penunjuk ke nama nilai untuk melihat panduan perilakunya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Batalkan Finalisasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Batalkan finalisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Belum ada permintaan masukan 360°. Rekan kerja dan bawahan dapat diminta memberi masukan per nilai BerAKHLAK; masukan bersifat informasi, bukan pengganti penilaian pejabat penilai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Bukti dukung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Capaian kinerja organisasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Catatan / rekomendasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Catatan penilaian diri:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Cetak Dokumen Evaluasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Di Atas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Di Bawah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Diajukan pada %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Dokumen dan gambar (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.zip);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Dokumen evaluasi disimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Ekspektasi khusus pimpinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Evaluasi %1 disimpan. Predikat: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Evaluasi %1 memiliki perubahan yang belum disimpan. Simpan sekarang?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Evaluasi akan dikunci dan identitas pada dokumen dibekukan.
Tempat dan tanggal tanda tangan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Evaluasi difinalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Evaluasi tahunan: saran dari periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Finalisasi evaluasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Finalisasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Hapus bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Hapus bukti &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Hasil Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Indikator kinerja individu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Indikator terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Komentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Langkah yang direncanakan pada periode ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Masukan 360°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Masukan masuk: %1 dari %2 yang diminta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Mencetak dokumen evaluasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Minta masukan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Nilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Nilai BerAKHLAK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Paling banyak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Pemberi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian Diri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian diri Anda belum diajukan; pejabat penilai baru dapat melihatnya setelah Anda mengajukannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian diri diajukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian diri disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian diri pegawai belum diajukan. Isinya tidak ditampilkan kepada pejabat penilai sampai pegawai mengajukannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian diri pegawai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian diri: hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian diri: perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Perilaku Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Perspektif: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Perubahan belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Pilih berkas bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Predikat kinerja pegawai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>RHK atasan yang diintervensi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Rating &amp;&amp; Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Rating hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Rating perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Realisasi angka &apos;%1&apos; pada indikator &quot;%2&quot; bukan angka; gunakan misalnya 95,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Realisasi berupa angka; koma untuk desimal, misalnya 95,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Realisasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Rencana aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Rencana aksi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Ringkasan masukan 360° hanya dapat dilihat oleh pejabat penilai dan admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Sesuai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Setelah diajukan, penilaian diri dapat dilihat pejabat penilai dan tidak dapat diubah lagi. Ajukan sekarang?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Simpan Dokumen Evaluasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Simpan draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Simpan perubahan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Tautan bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Terapkan saran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Tetapkan dan kunci evaluasi; identitas pada dokumen dibekukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Tidak ada perubahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Umpan balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Umpan balik:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Uraian realisasi (opsional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>belum diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>belum lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>hasil kerja %1, perilaku %2 (diajukan %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>mengikuti matriks PermenPANRB 6/2022; tidak dapat diketik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>mis. rekomendasi pelatihan, penghargaan, atau pembinaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackBox</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Pilih frasa standar atau ketik umpan balik…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Umpan balik berkelanjutan: pilih frasa standar dari daftar atau ketik sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Buat akun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Kata sandi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Nama lengkap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&lt;h3&gt;Akun admin pertama&lt;/h3&gt;&lt;p&gt;Basis data ini belum memiliki akun. Buat akun admin untuk mengelola pengguna, cadangan, dan pengaturan. Penilaian kinerja bersifat rahasia: pilih kata sandi yang tidak mudah ditebak dan simpan di tempat aman.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Buat akun admin — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Kata sandi masih kurang dari %1 karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Kata sandi minimal %1 karakter; campurkan huruf dan angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Kedua kata sandi belum sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Ketik kata sandi sekali lagi untuk memastikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Nama &amp;pengguna:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>minimal %1 karakter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>&amp;Impor daftar pegawai dari Excel BKPSDM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>&lt;h3&gt;Basis data baru&lt;/h3&gt;&lt;p&gt;Basis data ini masih kosong. Bagaimana Anda ingin memulai?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>&lt;small&gt;Identitas kantor (dapat diubah nanti di Pengaturan):&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>DUK atau ekspor SIASN; pratinjau sebelum disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Instansi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Isi sendiri unit kerja dan pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Membuat data demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Muat data &amp;demo (Kecamatan Maulafa, ±40 pegawai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Mulai dengan basis data &amp;kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Nama kantor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Selamat datang di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Untuk mencoba aplikasi: pegawai, SKP, dan penilaian contoh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>mis. Kecamatan Maulafa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>mis. Pemerintah Kota Kupang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Foto</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/widgets.py"/>
        <source>Berkas %1 bukan gambar yang dapat dibaca (gunakan JPG atau PNG).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitasTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Batalkan perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&lt;small&gt;Atasan langsung Camat berada di tingkat kabupaten/kota dan biasanya tidak ada di basis data ini; datanya dicetak sebagai atasan pejabat penilai pada SKP Camat.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Atasan pejabat penilai Camat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Hanya admin yang dapat mengubah identitas kantor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Identitas ini dicetak pada SKP, dokumen evaluasi, dan laporan, serta ditulis pada berkas pertukaran Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Identitas kantor disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Kabupaten/Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Kode kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>NIP atasan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Nama kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pangkat/Gol. ruang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Provinsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Simpan identitas kantor (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Tempat penandatanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>mis. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>+ Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Aspek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Hapus indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Indikator %1: %2 &apos;%3&apos; bukan angka (contoh: 12 atau 12,5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Indikator kinerja individu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Isi 3 aspek standar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Ketik langsung di sel. Target angka: 12 atau 12,5; rentang: isi juga kolom &apos;s.d.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Naikkan (Ctrl+Atas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Satuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Tambahkan baris Kuantitas, Kualitas, dan Waktu yang masih kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Target (uraian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Target s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Turunkan (Ctrl+Bawah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>s.d. (rentang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>▼</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Isi360Dialog</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;b&gt;Komentar&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;b&gt;Nilai&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;b&gt;Rating&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Kirim masukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Kirim sebagai anonim (nama Anda tidak ditampilkan kepada pejabat penilai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Masukan 360° yang diminta dari Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Periode ini sudah ditutup; masukan tidak dapat diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Terima kasih, masukan terkirim. Anda dapat memperbaikinya selama periode masih dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Untuk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>belum diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>terkirim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KurvaPanel</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source> (dari rating hasil kerja pimpinan unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source> (mengikuti unit induk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>&lt;b&gt;Kurva distribusi — %1&lt;/b&gt;&lt;br&gt;&lt;small&gt;%2 · Predikat organisasi: &lt;b&gt;%3&lt;/b&gt;%4 · Dinilai %5 dari %6&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>&lt;b&gt;Kurva distribusi&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>Peringatan (tidak memblokir penilaian):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>Pilih periode dan unit kerja untuk melihat kurva distribusi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>belum ditetapkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaporanPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Kata sandi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&lt;small&gt;Lupa kata sandi? Minta admin kantor menyetel ulang di Pengaturan › Pengguna.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Masuk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Nama &amp;pengguna:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&amp;Tampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&amp;Tentang %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>(kantor belum diatur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Versi %2&lt;/p&gt;&lt;p&gt;Pengelolaan kinerja ASN kecamatan secara offline: SKP, penilaian kinerja, dan pertukaran Excel dengan BKPSDM (PermenPANRB 6/2022, SE MenPANRB 3/2023).&lt;/p&gt;&lt;p&gt;Basis data:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>Ba&amp;ntuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>Basis data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>Pengguna: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>Tentang %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minta360Dialog</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source> · sudah diminta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>(tidak ada rekan kerja atau bawahan yang dapat diminta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Kirim permintaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Minta masukan 360°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Pilih rekan kerja dan bawahan yang diminta memberi masukan per nilai BerAKHLAK. Pemberi dapat memilih untuk anonim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Pilih semua</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>&lt;b&gt;Pindahkan %1 pegawai&lt;/b&gt; ke unit kerja yang dipilih:&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Atasan langsung mengikuti &amp;kepala unit tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Kepala unit tujuan menjadi atasan langsung; kepala unit itu sendiri mendapat kepala unit di atasnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Pindahkan %1 pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Pindahkan ke unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>dan %1 lainnya</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisasiWidget</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source> (diarsipkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>%1 kini kepala %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>%1 unit aktif · %2 diarsipkan · %3 unit tanpa kepala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>(jadikan unit teratas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>&lt;b&gt;Unit kerja&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Aktifkan kembali unit yang diarsipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Arsipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Arsipkan %1? Unit yang diarsipkan tidak muncul lagi di pilihan unit, tetapi dapat dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Arsipkan unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Arsipkan unit kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Gabungkan %1 ke %2?

%3 pegawai aktif dan %4 sub-unit pindah ke %2; %1 diarsipkan (namanya tetap tercatat pada dokumen lama). Tindakan ini tercatat di log audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Gabungkan &lt;b&gt;%1&lt;/b&gt; ke unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Gabungkan unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Gabungkan unit ini ke unit lain (pegawai ikut pindah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Gabungkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Kepala unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Kepala unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Lihat pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Naikkan urutan (Ctrl+Atas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Pegawai aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Pilih kepala &lt;b&gt;%1&lt;/b&gt;. Pegawai unit ini yang atasannya kepala lama (atau belum punya atasan) akan beratasan ke kepala baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Pindahkan &lt;b&gt;%1&lt;/b&gt; (beserta sub-unit dan pegawainya) ke bawah unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Pindahkan unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Pindahkan unit ke unit induk lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Pindahkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Tambah sub-unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Tambah unit di bawah unit terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Tambah unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Tampilkan arsip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Tampilkan pegawai unit ini di daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Tetapkan kepala unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Turunkan urutan (Ctrl+Bawah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Ubah nama, jenis, atau kode unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Ubah unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit %1 diarsipkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit %1 dipindahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit %1 dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit %1 ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit %1 diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit ini belum punya kepala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Urutan unit diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>▲ Naik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>▼ Turun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Belum ada SKP untuk tahun ini: tekan Buat SKP (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Pejabat penilai / atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Status SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Versi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>%1 dari %2 pegawai ditampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>&amp;Buka SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>&lt;b&gt;Per unit kerja&lt;/b&gt; (pilih untuk menyaring daftar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>&lt;b&gt;Tahun %1&lt;/b&gt; · %2 pegawai aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Buat &amp;SKP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Buat SKP &amp;massal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Buat SKP untuk pegawai terpilih: kosong, salin tahun lalu, atau dari pustaka RHK (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Buat SKP yang belum ada untuk semua pegawai unit terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Buka SKP pegawai terpilih (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Cari nama, NIP, jabatan, unit…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Cetak / &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>PDF massal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Semua unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Simpan PDF semua SKP unit terpilih ke satu folder (di latar belakang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PegawaiPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>%1 dari %2 pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>%1 dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>%1 peringatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>&amp;Lihat profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>&amp;Pindahkan ke unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>&amp;Tambah pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>&amp;Ubah profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>(tidak tampil karena filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>+ sub-unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Belum ada pegawai. Tekan &quot;Tambah pegawai&quot; (Ctrl+N) atau impor daftar pegawai dari Excel di area Sinkronisasi Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Buka profil pegawai terpilih (Enter / klik ganda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Cari nama, NIP, atau jabatan…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Daftar Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Daftar pegawai dimuat ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Diurungkan: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Fungsional (semua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Golongan %1 (semua ruang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Hapus semua filter (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Jenis jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Memindahkan pegawai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Menetapkan atasan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Mengubah status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Mengurungkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Mereka kini tersembunyi; tampilkan dengan filter status &quot;Tidak aktif&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Muat ulang daftar (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>PPPK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>PPPK (semua golongan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Pegawai baru %1 ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Pensiun, mutasi, meninggal, diberhentikan, atau aktif kembali (Delete). Pegawai tidak pernah dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Pindahkan pegawai terpilih ke unit kerja lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Profil %1 tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Semua golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Semua jenis jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Semua unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Status %1 pegawai diubah menjadi %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Status pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Struktur Organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Struktural (JPT, administrator, pengawas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Tambah pegawai baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Tanpa Atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Tanpa Atasan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Termasuk pegawai sub-unit (mis. seksi dan kelurahan di bawah kecamatan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Tetapkan &amp;atasan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Tetapkan atasan langsung pegawai terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Tidak ada pegawai yang cocok dengan pencarian/filter. Tekan Reset (Ctrl+R) untuk melihat semua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Tidak aktif (semua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Ubah &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Urun&amp;gkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Urungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Urungkan dengan Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Urungkan pemindahan / penetapan atasan terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Urungkan perubahan terakhir (%1)? Penempatan dan atasan %2 pegawai dikembalikan seperti semula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Urungkan: %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>atasan %1 pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>pindah %1 pegawai ke %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PegawaiPickerDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>%1 pegawai aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Cari nama, NIP, atau jabatan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Pilih</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Akun Saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Bahasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Identitas Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Log Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PengaturanPeriodeDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>(Periode tidak dibuka: hanya dapat dilihat.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>&lt;b&gt;Tahun kinerja&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Alasan membuka kembali %1 (dicatat di log audit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Buka kembali periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Buka kembali…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Buka periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Capaian kinerja organisasi (predikat organisasi) per unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Ditutup oleh / pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Evaluasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Hanya admin yang dapat mengubah periode dan predikat organisasi; Anda melihat pengaturan ini dalam mode baca saja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Khusus admin; alasan dicatat di log audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Pengaturan Periode Penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Predikat organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>SE MenPANRB 3/2023: ditetapkan pimpinan di atasnya untuk %1. Unit tanpa penetapan mengikuti rating hasil kerja pimpinannya, lalu unit induknya. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Skema evaluasi periodik tahun %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tahun baru…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tutup %1? Setelah ditutup, realisasi, umpan balik, dan penilaian periode ini terkunci. Hanya admin yang dapat membukanya kembali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tutup (kunci) periode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tutup periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Ubah skema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Ubah skema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>dari rating hasil kerja pimpinan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>ditetapkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>kurva belum dapat diperiksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>mengikuti unit induk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>— belum ditetapkan —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PenggunaTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Aktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Buka kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Setel ulang kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Tambah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>, wajib ganti sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&lt;small&gt;Akun tidak pernah dihapus agar log audit tetap menyebut pelakunya; nonaktifkan akun yang tidak dipakai lagi. Penilai dan Pegawai wajib ditautkan ke data pegawai.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Akun %1 diaktifkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Akun %1 dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Akun %1 dinonaktifkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Akun %1 diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Cari nama pengguna, nama, atau pegawai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Kata sandi %1 disetel ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Kunci akun %1 dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Nonaktifkan akun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Nonaktifkan akun %1? Pemiliknya tidak dapat masuk lagi sampai akun diaktifkan kembali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Tampilkan akun nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>terkunci s.d. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PenilaiCombo</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>(tidak ada — pejabat penilai di luar basis data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PenilaianPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Penilaian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Buka PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Pratinjau &amp;&amp; cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Ukuran kertas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&lt;h3&gt;SKP %1 — %2&lt;/h3&gt;&lt;div&gt;Versi %3 · %4 · %5&lt;/div&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Buka di penampil PDF komputer ini (untuk dicetak dari sana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Cetak SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>PDF disimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>PDF tidak dapat disimpan ke %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>SKP ini belum disetujui: setiap halaman diberi tanda &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Simpan PDF SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>format JPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>format non-JPT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source> (dan %1 masalah lain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>%1 (tidak sesuai status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>%1 × %2 piksel, %3 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Alamat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Atasan langsung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Buang perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Catatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Eselon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Gelar depan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Golongan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Hapus foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Jenis jabatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Jenis kelamin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Kelas jabatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Keterangan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Muat dari berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;NI PPPK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;NIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Nama jabatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Status kepegawaian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;TMT jabatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Tempat lahir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Unit kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>(belum ditempatkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>(nama belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>(tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>16 digit (KTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>18 digit, boleh dengan spasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>9 digit (bila ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>A&amp;gama:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Atasan langsung (pejabat penilai kinerja) untuk %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Atasan langsung = kepala unit (bawaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Atasan langsung = kepala unit (bawaan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Atasan langsung mengikuti kepala unit yang baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Bawaan menurut struktur: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Belum ada foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Ctrl+S simpan · Esc tutup · Alt+1…6 pindah tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Diisi dari NIP: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Foto disimpan di basis data bersama profil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Gambar (*.jpg *.jpeg *.png *.bmp);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Gelar &amp;belakang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Identitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Isi dari NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Isi tanggal lahir, jenis kelamin, dan TMT CPNS yang masih kosong dari digit NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>JPG atau PNG; diperkecil otomatis (maks. 400 piksel) sebelum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Jabatan &amp;&amp; Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Jenjan&amp;g (fungsional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Kepala &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Kepegawaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Ko&amp;songkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Kontak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Mengikuti riwayat golongan terbaru; perubahan di sini dicatat ke riwayat saat disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Mengikuti riwayat jabatan terbaru; perubahan di sini dicatat ke riwayat saat disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>NI&amp;K:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>NIP la&amp;ma:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Nam&amp;a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>No. &amp;HP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Pegawai baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Pen&amp;didikan terakhir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Perubahan belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Pilih atasan langsung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Pilih atasan langsung dari daftar pegawai aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Pilih foto pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Pilih unit kerja; atasan langsung bawaan adalah kepala unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Profil ini sudah diubah. Simpan perubahannya?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Profil pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Simpan ditolak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Simpan ditolak: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Simpan profil dan riwayat (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Status keaktifan (pegawai tidak pernah dihapus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>T&amp;anggal (TMT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>TMT &amp;CPNS / PPPK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>TMT &amp;PNS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>TMT CPNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>TMT g&amp;olongan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>TMT pe&amp;nsiun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Tahun l&amp;ulus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Tanggal &amp;lahir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Tanpa gelar. Menempel nama lengkap bergelar (mis. &quot;Drs. Yohanes Benu, M.Si&quot;) akan dipisah otomatis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Tidak ada isian kosong yang dapat diisi dari NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Tidak ada kepala unit di atasnya dalam basis data: atasan pegawai ini berada di luar basis data (diisi di Pengaturan, mis. atasan Camat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>jenis kelamin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>mis. 0812 3456 7890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>mis. Drs. / dr. / H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>mis. S.Sos, M.Si</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>nama@contoh.go.id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>tanggal lahir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source> (diarsipkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Semua unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/jobs.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Setel ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Ulangi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Kata sandi &amp;baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Kata sandi baru untuk &lt;b&gt;%1&lt;/b&gt;. Kunci akun (jika ada) ikut dibuka. Sampaikan kata sandi ini langsung kepada pemilik akun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Kedua kata sandi belum sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Setel ulang kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Wajib diganti oleh pemilik saat masuk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhkDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>&amp;Jenis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>&amp;Klasifikasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>&amp;Perspektif:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>&amp;Rencana hasil kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>(pilih)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>(tetap) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>(tidak mengintervensi RHK atasan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>&lt;b&gt;Indikator kinerja individu&lt;/b&gt; — pendekatan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>A. Utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>B. Tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Belum ada indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Dipilih dari SKP %1 tahun %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Penugasan &amp;dari:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Periksa angka target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>RHK &amp;atasan yang diintervensi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>RHK ini belum memiliki indikator. SKP tidak dapat diajukan sebelum setiap RHK memiliki indikator. Simpan saja dulu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Tambah RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Teks RHK atasan yang diintervensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Tulis manual (atasan di luar basis data)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Ubah RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>kualitatif: target berupa uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>kuantitatif: target angka (atau rentang) dengan satuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>mis. Terlayaninya dokumen administrasi kependudukan tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>mis. Wali Kota / Bupati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiwayatEntryDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiwayatTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>&amp;Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>&amp;Tambah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>&amp;Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>(tanpa nama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Belum ada entri. Tekan Tambah (Insert) untuk mencatat riwayat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Hapus entri &quot;%1&quot;? Penghapusan baru tersimpan setelah profil disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Hapus entri riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Hapus entri terpilih (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Tambah entri riwayat (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Tambah riwayat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Ubah entri terpilih (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Ubah riwayat %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SinkronisasiPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Sinkronisasi Excel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Skp</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/common.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/common.py"/>
        <source>Belum ada SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/common.py"/>
        <source>Diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/common.py"/>
        <source>Diganti versi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/common.py"/>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/common.py"/>
        <source>Disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/common.py"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkpPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>SKP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>&amp;Keterangan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>&amp;Status baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>&amp;Tanggal (TMT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>&lt;b&gt;%1 pegawai&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Isi tanggal perubahan status (TMT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Pegawai tidak pernah dihapus. Pegawai yang tidak aktif disembunyikan dari daftar (tampilkan dengan filter Status); SKP dan penilaiannya tetap tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Simpan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Ubah status pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>dan %1 lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>mis. nomor SK pensiun / mutasi ke instansi …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>⚠ %1 pegawai aktif lain beratasan langsung ke pegawai ini. Setelah status diubah, mereka muncul di tab &quot;Tanpa Atasan&quot; sampai atasan barunya ditetapkan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TahunBaruDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Buat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>PermenPANRB 6/2022 Pasal 31: evaluasi periodik bulanan, triwulanan, atau semesteran sesuai pilihan instansi, ditambah satu evaluasi tahunan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Skema evaluasi periodik:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tahun kinerja baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tahun:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TanpaAtasanWidget</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>%1 pegawai di puncak struktur (mis. Camat) beratasan di luar basis data — diisi di Pengaturan › Identitas kantor; tidak perlu diperbaiki.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>&lt;b&gt;%1 pegawai aktif belum punya atasan langsung yang aktif.&lt;/b&gt; Pilih lalu tekan &quot;Tetapkan atasan&quot; atau &quot;Atasan = kepala unit&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>&lt;b&gt;Semua pegawai aktif sudah punya atasan langsung.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Atasan = kepala unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Buka profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Jadikan kepala unit masing-masing sebagai atasan langsung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Tetapkan atasan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitEditDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>&amp;Jenis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>&amp;Kode (opsional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>&amp;Nama unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Di bawah: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Nama unit kerja wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>mis. Seksi Pemerintahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPickerDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>(tingkat teratas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Kepala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Ketik untuk mencari unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Pilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Kata sandi awal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Tautkan ke pegawai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Data induk, impor/ekspor, penyiapan SKP; tidak dapat memberi penilaian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Hanya SKP dan penilaian dirinya sendiri. Wajib ditautkan ke pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Kedua kata sandi belum sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Menyetujui SKP dan menilai bawahannya sendiri. Wajib ditautkan ke pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Nama &amp;lengkap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Nama &amp;pengguna:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pe&amp;ran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Semua hak, termasuk pengguna, cadangan, dan log audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Tambah akun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Ubah akun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Wajib mengganti kata sandi saat pertama masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>huruf kecil tanpa spasi, mis. budi.santoso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>minimal %1 karakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>— tidak ditautkan —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ShowPassword</name>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Tampilkan kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Basis data diperbarui ke versi skema terbaru. Cadangan sebelum pembaruan: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../asn_desktop/ui/errors.py"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Basis data ini sedang dibuka di jendela %1 lain (%2).

Anda tetap dapat bekerja bersamaan: setiap penyimpanan aman, dan bila dua jendela mengubah data yang sama, penyimpanan kedua ditolak dengan pesan agar Anda memuat ulang. Untuk pemulihan cadangan, tutup jendela lain terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Basis data sedang dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Tetap buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>proses %1 di komputer %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>penilaian</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/common.py"/>
        <source>belum ditetapkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recover</name>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Basis data (*.db *.sqlite);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Basis data dipulihkan dari %1.
Berkas yang rusak disimpan di %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Basis data rusak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Buka Pengaturan › Cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Nanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Pemeriksaan integritas menemukan kerusakan pada basis data. Jangan lanjutkan pekerjaan besar (impor, penilaian massal) sebelum dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Pilih berkas cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Pilih berkas cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Pulihkan cadangan %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
