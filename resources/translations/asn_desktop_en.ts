<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AkunSayaTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>&amp;Ganti kata sandi…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Akun sistem (baris perintah) tidak memiliki kata sandi.</source>
        <translation>The system account (command line) has no password.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Akun yang sedang dipakai</source>
        <translation>The account in use</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Data induk pegawai dan unit, impor/ekspor Excel, penyiapan SKP, laporan, cadangan. Tidak termasuk penilaian.</source>
        <translation>Employee and unit master data, Excel import/export, SKP preparation, reports, backups. Appraisals not included.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Hak akses:</source>
        <translation>Access rights:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Nama pengguna:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>SKP dan penilaian pegawai yang Anda nilai (bawahan langsung), SKP dan penilaian diri Anda sendiri, laporan.</source>
        <translation>SKPs and appraisals of the employees you appraise (direct subordinates), your own SKP and self-assessment, reports.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>SKP, realisasi, dan penilaian diri Anda sendiri; masukan 360° bila diminta.</source>
        <translation>Your own SKP, achievements and self-assessment; 360° feedback when asked.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Semua: data induk, SKP, penilaian, pengguna, cadangan, log audit, pengaturan.</source>
        <translation>Everything: master data, SKPs, appraisals, users, backups, audit log, settings.</translation>
    </message>
</context>
<context>
    <name>AlasanPerubahanDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Alasan perubahan (wajib, paling sedikit 5 karakter):</source>
        <translation>Reason for the change (required, at least 5 characters):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Mengubah rating pejabat penilai</source>
        <translation>Changing the appraising official&apos;s rating</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Rating ini diisi oleh pejabat penilai %1:
    %2
Anda mengubahnya menjadi:
    %3

Perubahan ini, nama Anda, tanggal dan alasannya akan tampil pada evaluasi bagi pejabat penilai dan pegawai.</source>
        <translation>This rating was entered by the appraising official %1:
    %2
You are changing it to:
    %3

This change, your name, the date and the reason will be shown on the evaluation to the appraising official and the employee.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Ubah rating</source>
        <translation>Change rating</translation>
    </message>
</context>
<context>
    <name>AtasanDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>&amp;Kosongkan atasan</source>
        <translation>&amp;Clear supervisor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>&lt;b&gt;Atasan langsung untuk %1 pegawai&lt;/b&gt;:&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>&lt;b&gt;Direct supervisor for %1 employees&lt;/b&gt;:&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Hapus atasan langsung pegawai terpilih</source>
        <translation>Clear the direct supervisor of the selected employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Tetapkan</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Tetapkan atasan langsung</source>
        <translation>Set direct supervisor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>dan %1 lainnya</source>
        <translation>and %1 more</translation>
    </message>
</context>
<context>
    <name>AturanDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Aturan TPP Kinerja</source>
        <translation>Performance Allowance Rule</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Berlaku mulai:</source>
        <translation>Effective from:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Kelas</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Kelas jabatan → TPP per bulan (Rp)</source>
        <translation>Job grade → monthly allowance (Rp)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Kelas yang dikosongkan tidak dibayar menurut aturan ini. Satu tanggal berlaku hanya untuk satu aturan; perhitungan tiap bulan memakai aturan terakhir yang sudah berlaku.</source>
        <translation>Grades left empty are not paid under this rule. One effective date holds one rule; each month is computed with the latest rule already in force.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Keterangan:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Nama / dasar hukum:</source>
        <translation>Name / legal basis:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Persen (0–100)</source>
        <translation>Percent (0–100)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Porsi kinerja dari TPP:</source>
        <translation>Performance share of the allowance:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Predikat</source>
        <translation>Predicate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Predikat → % komponen kinerja</source>
        <translation>Rating → % of the performance share</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>TPP per bulan</source>
        <translation>Monthly allowance</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Ubah Aturan TPP Kinerja</source>
        <translation>Edit Performance Allowance Rule</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>mis. Perkada Nomor 5 Tahun 2026 tentang TPP</source>
        <translation>e.g. Regional Head Regulation No. 5 of 2026 on TPP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>porsi disiplin %1 %</source>
        <translation>discipline share %1 %</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Entitas</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>%1 (semua aksi)</source>
        <translation>%1 (all actions)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>%1 baris log audit diekspor ke %2.</source>
        <translation>%1 audit log rows exported to %2.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>%1 baris log audit diekspor.</source>
        <translation>%1 audit log rows exported.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>%1* (semua)</source>
        <translation>%1* (all)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>&amp;Dari</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>&amp;Ekspor ke Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>&amp;Reset filter</source>
        <translation>&amp;Reset filter</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>&amp;Sampai</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>&amp;Teks:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>(semua)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>(tidak ada nilai sebelum/sesudah)</source>
        <translation>(no before/after values)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Aksi:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Cari teks (nama, NIP, nilai)…</source>
        <translation>Search text (name, NIP, value)…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Ekspor log audit</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Entitas:</source>
        <translation>Entity:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Menampilkan %1 dari %2 entri (terbaru di atas).</source>
        <translation>Showing %1 of %2 entries (newest first).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Mengekspor log audit…</source>
        <translation>Exporting the audit log…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Muat &amp;lebih banyak</source>
        <translation>Load &amp;more</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Pengguna:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/audit.py"/>
        <source>Pilih satu baris untuk melihat nilai sebelum dan sesudah perubahan.</source>
        <translation>Select a row to see the values before and after the change.</translation>
    </message>
</context>
<context>
    <name>BahasaTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/bahasa.py"/>
        <source>&amp;Bahasa antarmuka:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/bahasa.py"/>
        <source>&amp;Terapkan</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/bahasa.py"/>
        <source>&lt;small&gt;Bahasa disimpan di basis data dan berlaku untuk semua pengguna kantor ini. Dokumen resmi (SKP, evaluasi) tetap berbahasa Indonesia. Sebagian tampilan baru berganti setelah aplikasi dibuka ulang.&lt;/small&gt;</source>
        <translation>&lt;small&gt;The language is stored in the database and applies to every user of this office. Official documents (SKP, evaluations) stay in Indonesian. Some views change only after the application is restarted.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/bahasa.py"/>
        <source>Bahasa diubah ke %1.</source>
        <translation>Language changed to %1.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/bahasa.py"/>
        <source>Hanya admin yang dapat mengubah bahasa.</source>
        <translation>Only an administrator can change the language.</translation>
    </message>
</context>
<context>
    <name>Bantuan</name>
    <message>
        <location filename="../../asn_desktop/ui/bantuan.py"/>
        <source>Menyimpan panduan sebagai PDF…</source>
        <translation>Saving the guide as PDF…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/bantuan.py"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/bantuan.py"/>
        <source>Panduan Pengguna</source>
        <translation>User Guide</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/bantuan.py"/>
        <source>Panduan Pengguna disimpan sebagai PDF.</source>
        <translation>User Guide saved as PDF.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/bantuan.py"/>
        <source>Simpan Panduan sebagai PDF</source>
        <translation>Save Guide as PDF</translation>
    </message>
</context>
<context>
    <name>BimbinganDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>&amp;Pegawai:</source>
        <translation>&amp;Employee:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>&amp;Uraian bimbingan:</source>
        <translation>&amp;Coaching notes:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>(tidak dikaitkan)</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Bimbingan Kinerja Baru</source>
        <translation>New Coaching Session</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Evaluasi kompetensi (baris kosong diabaikan):</source>
        <translation>Competency evaluation (empty rows are ignored):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Kondisi saat ini</source>
        <translation>Present condition</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Peri&amp;ode:</source>
        <translation>Peri&amp;od:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Rekomendasi pengembangan</source>
        <translation>Development recommendation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Rencana tindak &amp;lanjut:</source>
        <translation>Follow-up &amp;plan:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>T&amp;opik / permasalahan:</source>
        <translation>T&amp;opic / issue:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Tambah &amp;baris</source>
        <translation>Add &amp;row</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Tempat:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Tidak ada pegawai yang dapat Anda bimbing.</source>
        <translation>There is no employee you may coach.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Ubah Bimbingan Kinerja</source>
        <translation>Edit Coaching Session</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Umpan &amp;balik:</source>
        <translation>Feed&amp;back:</translation>
    </message>
</context>
<context>
    <name>BulkCreateDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Buat</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Pendekatan:</source>
        <translation>&amp;Approach:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Unit kerja:</source>
        <translation>Work &amp;unit:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Buat SKP massal</source>
        <translation>Create SKPs in bulk</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Isi awal:</source>
        <translation>Start with:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Kualitatif</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Kuantitatif</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>SKP dibuat untuk setiap pegawai aktif unit terpilih yang belum memiliki SKP tahun ini. Atasan dibuat lebih dahulu sehingga RHK bawahan dapat langsung terhubung (cascading). Semua SKP baru berstatus Draft.</source>
        <translation>An SKP is created for every active employee of the selected unit who has no SKP this year yet. Supervisors come first, so that subordinates&apos; RHKs can cascade from theirs right away. Every new SKP starts as a Draft.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Salin SKP tahun sebelumnya bila ada</source>
        <translation>Copy last year&apos;s SKP if there is one</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Selain itu isi dari pustaka RHK sesuai jabatan</source>
        <translation>Otherwise fill from the RHK library for the position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>termasuk sub-unit</source>
        <translation>including sub-units</translation>
    </message>
</context>
<context>
    <name>BulkPdfDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Folder tujuan:</source>
        <translation>Destination &amp;folder:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;SKP:</source>
        <translation>&amp;SKP:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Simpan PDF</source>
        <translation>&amp;Save PDF</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Unit kerja:</source>
        <translation>Work &amp;unit:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Folder tujuan PDF</source>
        <translation>PDF destination folder</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Hanya SKP yang disetujui</source>
        <translation>Approved SKPs only</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>PDF SKP massal</source>
        <translation>SKP PDFs in bulk</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Pilih folder tujuan.</source>
        <translation>Choose a destination folder.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Semua SKP (draft diberi tanda)</source>
        <translation>All SKPs (drafts are marked)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>U&amp;kuran kertas:</source>
        <translation>Paper si&amp;ze:</translation>
    </message>
</context>
<context>
    <name>CadanganTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>%1
Kata sandi server basis data:</source>
        <translation>%1
Database server password:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>%1 cadangan</source>
        <translation>%1 backups</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>&amp;Gunakan</source>
        <translation>&amp;Use</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>&amp;Pilih folder…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>&amp;Pulihkan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>&amp;Pulihkan cadangan terpilih…</source>
        <translation>&amp;Restore selected backup…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>&lt;small&gt;Cadangan otomatis dibuat saat aplikasi ditutup (jika ada perubahan), sebelum impor, sebelum pembaruan skema, dan sebelum pemulihan. Yang disimpan: semua dari 24 jam terakhir, satu per hari untuk 7 hari, dan satu per minggu untuk 4 minggu sebelumnya. Cadangan manual tidak pernah dihapus otomatis. Simpan juga salinan di flashdisk secara berkala.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Automatic backups are made when the application closes (if anything changed), before imports, before schema upgrades and before restores. Kept: everything from the last 24 hours, one per day for 7 days, and one per week for the 4 weeks before. Manual backups are never deleted automatically. Also keep a copy on a USB drive regularly.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Alamat server PostgreSQL (tanpa kata sandi), mis. postgresql://asn@192.168.1.10/kinerja:</source>
        <translation>PostgreSQL server address (without a password), e.g. postgresql://asn@192.168.1.10/kinerja:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Basis data %1 dipulihkan dari %2.</source>
        <translation>Database %1 restored from %2.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Basis data (*.db *.sqlite);;Semua berkas (*)</source>
        <translation>Databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Basis data dipulihkan dari %1.
Basis data sebelumnya disimpan di %2.

Aplikasi akan dimulai ulang.</source>
        <translation>Database restored from %1.
The previous database was kept at %2.

The application will restart.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Basis data ini ada di server: cadangan dibuat dengan pg_dump (arsip .dump) dan dipulihkan dengan pg_restore ke basis data server baru yang kosong.</source>
        <translation>This database is on a server: backups are made with pg_dump (.dump archives) and restored with pg_restore into a new, empty server database.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Basis data sehat.</source>
        <translation>The database is healthy.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Basis data sehat: PRAGMA integrity_check = ok.</source>
        <translation>The database is healthy: PRAGMA integrity_check = ok.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Berkas rusak (sebelum pemulihan)</source>
        <translation>Damaged file (before the restore)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Berkas: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Berlaku saat aplikasi dibuka kembali.</source>
        <translation>Takes effect when the app is opened again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Cadangan berisi seluruh penilaian dan hash kata sandi; hanya admin yang dapat menyimpannya ke folder lain (mis. flashdisk).</source>
        <translation>A backup contains every rating and password hash; only an administrator may save it to another folder (e.g. a flash drive).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Cadangan dibuat (%1).</source>
        <translation>Backup created (%1).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Cadangan dibuat: %1 (%2).</source>
        <translation>Backup made: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Cadangan disimpan di &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Backups are kept in &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Cadangan server (*.dump);;Semua berkas (*)</source>
        <translation>Server backups (*.dump);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Folder &amp;alat PostgreSQL…</source>
        <translation>PostgreSQL &amp;tools folder…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Folder berisi pg_dump dan pg_restore</source>
        <translation>Folder holding pg_dump and pg_restore</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Folder berisi pg_dump dan pg_restore, bila tidak ditemukan otomatis.</source>
        <translation>The folder holding pg_dump and pg_restore, if they are not found automatically.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Folder cadangan diubah.</source>
        <translation>Backup folder changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Gunakan &amp;server…</source>
        <translation>Use a &amp;server…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Gunakan basis data hasil pemulihan di PC ini mulai sekarang? Aplikasi dimulai ulang. PC lain perlu diarahkan ke alamat ini juga.</source>
        <translation>Use the restored database on this PC from now on? The application restarts. Other PCs need to be pointed at this address too.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Gunakan berkas di &amp;PC ini</source>
        <translation>Use the file on this &amp;PC</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Gunakan folder &amp;bawaan</source>
        <translation>Use the &amp;default folder</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Halaman data di server diperiksa oleh server itu sendiri.</source>
        <translation>The data pages on the server are checked by the server itself.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Kantor: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Lanjutkan tanpa cadangan hanya bila admin server mencadangkan basis data ini sendiri.</source>
        <translation>Continue without a backup only if the server administrator backs up this database themselves.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Lokasi cadangan</source>
        <translation>Backup location</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Membuat cadangan…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Memeriksa berkas cadangan…</source>
        <translation>Checking the backup file…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Memeriksa integritas basis data…</source>
        <translation>Checking database integrity…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Memeriksa rantai log audit; halaman data diperiksa oleh server.</source>
        <translation>Checks the audit log chain; the data pages are checked by the server.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Memulihkan arsip .dump ke basis data server baru yang kosong.</source>
        <translation>Restores a .dump archive into a new, empty server database.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Memulihkan basis data…</source>
        <translation>Restoring the database…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Otomatis saat keluar</source>
        <translation>Automatic on exit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Pegawai: %1, akun: %2</source>
        <translation>Employee: %1, account: %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Pemulihan mengganti seluruh data; hanya admin yang dapat melakukannya.</source>
        <translation>A restore replaces all data; only an administrator can do it.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Perhatian: basis data ini juga dibuka di jendela lain (%1). Tutup jendela itu terlebih dahulu.</source>
        <translation>Note: this database is also open in another window (%1). Close that window first.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Periksa &amp;integritas</source>
        <translation>Check &amp;integrity</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Periksa integritas</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Perubahan terakhir di dalamnya: %1</source>
        <translation>Latest change in it: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Pilih folder cadangan (mis. flashdisk)</source>
        <translation>Choose the backup folder (e.g. a USB drive)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Pulihkan cadangan server</source>
        <translation>Restore server backup</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Pulihkan dari &amp;berkas lain…</source>
        <translation>Restore from another &amp;file…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Pulihkan ke basis data server yang KOSONG (buat dahulu, mis. createdb -O asn kinerja_pulih). Alamat basis data tujuan (tanpa kata sandi):</source>
        <translation>Restore into an EMPTY server database (create it first, e.g. createdb -O asn kinerja_pulih). Address of the target database (without password):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Rantai log audit utuh.</source>
        <translation>The audit log&apos;s hash chain is intact.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Saat dibuka tanpa --db: berkas di PC ini</source>
        <translation>When opened without --db: the file on this PC</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Saat dibuka tanpa --db: server %1</source>
        <translation>When opened without --db: server %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Sebelum impor</source>
        <translation>Before import</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Sebelum pembaruan skema</source>
        <translation>Before schema upgrade</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Sebelum pemulihan</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Sekarang: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Seluruh isi basis data saat ini akan diganti dengan isi cadangan ini. Basis data saat ini dicadangkan dahulu. Setelah pemulihan aplikasi dimulai ulang dan Anda perlu masuk lagi.</source>
        <translation>The whole current database will be replaced by this backup. The current database is backed up first. After the restore the application restarts and you need to sign in again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Server basis data</source>
        <translation>Database server</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Tulis alamat server seperti postgresql://pengguna@server/nama_basis_data (tanpa kata sandi; kata sandi ditanyakan saat menghubungkan).</source>
        <translation>Write the server address like postgresql://user@server/database_name (without a password; the password is asked for when connecting).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>folder bawaan</source>
        <translation>default folder</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/cadangan.py"/>
        <source>folder pilihan</source>
        <translation>chosen folder</translation>
    </message>
</context>
<context>
    <name>CapaianTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>%1 dokumen evaluasi final mencetak capaian kinerja organisasi yang berbeda dari predikat organisasi unitnya untuk periode itu. Dokumen final tidak diubah otomatis; batalkan finalisasinya di area Penilaian lalu finalkan kembali.</source>
        <translation>%1 final evaluation documents print an organisational achievement that differs from their unit&apos;s organisation predicate for that period. Final documents are not changed automatically; cancel their finalisation in the Appraisal area and finalise them again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Capaian tercetak</source>
        <translation>Printed achievement</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Predikat unit sekarang</source>
        <translation>Unit predicate now</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Semua dokumen evaluasi final tahun ini mencetak capaian kinerja organisasi sesuai predikat unitnya.</source>
        <translation>All final evaluation documents of this year print the organisational achievement of their unit&apos;s predicate.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>belum ditetapkan</source>
        <translation>not set yet</translation>
    </message>
</context>
<context>
    <name>CascadeWidget</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>%1 Tekan F5 untuk memuat ulang.</source>
        <translation>%1 Press F5 to load again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>&lt;b&gt;Cascading %1&lt;/b&gt; · %2 RHK pimpinan · %3 RHK terhubung · %4 belum terhubung</source>
        <translation>&lt;b&gt;Cascading %1&lt;/b&gt; · %2 leader RHK · %3 RHK linked · %4 not linked yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>&lt;small&gt;Setiap RHK memuat RHK bawahan yang mengintervensinya (cascading, PermenPANRB 6/2022). RHK atasan tidak dapat dihapus selama masih diintervensi. Klik dua kali untuk membuka SKP.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Each RHK lists the subordinates&apos; RHK that contribute to it (cascading, PermenPANRB 6/2022). A supervisor&apos;s RHK cannot be deleted while others contribute to it. Double-click to open the SKP.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Belum ada SKP pimpinan untuk tahun %1.</source>
        <translation>No leader SKP for %1 yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Buka &amp;SKP</source>
        <translation>Open &amp;SKP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Buka semua</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Cari RHK atau nama…</source>
        <translation>Search RHK or name…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Indikator / target</source>
        <translation>Indicator / target</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Menampilkan %1 RHK pertama yang cocok; ketik lebih lengkap untuk mempersempit.</source>
        <translation>Showing the first %1 matching RHK; type more to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Pegawai yang belum memiliki SKP tahun ini (%1)</source>
        <translation>Employees without an SKP this year (%1)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>RHK utama yang belum mengintervensi RHK atasan (%1)</source>
        <translation>Main RHK not yet contributing to a supervisor&apos;s RHK (%1)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Rencana hasil kerja</source>
        <translation>Planned work result</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Status SKP</source>
        <translation>SKP status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Tidak ada RHK atau pegawai yang cocok.</source>
        <translation>No RHK or employee matches.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Tutup semua</source>
        <translation>Collapse all</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Ulangi kata sandi baru:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Kata sandi &amp;baru:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Kata sandi &amp;lama:</source>
        <translation>&amp;Old password:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Kata sandi Anda baru disetel ulang oleh admin. Pilih kata sandi baru yang hanya Anda ketahui sebelum melanjutkan.</source>
        <translation>Your password was just reset by an administrator. Choose a new password that only you know before continuing.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Kedua kata sandi baru belum sama.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>minimal %1 karakter</source>
        <translation>at least %1 characters</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>&amp;Salin laporan</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>&lt;h3&gt;Maaf, terjadi kesalahan yang tidak terduga.&lt;/h3&gt;&lt;p&gt;Data yang sudah tersimpan tetap aman: perubahan yang gagal dibatalkan seluruhnya. Aplikasi tetap berjalan; ulangi langkah terakhir bila perlu.&lt;/p&gt;&lt;p&gt;Agar masalah ini dapat diperbaiki, klik &lt;b&gt;Salin laporan&lt;/b&gt; lalu kirimkan isinya kepada pengelola aplikasi (misalnya lewat surel atau WhatsApp).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sorry, an unexpected error occurred.&lt;/h3&gt;&lt;p&gt;Data already saved is safe: the failed change was rolled back completely. The application keeps running; repeat the last step if needed.&lt;/p&gt;&lt;p&gt;So that the problem can be fixed, click &lt;b&gt;Copy report&lt;/b&gt; and send it to the application&apos;s administrator (for example by email or WhatsApp).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Buka folder &amp;log</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Laporan tersalin ke papan klip.</source>
        <translation>Report copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
</context>
<context>
    <name>CreateSkpDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Buat SKP</source>
        <translation>&amp;Create SKP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Kosong</source>
        <translation>&amp;Empty</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Pendekatan:</source>
        <translation>&amp;Approach:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Salin SKP tahun %1 (%2 RHK, %3) — target dapat diubah</source>
        <translation>&amp;Copy the %1 SKP (%2 RHK, %3) — targets can be changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>(di luar basis data, dari Pengaturan kantor)</source>
        <translation>(outside the database, from the office settings)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>A&amp;lasan:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Alasan diperlukan</source>
        <translation>Reason required</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Buat SKP</source>
        <translation>Create SKP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Isi awal</source>
        <translation>Start with</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Isi dari &amp;pustaka RHK jabatan ini (dapat diubah)</source>
        <translation>Fill from this position&apos;s RHK &amp;library (can be changed)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Kualitatif (target berupa uraian)</source>
        <translation>Qualitative (target as a description)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Kuantitatif (target angka dan satuan)</source>
        <translation>Quantitative (numeric target and unit)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Pejabat p&amp;enilai:</source>
        <translation>Appraising &amp;official:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Pejabat penilai adalah atasan langsung. Bila keliru, minta operator memperbaiki data atasan.</source>
        <translation>The appraising official is the direct supervisor. If that is wrong, ask an operator to correct the supervisor data.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Pejabat penilai yang dipilih bukan atasan langsung. Tuliskan alasannya (minimal %1 karakter).</source>
        <translation>The chosen appraising official is not the direct supervisor. Write the reason (at least %1 characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Pejabat penilai:</source>
        <translation>Appraising official:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Pilih ulang RHK atasan</source>
        <translation>Choose the supervisor&apos;s RHK again</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>RHK atasan untuk RHK berikut tidak ditemukan pada SKP atasan tahun ini; pilih ulang di editor:

%1</source>
        <translation>The supervisor&apos;s RHK of the following RHKs was not found in the supervisor&apos;s SKP for this year; choose it again in the editor:

%1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>SKP %1 dibuat dan diisi %2 RHK dari pustaka.</source>
        <translation>SKP %1 created and filled with %2 RHK from the library.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>SKP %1 dibuat dari SKP %2: %3 RHK, %4 indikator disalin.</source>
        <translation>SKP %1 created from SKP %2: %3 RHK, %4 indicators copied.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>SKP %1 kosong dibuat.</source>
        <translation>Empty SKP %1 created.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Salin SKP tahun sebelumnya (tidak ada)</source>
        <translation>Copy last year&apos;s SKP (none)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>wajib bila bukan atasan langsung, mis. atasan cuti panjang</source>
        <translation>required when not the direct supervisor, e.g. supervisor on long leave</translation>
    </message>
</context>
<context>
    <name>DasborTab</name>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>% tepat waktu</source>
        <translation>% on time</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>%1 s.d. %2 · baris tebal: seluruh kecamatan</source>
        <translation>%1 to %2 · bold rows: the whole kecamatan</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Dasbor layanan disimpan.</source>
        <translation>Service dashboard saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Dasbor layanan disimpan: %1</source>
        <translation>Service dashboard saved: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Durasi dalam jam kerja: hanya jam layanan 08.00–16.00 pada hari kerja (Senin–Jumat, Perpres 21/2023) yang bukan hari libur pada daftar kantor; 1 hari kerja = 8 jam kerja. % tepat waktu = selesai dalam standar ÷ (selesai + belum selesai yang sudah lewat batas). P90 = persentil ke-90 (peringkat terdekat). IKM: nilai konversi SKM yang periodenya mencakup bulan itu.</source>
        <translation>Durations in working hours: only service hours 08:00–16:00 on working days (Monday–Friday, Perpres 21/2023) that are not holidays on the office&apos;s list; 1 working day = 8 working hours. % on time = finished within the standard ÷ (finished + unfinished already past the deadline). P90 = 90th percentile (nearest rank). IKM: converted value of the SKM whose period covers that month.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Ekspor dasbor layanan</source>
        <translation>Export service dashboard</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>IKM (× 25)</source>
        <translation>IKM (× 25)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Kecamatan (semua unit)</source>
        <translation>Whole kecamatan (all units)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Median (jam kerja)</source>
        <translation>Median (working hours)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Median waktu (jam kerja)</source>
        <translation>Median time (working hours)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Mengekspor dasbor…</source>
        <translation>Exporting the dashboard…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Mutu</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>P90 (jam kerja)</source>
        <translation>P90 (working hours)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Permohonan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Rata-rata respon (jam kerja)</source>
        <translation>Mean response (working hours)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Respon rata-rata (jam kerja)</source>
        <translation>Mean response (working hours)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Selesai rata-rata (jam kerja)</source>
        <translation>Mean resolution (working hours)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Selesai tepat waktu</source>
        <translation>Finished on time</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/dasbor.py"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/widgets.py"/>
        <source>Ketik tanggal hh-bb-tttt, misalnya 01-10-2026, 01102026, 01/10/26 atau 1 Okt 2026; kosongkan bila tidak ada.</source>
        <translation>Type the date as dd-mm-yyyy, e.g. 01-10-2026, 01102026, 01/10/26 or 1 Oct 2026; leave empty if none.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/widgets.py"/>
        <source>Pilih dari kalender</source>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/widgets.py"/>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>DiklatTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>%1 / %2 JP</source>
        <translation>%1 / %2 training hours</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Kurang %1 JP (PP 17/2020 Pasal 203)</source>
        <translation>%1 training hours short (PP 17/2020 Article 203)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Pengembangan kompetensi paling sedikit 20 jam pelajaran (JP) dalam 1 tahun (PP 11/2017 jo. PP 17/2020 Pasal 203). Dihitung menurut tanggal selesai.</source>
        <translation>Competence development of at least 20 training hours (JP) per year (PP 11/2017 as amended by PP 17/2020, Article 203). Counted by end date.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Tahun </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>✔ Target 20 JP tercapai</source>
        <translation>✔ 20 training-hour target reached</translation>
    </message>
</context>
<context>
    <name>DisiplinDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Disiplin %1</source>
        <translation>Discipline %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Disiplin %1: %2 isian disimpan.</source>
        <translation>Discipline %1: %2 entries saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Disiplin (%)</source>
        <translation>Discipline (%)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Persentase capaian komponen disiplin (0–100) menurut rekap kehadiran/disiplin bulan ini. Kosongkan bila belum diketahui.</source>
        <translation>Percentage of the discipline share attained (0–100) according to this month&apos;s attendance/discipline summary. Leave empty when not yet known.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
</context>
<context>
    <name>DistribusiTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Dinilai</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Kurva</source>
        <translation>Curve</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Predikat org.</source>
        <translation>Org. predicate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>disembunyikan</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>⚠ peringatan</source>
        <translation>⚠ warning</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>✓ sesuai</source>
        <translation>✓ meets</translation>
    </message>
</context>
<context>
    <name>DokumenTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>%1 dokumen evaluasi dicetak ke %2</source>
        <translation>%1 evaluation documents printed to %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>%1 dokumen evaluasi dicetak.</source>
        <translation>%1 evaluation documents printed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>%1 evaluasi siap dicetak. Pilih baris (Ctrl/Shift untuk beberapa) atau cetak semua.</source>
        <translation>%1 evaluations ready to print. Select rows (Ctrl/Shift for several) or print all.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Cetak semua…</source>
        <translation>Print all…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Cetak terpilih…</source>
        <translation>Print selected…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>F4 / Folio</source>
        <translation>F4 / Folio</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Folder tujuan</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Hanya final</source>
        <translation>Final only</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Kertas:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Mencetak %1 dokumen evaluasi…</source>
        <translation>Printing %1 evaluation documents…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Pilih dahulu evaluasi yang akan dicetak.</source>
        <translation>Select the evaluations to print first.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Predikat</source>
        <translation>Predicate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Satu berkas per pegawai</source>
        <translation>One file per employee</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Semua unit kerja</source>
        <translation>All work units</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Simpan Dokumen Evaluasi</source>
        <translation>Save Evaluation Document</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Sudah dinilai dan final</source>
        <translation>Appraised and final</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Saran</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
</context>
<context>
    <name>EvaluasiEditor</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>%1 berkas bukti ditambahkan.</source>
        <translation>%1 evidence files added.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>%1 indikator belum berisi realisasi. Isi realisasinya (pegawai atau operator), atau tuliskan &quot;Tidak dilaksanakan: &lt;alasan&gt;&quot; pada uraian realisasi, lalu finalisasi lagi.</source>
        <translation>%1 indicator(s) have no result yet. Record the result (employee or operator), or write &quot;Not carried out: &lt;reason&gt;&quot; in the description, then finalise again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>%1 permintaan masukan 360° dikirim.</source>
        <translation>%1 requests for 360° feedback sent.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>%1× atas, %2× sesuai, %3× bawah</source>
        <translation>%1× above, %2× as expected, %3× below</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>(belum ada bukti dukung)</source>
        <translation>(no supporting evidence yet)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>(belum ditetapkan)</source>
        <translation>(not set yet)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>+ Berkas…</source>
        <translation>+ File…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>+ Tautan…</source>
        <translation>+ Link…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>360°: %1</source>
        <translation>360°: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;b style=&apos;font-size:12pt&apos;&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; NIP %2&lt;br&gt;%3 — %4&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;Pejabat penilai: %5 · Periode: %6 · Status: &lt;b&gt;%7&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;b style=&apos;font-size:12pt&apos;&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; NIP %2&lt;br&gt;%3 — %4&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;Appraising official: %5 · Period: %6 · Status: &lt;b&gt;%7&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:#777&apos;&gt;(dibekukan saat finalisasi)&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:#777&apos;&gt;(frozen at finalisation)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;b&gt;belum ditetapkan&lt;/b&gt; &lt;span style=&apos;color:#b3261e&apos;&gt;— predikat organisasi %1 untuk periode ini belum ditetapkan oleh pimpinan; tidak disimpulkan dari rating.&lt;/span&gt;</source>
        <translation>&lt;b&gt;not set&lt;/b&gt; &lt;span style=&apos;color:#b3261e&apos;&gt;— the leadership has not set the organisation predicate of %1 for this period; it is not inferred from a rating.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;i&gt;Pilih indikator pada tabel di atas.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Select an indicator in the table above.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;i&gt;Pilih pegawai di daftar untuk membuka evaluasinya.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Select an employee in the list to open their evaluation.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;i&gt;rahasia&lt;/i&gt;</source>
        <translation>&lt;i&gt;confidential&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Ajukan ke pejabat penilai…</source>
        <translation>Submit to the appraising official…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Ajukan penilaian diri</source>
        <translation>Submit self-assessment</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Alamat (diawali http:// atau https://):</source>
        <translation>Address (starting with http:// or https://):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Alasan membatalkan finalisasi (tercatat di log audit):</source>
        <translation>Reason for undoing the finalization (recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Alasan penyesuaian (wajib bila rating berbeda dari saran periode):</source>
        <translation>Reason for the adjustment (required when the rating differs from the periods&apos; suggestion):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Alasan rating hasil kerja pimpinan unit berbeda dari capaian kinerja organisasi (dicetak pada dokumen):</source>
        <translation>Reason why the unit head&apos;s work-result rating differs from the organisational achievement (printed on the document):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Angka</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Angka dihitung dari catatan kantor; pejabat penilai dapat menimpanya dengan alasan.</source>
        <translation>The figure is computed from the office&apos;s records; the appraiser may override it with a reason.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Arahkan penunjuk ke nama nilai untuk melihat panduan perilakunya.</source>
        <translation>Point at a value&apos;s name to see its behavior guide.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Batalkan Finalisasi…</source>
        <translation>Undo Finalization…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Batalkan finalisasi</source>
        <translation>Undo finalization</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Belum ada periode yang dinilai.</source>
        <translation>No period appraised yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Belum ada permintaan masukan 360°. Rekan kerja dan bawahan dapat diminta memberi masukan per nilai BerAKHLAK; masukan bersifat informasi, bukan pengganti penilaian pejabat penilai.</source>
        <translation>No requests for 360° feedback yet. Colleagues and subordinates can be asked for feedback on each BerAKHLAK value; feedback is information, not a substitute for the appraising official&apos;s judgement.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Belum mengisi: %1</source>
        <translation>Not answered yet: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Bukti dukung:</source>
        <translation>Supporting evidence:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Capaian kinerja organisasi:</source>
        <translation>Organizational performance:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Catatan / rekomendasi:</source>
        <translation>Notes / recommendations:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Catatan penilaian diri:</source>
        <translation>Self-assessment notes:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Cetak Dokumen Evaluasi…</source>
        <translation>Print Evaluation Document…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Di Atas</source>
        <translation>Above</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Di Bawah</source>
        <translation>Below</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Diajukan pada %1.</source>
        <translation>Submitted on %1.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Diisi oleh pegawai yang bersangkutan (atau operator/admin atas namanya); pejabat penilai menilai dan memberi umpan balik.</source>
        <translation>Filled in by the employee concerned (or an operator/admin on his behalf); the appraising official rates and gives feedback.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Diisi oleh pegawai yang bersangkutan sendiri.</source>
        <translation>Filled in by the employee concerned only.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Diisi oleh pejabat penilai kinerja (atau admin).</source>
        <translation>Filled in by the appraising official (or an admin).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Diminta dari: %1</source>
        <translation>Requested from: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Diulang: %1.</source>
        <translation>Redone: %1.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Diurungkan: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Dokumen dan gambar (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.zip);;Semua berkas (*)</source>
        <translation>Documents and images (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Dokumen evaluasi disimpan.</source>
        <translation>Evaluation document saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Dokumen evaluasi disimpan: %1</source>
        <translation>Evaluation document saved: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Ekspektasi khusus pimpinan: %1</source>
        <translation>Leader&apos;s specific expectations: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Evaluasi %1 disimpan. Predikat: %2</source>
        <translation>Evaluation %1 saved. Predicate: %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Evaluasi %1 memiliki perubahan yang belum disimpan. Simpan sekarang?</source>
        <translation>Evaluation %1 has unsaved changes. Save now?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Evaluasi akan dikunci dan identitas pada dokumen dibekukan.
Tempat dan tanggal tanda tangan:</source>
        <translation>The evaluation will be locked and the identities on the document frozen.
Place and date of signing:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Evaluasi difinalkan.</source>
        <translation>Evaluation finalized.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Evaluasi ini sudah diubah di jendela atau komputer lain sejak perubahan Anda, sehingga perubahan itu tidak diurungkan: perubahan mereka tetap berlaku.

Riwayat urungkan evaluasi ini dikosongkan; editor kini menampilkan data terbaru.</source>
        <translation>This evaluation was changed in another window or on another computer after your change, so your change was not undone: their change stays.

The undo history of this evaluation was cleared; the editor now shows the current data.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Evaluasi tahunan: saran dari periode</source>
        <translation>Annual evaluation: suggestion from the periods</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Finalisasi belum dapat dilakukan</source>
        <translation>Cannot finalise yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Finalisasi dibatalkan.</source>
        <translation>Finalisation cancelled.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Finalisasi evaluasi</source>
        <translation>Finalize evaluation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Finalisasi…</source>
        <translation>Finalize…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Hapus bukti</source>
        <translation>Delete evidence</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Hapus bukti &quot;%1&quot;?</source>
        <translation>Delete the evidence &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Hasil Kerja</source>
        <translation>Work Results</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Indikator kinerja individu</source>
        <translation>Individual performance indicators</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Indikator terpilih</source>
        <translation>Selected indicator</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Komentar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Langkah yang direncanakan pada periode ini</source>
        <translation>Steps planned for this period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Masukan 360°</source>
        <translation>360° Feedback</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Masukan masuk: %1 dari %2 yang diminta.</source>
        <translation>Feedback received: %1 of %2 requested.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Mencetak dokumen evaluasi…</source>
        <translation>Printing the evaluation document…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Minta masukan…</source>
        <translation>Request feedback…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Paling banyak: %1</source>
        <translation>Most frequent: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian Diri</source>
        <translation>Self-Assessment</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian diri Anda belum diajukan; pejabat penilai baru dapat melihatnya setelah Anda mengajukannya.</source>
        <translation>Your self-assessment has not been submitted; the appraising official can see it only after you submit it.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian diri diajukan.</source>
        <translation>Self-assessment submitted.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian diri disimpan.</source>
        <translation>Self-assessment saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian diri pegawai belum diajukan. Isinya tidak ditampilkan kepada pejabat penilai sampai pegawai mengajukannya.</source>
        <translation>The employee has not submitted the self-assessment yet. Its content is not shown to the appraising official until the employee submits it.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian diri pegawai:</source>
        <translation>Employee&apos;s self-assessment:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian diri: hasil kerja</source>
        <translation>Self-assessment: work results</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Penilaian diri: perilaku kerja</source>
        <translation>Self-assessment: work behavior</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Perilaku Kerja</source>
        <translation>Work Behavior</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Perspektif: %1</source>
        <translation>Perspective: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Perubahan ini tidak dapat diurungkan: %1

Riwayat urungkan evaluasi ini dikosongkan.</source>
        <translation>This change cannot be undone: %1

The undo history of this evaluation was cleared.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Pilih berkas bukti dukung</source>
        <translation>Choose supporting evidence files</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Pimpinan unit: rating hasil kerja mengikuti capaian organisasi → &lt;b&gt;%1&lt;/b&gt; (SE MenPANRB 3/2023).</source>
        <translation>Unit head: the work-result rating follows the organisational achievement → &lt;b&gt;%1&lt;/b&gt; (SE MenPANRB 3/2023).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Predikat kinerja pegawai:</source>
        <translation>Employee performance predicate:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>RHK atasan yang diintervensi: %1</source>
        <translation>Supervisor&apos;s RHK it contributes to: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Rating &amp;&amp; Predikat</source>
        <translation>Rating &amp;&amp; Predicate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Rating hasil kerja</source>
        <translation>Work-result rating</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Rating pejabat penilai diubah oleh %1, %2, dari %3 menjadi %4; alasan: %5</source>
        <translation>Appraising official&apos;s rating changed by %1, %2, from %3 to %4; reason: %5</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Rating perilaku kerja</source>
        <translation>Work-behavior rating</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Realisasi</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Realisasi angka &apos;%1&apos; pada indikator &quot;%2&quot; bukan angka; gunakan misalnya 95,5.</source>
        <translation>The achievement &apos;%1&apos; for indicator &quot;%2&quot; is not a number; use e.g. 95,5.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Realisasi belum diisi pada %1 indikator; rating boleh disimpan, tetapi finalisasi memerlukan realisasi (atau catatan &quot;Tidak dilaksanakan&quot;) untuk setiap indikator:</source>
        <translation>No result recorded for %1 indicator(s); the rating may be saved, but finalisation needs a result (or a &quot;Not carried out&quot; note) for every indicator:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Realisasi berupa angka; koma untuk desimal, misalnya 95,5</source>
        <translation>The achievement is a number; use a comma for decimals, e.g. 95,5</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Realisasi:</source>
        <translation>Achievement:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Rencana aksi:</source>
        <translation>Action plan:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Rencana aksi: %1</source>
        <translation>Action plan: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Ringkasan ditampilkan setelah paling sedikit %1 masukan masuk, agar tidak ada pemberi masukan yang dapat dikenali.</source>
        <translation>The summary is shown once at least %1 answers are in, so that no giver can be identified.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Ringkasan masukan 360° (rekan kerja dan bawahan)</source>
        <translation>360° feedback summary (colleagues and subordinates)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Ringkasan masukan 360° hanya dapat dilihat oleh pejabat penilai dan admin.</source>
        <translation>The 360° feedback summary can only be seen by the appraising official and administrators.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Riwayat urungkan evaluasi ini dikosongkan: langkah alur kerja tidak dapat diurungkan.</source>
        <translation>The undo history of this evaluation was cleared: workflow steps cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Saran (hasil / perilaku)</source>
        <translation>Suggestion (results / behavior)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Sesuai</source>
        <translation>As Expected</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Setelah diajukan, penilaian diri dapat dilihat pejabat penilai dan tidak dapat diubah lagi. Ajukan sekarang?</source>
        <translation>Once submitted, the self-assessment is visible to the appraising official and can no longer be changed. Submit now?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Siapa yang belum mengisi tidak ditampilkan: daftar itu akan menunjukkan siapa yang sudah memberi masukan anonim.</source>
        <translation>Who has not answered yet is not shown: that list would reveal who has given anonymous input.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Simpan Dokumen Evaluasi</source>
        <translation>Save Evaluation Document</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Simpan draf</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Simpan perubahan (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Sudah diajukan; penilaian diri tidak dapat diubah lagi.</source>
        <translation>Already submitted; the self-assessment can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Tautan bukti dukung</source>
        <translation>Supporting evidence link</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Terapkan saran</source>
        <translation>Apply suggestion</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Tetapkan dan kunci evaluasi; identitas pada dokumen dibekukan.</source>
        <translation>Set and lock the evaluation; the identities on the document are frozen.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Tidak ada perubahan.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Tidak dapat diurungkan</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Umpan balik:</source>
        <translation>Feedback:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Uraian realisasi, atau &quot;Tidak dilaksanakan: &lt;alasan&gt;&quot;</source>
        <translation>Description of the result, or &quot;Not carried out: &lt;reason&gt;&quot;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Urungkan ditolak; riwayat urungkan evaluasi ini dikosongkan.</source>
        <translation>Undo refused; the undo history of this evaluation was cleared.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>belum diajukan</source>
        <translation>not submitted yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>belum lengkap</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>ditetapkan untuk %1</source>
        <translation>set for %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>hasil kerja %1, perilaku %2 (diajukan %3)</source>
        <translation>work results %1, behavior %2 (submitted %3)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>mengikuti matriks PermenPANRB 6/2022; tidak dapat diketik</source>
        <translation>follows the PermenPANRB 6/2022 matrix; cannot be typed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>mengikuti unit induk dari %1</source>
        <translation>follows the parent unit, from %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>mis. rekomendasi pelatihan, penghargaan, atau pembinaan</source>
        <translation>e.g. recommended training, awards or coaching</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>sudah diisi di bawah; periksa lalu Simpan</source>
        <translation>already filled in below; check it, then Save</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>ubah rating %1</source>
        <translation>edit rating of %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>ubah realisasi %1</source>
        <translation>edit realisation of %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>ubah realisasi dan penilaian %1</source>
        <translation>edit realisation and rating of %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>ubah umpan balik %1</source>
        <translation>edit feedback for %1</translation>
    </message>
</context>
<context>
    <name>FeedbackBox</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Pilih frasa standar atau ketik umpan balik…</source>
        <translation>Pick a standard phrase or type feedback…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Umpan balik berkelanjutan: pilih frasa standar dari daftar atau ketik sendiri.</source>
        <translation>Continuous feedback: pick a standard phrase from the list or type your own.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>&lt;p&gt;&lt;b&gt;Yang dikenali:&lt;/b&gt; kolom NIP / NIP BARU / nip_baru, NAMA / NAMA LENGKAP / &quot;NAMA / NIP&quot;, GOL/RUANG / PANGKAT, GOL / gol_ruang_akhir, TMT GOL / TMT PANGKAT, TGL LAHIR / &quot;TEMPAT, TGL LAHIR&quot;, L/P / JENIS KELAMIN, UNIT KERJA / unor_nama, JABATAN, NIP ATASAN, dan lainnya.&lt;/p&gt;&lt;p&gt;&lt;b&gt;NIP harus berupa teks.&lt;/b&gt; NIP yang tersimpan sebagai angka (mis. 1,98E+17) sudah kehilangan digit terakhirnya dan akan ditolak dengan petunjuk cara memperbaikinya.&lt;/p&gt;&lt;p&gt;Pegawai dicocokkan dengan NIP. Sel kosong tidak menghapus data yang sudah ada.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Recognized:&lt;/b&gt; the columns NIP / NIP BARU / nip_baru, NAMA / NAMA LENGKAP / &quot;NAMA / NIP&quot;, GOL/RUANG / PANGKAT, GOL / gol_ruang_akhir, TMT GOL / TMT PANGKAT, TGL LAHIR / &quot;TEMPAT, TGL LAHIR&quot;, L/P / JENIS KELAMIN, UNIT KERJA / unor_nama, JABATAN, NIP ATASAN, and more.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The NIP must be text.&lt;/b&gt; A NIP stored as a number (e.g. 1,98E+17) has already lost its last digits and is rejected with advice on how to fix it.&lt;/p&gt;&lt;p&gt;Employees are matched by NIP. Empty cells do not erase existing data.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>DUK, ekspor SIASN/BKPSDM, atau berkas ekspor aplikasi ini. Judul, judul kolom dua baris, baris kosong, dan blok tanda tangan dikenali otomatis; tidak ada yang disimpan sebelum Anda melihat pratinjaunya.</source>
        <translation>A DUK, a SIASN/BKPSDM export, or an export file of this application. Titles, two-row column headings, empty rows and signature blocks are recognized automatically; nothing is saved before you have seen the preview.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Lokasi berkas .xlsx / .xls / .ods</source>
        <translation>Location of the .xlsx / .xls / .ods file</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Pilih berkas daftar pegawai</source>
        <translation>Choose the employee roster file</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Pilih daftar pegawai</source>
        <translation>Choose the employee roster</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Buat akun</source>
        <translation>&amp;Create account</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Nama lengkap:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&lt;h3&gt;Akun admin pertama&lt;/h3&gt;&lt;p&gt;Basis data ini belum memiliki akun. Buat akun admin untuk mengelola pengguna, cadangan, dan pengaturan. Penilaian kinerja bersifat rahasia: pilih kata sandi yang tidak mudah ditebak dan simpan di tempat aman.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;First administrator account&lt;/h3&gt;&lt;p&gt;This database has no accounts yet. Create an administrator account to manage users, backups and settings. Performance appraisals are confidential: choose a password that is hard to guess and keep it somewhere safe.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Buat akun admin — %1</source>
        <translation>Create administrator account — %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Kata sandi masih kurang dari %1 karakter.</source>
        <translation>The password is still shorter than %1 characters.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Kata sandi minimal %1 karakter; campurkan huruf dan angka.</source>
        <translation>Passwords need at least %1 characters; mix letters and digits.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Kedua kata sandi belum sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Ketik kata sandi sekali lagi untuk memastikan.</source>
        <translation>Type the password once more to be sure.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>minimal %1 karakter</source>
        <translation>at least %1 characters</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>&amp;Impor daftar pegawai dari Excel BKPSDM</source>
        <translation>&amp;Import the employee roster from a BKPSDM Excel file</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>&lt;h3&gt;Basis data baru&lt;/h3&gt;&lt;p&gt;Basis data ini masih kosong. Bagaimana Anda ingin memulai?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;New database&lt;/h3&gt;&lt;p&gt;This database is still empty. How would you like to start?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>&lt;small&gt;Identitas kantor (dapat diubah nanti di Pengaturan):&lt;/small&gt;</source>
        <translation>&lt;small&gt;Office identity (can be changed later in Settings):&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Alamat server:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Bila beberapa PC bekerja pada satu basis data; alamat dari admin server.</source>
        <translation>When several PCs work on one database; the address comes from the server administrator.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>DUK atau ekspor SIASN; pratinjau sebelum disimpan.</source>
        <translation>DUK or SIASN export; preview before saving.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Hubungkan ke &amp;server basis data kantor (PostgreSQL)</source>
        <translation>Connect to the office&apos;s database &amp;server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Instansi:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Isi sendiri unit kerja dan pegawai.</source>
        <translation>Enter work units and employees yourself.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Membuat data demo…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Muat data &amp;demo (Kecamatan Maulafa, ±40 pegawai)</source>
        <translation>Load &amp;demo data (Kecamatan Maulafa, about 40 employees)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Mulai dengan basis data &amp;kosong</source>
        <translation>Start with an &amp;empty database</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Nama kantor:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Selamat datang di %1</source>
        <translation>Welcome to %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Tulis alamat server seperti postgresql://pengguna@server/nama_basis_data (tanpa kata sandi; kata sandi ditanyakan saat menghubungkan).</source>
        <translation>Write the server address like postgresql://user@server/database_name (without a password; the password is asked for when connecting).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Untuk mencoba aplikasi: pegawai, SKP, dan penilaian contoh.</source>
        <translation>To try the application: sample employees, SKPs and appraisals.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>mis. Kecamatan Maulafa</source>
        <translation>e.g. Kecamatan Maulafa</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>mis. Pemerintah Kota Kupang</source>
        <translation>e.g. Pemerintah Kota Kupang</translation>
    </message>
</context>
<context>
    <name>FormExportDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>%1 — %2 (%3 bawahan)</source>
        <translation>%1 — %2 (%3 subordinates)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&amp;Buat formulir…</source>
        <translation>&amp;Create form…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Belum ada SKP atau periode untuk tahun ini.</source>
        <translation>No SKP or period for this year yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Buat formulir penilaian offline</source>
        <translation>Create an offline appraisal form</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Formulir Excel terkunci untuk satu pejabat penilai: hanya sel rating, catatan, dan umpan balik yang dapat diisi (pilihan rating berupa daftar). Setelah diisi, impor kembali melalui &quot;Impor formulir terisi&quot;; perubahan ditampilkan dulu sebelum disimpan.</source>
        <translation>A locked Excel form for one appraising official: only the rating, note and feedback cells can be filled in (ratings are picked from a list). Once filled in, import it back through &quot;Import filled form&quot;; the changes are shown before they are saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Pejabat &amp;penilai:</source>
        <translation>Appraising &amp;official:</translation>
    </message>
</context>
<context>
    <name>FormImportDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&amp;Simpan penilaian</source>
        <translation>&amp;Save appraisals</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · periode &lt;b&gt;%2&lt;/b&gt; · pejabat penilai &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · period &lt;b&gt;%2&lt;/b&gt; · appraising official &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;%4</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Berubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Impor formulir penilai</source>
        <translation>Import appraiser form</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Menyimpan penilaian…</source>
        <translation>Saving the appraisals…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Perubahan / masalah</source>
        <translation>Changes / problems</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Predikat</source>
        <translation>Predicate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Simpan laporan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Simpan penilaian</source>
        <translation>Save appraisals</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Simpan penilaian dari formulir untuk %1 pegawai? Cadangan dibuat lebih dulu.</source>
        <translation>Save the appraisals from the form for %1 employees? A backup is made first.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Tidak berubah</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Foto</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/widgets.py"/>
        <source>Berkas %1 bukan gambar yang dapat dibaca (gunakan JPG atau PNG).</source>
        <translation>File %1 is not a readable image (use JPG or PNG).</translation>
    </message>
</context>
<context>
    <name>GajiBerkalaTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>%1 pegawai jatuh tempo kenaikan gaji berkala %2 s.d. %3. Dihitung setiap 2 tahun dari TMT CPNS (kolom &apos;TMT CPNS&apos; data pegawai, PP 7/1977 Pasal 7); syarat kinerja: predikat tahun sebelumnya paling rendah Baik.</source>
        <translation>%1 employees are due a periodic salary increase from %2 to %3. Counted every 2 years from TMT CPNS (employee field &apos;TMT CPNS&apos;, PP 7/1977 Article 7); performance condition: the previous year&apos;s rating at least Good.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>%1 th</source>
        <translation>%1 yrs</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Jatuh tempo dalam</source>
        <translation>Due within</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>KGB berikut</source>
        <translation>Next salary step</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Kinerja memenuhi</source>
        <translation>Performance met</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Masa kerja</source>
        <translation>Years of service</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Memenuhi</source>
        <translation>Qualifies</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Predikat</source>
        <translation>Predicate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>TMT CPNS</source>
        <translation>CPNS start date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>TMT CPNS belum diisi untuk %1 pegawai.</source>
        <translation>TMT CPNS is empty for %1 employees.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Tidak memenuhi</source>
        <translation>Does not qualify</translation>
    </message>
</context>
<context>
    <name>HasilBanner</name>
    <message>
        <location filename="../../asn_desktop/ui/hasil.py"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/hasil.py"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/hasil.py"/>
        <source>Tutup pesan</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../asn_desktop/ui/bantuan.py"/>
        <source>Cari di panduan…</source>
        <translation>Search the guide…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/bantuan.py"/>
        <source>Ditemukan di %1 bagian. Tekan Enter untuk mencari berikutnya.</source>
        <translation>Found in %1 sections. Press Enter to find the next.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/bantuan.py"/>
        <source>Kembali (Alt+Kiri)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/bantuan.py"/>
        <source>Maju (Alt+Kanan)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/bantuan.py"/>
        <source>Maju ▶</source>
        <translation>Forward ▶</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/bantuan.py"/>
        <source>Panduan Pengguna — %1</source>
        <translation>User Guide — %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/bantuan.py"/>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/bantuan.py"/>
        <source>Tidak ditemukan di panduan.</source>
        <translation>Not found in the guide.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/bantuan.py"/>
        <source>◀ Kembali</source>
        <translation>◀ Back</translation>
    </message>
</context>
<context>
    <name>IdentitasTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>&amp;Batalkan perubahan</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>&amp;Ganti kunci…</source>
        <translation>&amp;Replace key…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>(dibuat otomatis saat paket hasil pertama diekspor)</source>
        <translation>(created automatically when the first results package is exported)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>&lt;small&gt;Atasan langsung Camat berada di tingkat kabupaten/kota dan biasanya tidak ada di basis data ini; datanya dicetak sebagai atasan pejabat penilai pada SKP Camat.&lt;/small&gt;</source>
        <translation>&lt;small&gt;The Camat&apos;s direct supervisor works at regency/city level and is usually not in this database; these details are printed as the appraising official&apos;s supervisor on the Camat&apos;s SKP.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>&lt;small&gt;Setiap paket hasil yang diekspor ditandatangani dengan kunci kantor ini. Saat paket pertama digabungkan, petugas kabupaten menelepon dan mencocokkan sidik jari di bawah ini; setelah itu kabupaten hanya menerima paket yang ditandatangani dengan kunci ini.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Every exported results package is signed with this office&apos;s key. When the first package is merged, the regency staff phone you and compare the fingerprint below; from then on the regency only accepts packages signed with this key.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Atasan pejabat penilai Camat</source>
        <translation>Supervisor of the Camat&apos;s appraising official</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Buat &amp;kunci sekarang</source>
        <translation>Create &amp;key now</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Ganti kunci kantor</source>
        <translation>Replace office key</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Hanya admin yang dapat mengubah identitas kantor.</source>
        <translation>Only an administrator can change the office identity.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Identitas ini dicetak pada SKP, dokumen evaluasi, dan laporan, serta ditulis pada berkas pertukaran Excel.</source>
        <translation>This identity is printed on SKPs, evaluation documents and reports, and written into the Excel exchange files.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Identitas kantor disimpan.</source>
        <translation>Office identity saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Kode kantor</source>
        <translation>Office code</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Kunci kantor diganti; sidik jari baru %1</source>
        <translation>Office key replaced; new fingerprint %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Kunci lama tidak dipakai lagi; kabupaten harus menerima kunci baru (sidik jari dicocokkan lewat telepon) sebelum paket berikutnya diterima.

Alasan penggantian (dicatat di log audit):</source>
        <translation>The old key will no longer be used; the regency must accept the new key (fingerprint compared by phone) before the next package is accepted.

Reason for the replacement (recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Kunci tanda tangan paket hasil</source>
        <translation>Results package signing key</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>NIP atasan: %1</source>
        <translation>Supervisor&apos;s NIP: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Pangkat/Gol. ruang</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Sidik jari:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Simpan identitas kantor (Ctrl+S)</source>
        <translation>Save the office identity (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Tempat penandatanganan</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>dibuat %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/identitas.py"/>
        <source>mis. %1</source>
        <translation>e.g. %1</translation>
    </message>
</context>
<context>
    <name>IkatanDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>&amp;Jenis layanan:</source>
        <translation>Service &amp;type:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>&amp;Lingkup:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>&amp;Pakai</source>
        <translation>&amp;Use</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>&amp;Ukuran:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>(tidak diukur dari catatan — realisasi diisi manual)</source>
        <translation>(not measured from records — realisation entered by hand)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Realisasi indikator ini akan dihitung dari survei kepuasan masyarakat (SKM), register layanan, atau register pengaduan pada setiap periode penilaian. Pejabat penilai tetap dapat menimpa angkanya dengan alasan.</source>
        <translation>This indicator&apos;s realisation will be computed from the community satisfaction surveys (SKM), the service register or the complaint register in every appraisal period. The appraiser can still override the figure with a reason.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Sumber: %1. Satuan: %2 (%3).
%4</source>
        <translation>Source: %1. Unit: %2 (%3).
%4</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Ukur dari catatan kantor</source>
        <translation>Measure from the office&apos;s records</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>kosong = semua jenis layanan</source>
        <translation>empty = all service types</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>makin besar makin baik</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>makin kecil makin baik</source>
        <translation>lower is better</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>%1 responden terbaca: %2 dapat diimpor, %3 ditolak (lihat daftar).</source>
        <translation>%1 respondents read: %2 can be imported, %3 rejected (see the list).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Belum dipetakan: %1 (dianggap tidak dijawab).</source>
        <translation>Not mapped yet: %1 (counted as not answered).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Berkas %1, lembar &quot;%2&quot;, judul kolom di baris %3. Pilih untuk setiap kolom unsur atau isian yang dimaksud.</source>
        <translation>File %1, sheet &quot;%2&quot;, column headings in row %3. For each column choose the element or field it holds.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Contoh isi</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Dipetakan ke</source>
        <translation>Mapped to</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Impor jawaban survei</source>
        <translation>Import survey answers</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Judul kolom</source>
        <translation>Column heading</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Setiap unsur/isian hanya boleh dari satu kolom: %1 dipilih lebih dari sekali.</source>
        <translation>Each element/field may come from one column only: %1 chosen more than once.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../asn_desktop/ui/layanan/common.py"/>
        <source>&lt;b&gt;%1 baris terbaca: %2 dapat diimpor, %3 ditolak.&lt;/b&gt; Baris yang ditolak tidak disimpan sama sekali; perbaiki di berkas lalu impor lagi.</source>
        <translation>&lt;b&gt;%1 rows read: %2 can be imported, %3 rejected.&lt;/b&gt; Rejected rows are not stored at all; fix them in the file and import again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/common.py"/>
        <source>&lt;b&gt;Ditolak&lt;/b&gt; (berkas, lembar, baris, kolom, isi, yang diharapkan)</source>
        <translation>&lt;b&gt;Rejected&lt;/b&gt; (file, sheet, row, column, content, what was expected)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/common.py"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/common.py"/>
        <source>Berkas %1, lembar &quot;%2&quot;, judul kolom di baris %3. Kolom dikenali: %4.</source>
        <translation>File %1, sheet &quot;%2&quot;, column headings in row %3. Columns recognised: %4.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/common.py"/>
        <source>Impor %1 baris</source>
        <translation>Import %1 rows</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/common.py"/>
        <source>Kolom tidak dipakai: %1.</source>
        <translation>Columns not used: %1.</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>+ Indikator</source>
        <translation>+ Indicator</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Diukur dari catatan</source>
        <translation>Measured from records</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Hapus indikator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Hitung realisasi indikator terpilih dari SKM atau register layanan/pengaduan</source>
        <translation>Compute the selected indicator&apos;s realisation from the SKM or the service/complaint registers</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Indikator %1: %2 &apos;%3&apos; bukan angka (contoh: 12 atau 12,5).</source>
        <translation>Indicator %1: %2 &apos;%3&apos; is not a number (e.g. 12 or 12,5).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Indikator kinerja individu</source>
        <translation>Individual performance indicators</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Isi 3 aspek standar</source>
        <translation>Fill in the 3 standard aspects</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Ketik langsung di sel. Target angka: 12 atau 12,5; rentang: isi juga kolom &apos;s.d.&apos;.</source>
        <translation>Type directly in the cells. Numeric target: 12 or 12,5; range: fill in the &apos;to&apos; column as well.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Klik dua kali untuk memilih ukuran dari catatan kantor</source>
        <translation>Double-click to choose a measure from the office&apos;s records</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Makin kecil makin baik (mis. waktu respon, waktu tunggu): capaian dihitung terbalik</source>
        <translation>Smaller is better (e.g. response time, waiting time): achievement is computed inversely</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Naikkan (Ctrl+Atas)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Tambahkan baris Kuantitas, Kualitas, dan Waktu yang masih kosong</source>
        <translation>Add the missing Quantity, Quality and Time rows</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Target (uraian)</source>
        <translation>Target (description)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Target s.d.</source>
        <translation>Target up to</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Turunkan (Ctrl+Bawah)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Ukur dari catatan…</source>
        <translation>Measure from records…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>s.d. (rentang)</source>
        <translation>to (range)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>↓ baik</source>
        <translation>↓ better</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>▼</source>
        <translation>▼</translation>
    </message>
</context>
<context>
    <name>InsentifTab</name>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>%1 — dasar: %2. %3 dari %4 pegawai dapat dihitung; jumlah %5.</source>
        <translation>%1 — basis: %2. %3 of %4 employees can be computed; total %5.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Aturan TPP kinerja (versi menurut tanggal berlaku)</source>
        <translation>Performance allowance (TPP) rules (versions by effective date)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Aturan disimpan: %1</source>
        <translation>Rule saved: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Berlaku mulai</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Disiplin</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Disiplin %1 diimpor untuk %2 pegawai.</source>
        <translation>Discipline for %1 imported for %2 employees.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Disiplin diisi per bulan: pilih satu bulan.</source>
        <translation>Discipline is entered per month: choose a single month.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Ekspor untuk bendahara…</source>
        <translation>Export for the treasurer…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Hapus aturan</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Hapus aturan %1?</source>
        <translation>Delete rule %1?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Impor disiplin</source>
        <translation>Import discipline</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Impor disiplin…</source>
        <translation>Import discipline…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Isi disiplin…</source>
        <translation>Enter discipline…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Kelas</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Kelas diatur</source>
        <translation>Grades set</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Kinerja</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Komponen disiplin</source>
        <translation>Discipline share</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Masa:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Nama / dasar hukum</source>
        <translation>Name / legal basis</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Pilih dahulu aturan yang akan diubah.</source>
        <translation>First select the rule to change.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Porsi kinerja</source>
        <translation>Performance share</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Predikat</source>
        <translation>Predicate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Predikat (SB/B/BP/K/SK)</source>
        <translation>Rating (SB/B/BP/K/SK)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>TPP</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Tambah aturan…</source>
        <translation>Add rule…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Ubah aturan</source>
        <translation>Edit rule</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/insentif.py"/>
        <source>tidak ada aturan yang berlaku</source>
        <translation>no rule in force</translation>
    </message>
</context>
<context>
    <name>Isi360Dialog</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;b&gt;Komentar&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comments&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;b&gt;Nilai&lt;/b&gt;</source>
        <translation>&lt;b&gt;Value&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>&lt;b&gt;Rating&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rating&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Evaluasi ini sudah final; masukan tidak dapat diubah.</source>
        <translation>This evaluation is final; the input can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Kirim masukan</source>
        <translation>Send feedback</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Kirim sebagai anonim (nama Anda tidak ditampilkan kepada pejabat penilai)</source>
        <translation>Send anonymously (your name is not shown to the appraising official)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Masukan 360° yang diminta dari Anda</source>
        <translation>360° feedback requested from you</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Periode ini sudah ditutup; masukan tidak dapat diubah.</source>
        <translation>This period is closed; feedback cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Terima kasih, masukan terkirim. Anda dapat memperbaikinya selama periode masih dibuka.</source>
        <translation>Thank you, your feedback was sent. You can correct it while the period is open.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Untuk:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>terkirim</source>
        <translation>sent</translation>
    </message>
</context>
<context>
    <name>KarierPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Asesmen Potensi</source>
        <translation>Potential Assessments</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Gaji Berkala</source>
        <translation>Salary Steps</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Karier</source>
        <translation>Careers</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Kenaikan Pangkat</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Menengah</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Rapor Kinerja</source>
        <translation>Performance Report Card</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Talenta (Nine-Box)</source>
        <translation>Talent (Nine-Box)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
</context>
<context>
    <name>KeamananTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/keamanan.py"/>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/keamanan.py"/>
        <source>&amp;Kunci otomatis setelah tidak dipakai:</source>
        <translation>&amp;Lock automatically after being idle for:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/keamanan.py"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/keamanan.py"/>
        <source>&lt;small&gt;Berlaku untuk semua pengguna di basis data ini. Jendela yang terkunci hanya dapat dibuka dengan kata sandi pengguna yang sedang masuk; pekerjaan yang terbuka tetap utuh. Kunci kapan saja dengan Berkas › Kunci (Ctrl+L); ganti pengguna dengan Berkas › Ganti pengguna (Ctrl+Shift+L). 0 = tidak pernah terkunci otomatis.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Applies to every user of this database. A locked window opens only with the password of the user who is logged in; open work stays intact. Lock at any time with File › Lock (Ctrl+L); switch user with File › Switch user (Ctrl+Shift+L). 0 = never lock automatically.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/keamanan.py"/>
        <source>Kunci otomatis disimpan.</source>
        <translation>Automatic lock saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/keamanan.py"/>
        <source>mati</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>KelengkapanTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Belum ada tahun kinerja.</source>
        <translation>No performance year yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>SKP disetujui</source>
        <translation>SKPs approved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>SKP proses</source>
        <translation>SKPs pending</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Tahun %1: %2 pegawai aktif, %3 SKP disetujui, %4 SKP masih diproses, %5 tanpa SKP. Kolom periode: jumlah pegawai yang sudah dinilai dari SKP yang disetujui.</source>
        <translation>Year %1: %2 active employees, %3 SKPs approved, %4 SKPs in progress, %5 without an SKP. Period columns: number of employees appraised among the approved SKPs.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Tanpa SKP</source>
        <translation>No SKP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
</context>
<context>
    <name>KenaikanPangkatTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source> dan </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Cari…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Ekspor usulan ke Excel…</source>
        <translation>Export proposal to Excel…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Hanya yang memenuhi syarat</source>
        <translation>Eligible only</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Lembar &apos;Usulan KP&apos; untuk dikirim ke BKPSDM dan lembar &apos;Belum Memenuhi&apos; dengan alasannya</source>
        <translation>Sheet &apos;Usulan KP&apos; to send to BKPSDM and sheet &apos;Belum Memenuhi&apos; with the reasons</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Memenuhi</source>
        <translation>Qualifies</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Periode kenaikan pangkat (TMT):</source>
        <translation>Promotion date (TMT):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Predikat %1</source>
        <translation>Rating %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>TMT %1: %2 dari %3 PNS memenuhi syarat (PP 99/2000 jo. PP 12/2002 Pasal 18: paling singkat 4 tahun dalam pangkat, predikat paling rendah Baik pada %4, dalam batas pangkat menurut pendidikan). %5 CPNS/PPPK tidak diperiksa.</source>
        <translation>TMT %1: %2 of %3 civil servants are eligible (PP 99/2000 as amended by PP 12/2002 Article 18: at least 4 years in rank, rating at least Good in %4, within the highest rank for their education). %5 CPNS/PPPK not checked.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>TMT Gol.</source>
        <translation>Grade since</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Usulan</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Yang belum terpenuhi</source>
        <translation>Not yet met</translation>
    </message>
</context>
<context>
    <name>KinerjaSayaPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Akun ini tidak terhubung dengan data pegawai, sehingga tidak ada kinerja pribadi untuk ditampilkan. Admin dapat menghubungkannya di Pengaturan › Pengguna.</source>
        <translation>This account is not linked to an employee, so there is no personal performance to show. An admin can link it in Settings › Users.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Belum ada predikat di unit %1 untuk tahun %2.</source>
        <translation>No ratings in %1 for %2 yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Cetak Rapor Kinerja (PDF)…</source>
        <translation>Print performance report card (PDF)…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Dinilai</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Distribusi Unit Saya</source>
        <translation>My Unit’s Distribution</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Indikator / nilai perilaku</source>
        <translation>Indicator / behaviour value</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>JP</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Jumlah RHK</source>
        <translation>Work results</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Kinerja Saya</source>
        <translation>My Performance</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Lihat kinerja pegawai lain (pejabat penilai: bawahannya; admin: siapa pun)</source>
        <translation>See another employee&apos;s performance (appraiser: their staff; admin: anyone)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Mencetak Rapor Kinerja…</source>
        <translation>Printing performance report cards…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Nomor SK</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Pejabat penilai</source>
        <translation>Appraiser</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Pemberi</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Pengembangan Kompetensi</source>
        <translation>Competency Development</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Pengembangan kompetensi %1: %2 dari 20 JP</source>
        <translation>Competency development %1: %2 of 20 hours</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Penghargaan</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Penghargaan: %1</source>
        <translation>Awards: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Predikat</source>
        <translation>Predicate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Predikat terakhir (%1 %2):</source>
        <translation>Latest rating (%1 %2):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Predikat terakhir: %1</source>
        <translation>Latest rating: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Predikat tidak dapat dilihat dengan akun ini.</source>
        <translation>Ratings cannot be seen with this account.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Rapor Kinerja disimpan.</source>
        <translation>Performance report card saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Rating hasil kerja</source>
        <translation>Work-result rating</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Rating perilaku kerja</source>
        <translation>Work-behavior rating</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>SKP &amp;&amp; Umpan Balik</source>
        <translation>SKP &amp;&amp; Feedback</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Saya sendiri</source>
        <translation>Myself</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Sebaran predikat di %1 tahun %2, tanpa nama. Unit dengan kurang dari 3 pegawai yang dinilai tidak ditampilkan jumlahnya agar predikat perorangan tetap rahasia.</source>
        <translation>Distribution of ratings in %1 in %2, without names. Units with fewer than 3 rated employees show no counts so that individual ratings stay confidential.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Simpan Rapor Kinerja</source>
        <translation>Save performance report card</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Tahunan (riwayat)</source>
        <translation>Annual (history)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Tindak Lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Tindak lanjut dari rapat evaluasi kinerja (%1 terbuka), rekomendasi pejabat penilai dan kebutuhan pengembangan kompetensi.</source>
        <translation>Follow-ups from performance evaluation meetings (%1 open), the appraiser&apos;s recommendations and development needs.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Tindak lanjut rapat evaluasi kinerja belum tersedia pada versi ini; rekomendasi pejabat penilai dan kebutuhan pengembangan kompetensi ditampilkan di bawah.</source>
        <translation>Follow-ups of performance evaluation meetings are not available in this version; the appraiser&apos;s recommendations and development needs are shown below.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Umpan balik pejabat penilai tahun %1: %2</source>
        <translation>Appraiser&apos;s feedback in %1: %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/kinerja_saya.py"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>KurvaPanel</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source> (mengikuti unit induk)</source>
        <translation> (follows the parent unit)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>&lt;b&gt;Kurva distribusi — %1&lt;/b&gt;&lt;br&gt;&lt;small&gt;%2 · Predikat organisasi: &lt;b&gt;%3&lt;/b&gt;%4 · Dinilai %5 dari %6&lt;/small&gt;</source>
        <translation>&lt;b&gt;Distribution curve — %1&lt;/b&gt;&lt;br&gt;&lt;small&gt;%2 · Organization predicate: &lt;b&gt;%3&lt;/b&gt;%4 · Appraised %5 of %6&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>&lt;b&gt;Kurva distribusi&lt;/b&gt;</source>
        <translation>&lt;b&gt;Distribution curve&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>Admin menetapkannya di Pengaturan Periode.</source>
        <translation>An admin sets it in Period Settings.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>Jumlah per predikat tidak ditampilkan: unit ini memiliki kurang dari %1 pegawai yang dinilai, sehingga jumlahnya akan menunjukkan predikat perorangan. Admin dapat melihatnya.</source>
        <translation>Counts per predikat are not shown: this unit has fewer than %1 rated employees, so the counts would reveal individual predikat. The administrator can see them.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>Peringatan (tidak memblokir penilaian):</source>
        <translation>Warnings (do not block the appraisal):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>Pilih periode dan unit kerja untuk melihat kurva distribusi.</source>
        <translation>Choose a period and a work unit to see the distribution curve.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>SB Sangat Baik · B Baik · BP Butuh Perbaikan · K/M Kurang/Misconduct · SK Sangat Kurang. </source>
        <translation>SB Very Good · B Good · BP Needs Improvement · K/M Poor/Misconduct · SK Very Poor. </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>Tetapkan predikat organisasi…</source>
        <translation>Set organisation predicate…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>Tetapkan sesuai keputusan pimpinan:</source>
        <translation>Set it as the leadership decided:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>Tidak disimpulkan dari rating siapa pun.</source>
        <translation>It is not inferred from anyone&apos;s rating.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/kurva.py"/>
        <source>belum ditetapkan</source>
        <translation>not set yet</translation>
    </message>
</context>
<context>
    <name>LangkahPertamaPanel</name>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>%1 dari %2 langkah selesai</source>
        <translation>%1 of %2 steps done</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>%1 dari %n unit, %2</source>
        <translation>
            <numerusform>%1 of %n unit, %2</numerusform>
            <numerusform>%1 of %n units, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>%n evaluasi final</source>
        <translation>
            <numerusform>%n final evaluation</numerusform>
            <numerusform>%n final evaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>%n pegawai aktif</source>
        <translation>
            <numerusform>%n active employee</numerusform>
            <numerusform>%n active employees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Buat SKP setiap pegawai</source>
        <translation>Create an SKP for every employee</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Buat akun para atasan (penilai)</source>
        <translation>Create accounts for the supervisors (raters)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Buka tahun kinerja dan periodenya</source>
        <translation>Open the performance year and its periods</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Dikerjakan di %1</source>
        <translation>Done in %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Finalisasi evaluasi pertama</source>
        <translation>Finalise the first evaluation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Impor data pegawai</source>
        <translation>Import the employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Isi identitas kantor</source>
        <translation>Fill in the office identity</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Langkah pertama</source>
        <translation>First steps</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Pengaturan › Identitas Kantor</source>
        <translation>Settings › Office Identity</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Pengaturan › Pengguna</source>
        <translation>Settings › Users</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Penilaian</source>
        <translation>Appraisals</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Penilaian › Kurva distribusi</source>
        <translation>Appraisals › Distribution curve</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Penilaian › Pengaturan Periode</source>
        <translation>Appraisals › Period Settings</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Persiapan kantor untuk tahun kinerja %1. Klik satu langkah untuk membuka tempat mengerjakannya.</source>
        <translation>Setting up the office for performance year %1. Click a step to open the place where it is done.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>SKP disetujui pejabat penilai</source>
        <translation>SKPs approved by the rater</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>SKP › Ikhtisar</source>
        <translation>SKP › Overview</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Semua langkah pertama selesai. Daftar ini dapat ditutup; buka lagi dari Bantuan › Langkah pertama.</source>
        <translation>All first steps are done. You can close this list; open it again from Help › First steps.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Sinkronisasi Excel › Impor daftar pegawai</source>
        <translation>Excel Exchange › Import employee list</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Tetapkan predikat kinerja organisasi tiap unit</source>
        <translation>Set each unit&apos;s organisational performance rating</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>Tutup daftar ini; buka lagi dari Bantuan › Langkah pertama.</source>
        <translation>Close this list; open it again from Help › First steps.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/langkah_pertama.py"/>
        <source>belum ada periode yang dibuka</source>
        <translation>no period open yet</translation>
    </message>
</context>
<context>
    <name>LaporanPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Capaian Dokumen Final</source>
        <translation>Achievement on Final Documents</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Distribusi &amp;&amp; Kurva</source>
        <translation>Distribution &amp;&amp; Curve</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Dokumen Evaluasi</source>
        <translation>Evaluation Document</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Insentif Kinerja</source>
        <translation>Performance Incentive</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Kelengkapan</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Riwayat Predikat</source>
        <translation>Predicate History</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Tahun kinerja:</source>
        <translation>Performance year:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Tindak Lanjut</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>LayananPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>
… dan %1 lainnya</source>
        <translation>
… and %1 more</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source> dari minimum %1</source>
        <translation> of minimum %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source> — belum disimpan</source>
        <translation> — not saved yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>%1 kuesioner%2</source>
        <translation>%1 questionnaires%2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>%1 · %2 · %3 responden</source>
        <translation>%1 · %2 · %3 respondents</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>&lt;b&gt;Profil responden&lt;/b&gt;</source>
        <translation>&lt;b&gt;Respondent profile&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>&lt;b&gt;Saran dan masukan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suggestions and feedback&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Layanan Publik — Survei Kepuasan Masyarakat&lt;/h2&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;Public Service — Community Satisfaction Survey&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Baris %1, kolom %2: %3</source>
        <translation>Row %1, column %2: %3</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Baris berwarna jingga: unsur terlemah, prioritas perbaikan.</source>
        <translation>Orange rows: the weakest elements, to improve first.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Belum ada saran.</source>
        <translation>No suggestions yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Belum ada survei yang dapat Anda lihat.</source>
        <translation>There are no surveys you can see.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Belum ada survei. Buat survei baru untuk satu jenis layanan dan periode.</source>
        <translation>No surveys yet. Create a new survey for one service type and period.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Cetak Laporan SKM (PDF)…</source>
        <translation>Print SKM report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Diimpor: %1 kuesioner; sekarang %2.</source>
        <translation>Imported: %1 questionnaires; now %2.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Entri kuesioner</source>
        <translation>Questionnaire entry</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Excel atau CSV (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Excel or CSV (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Hapus baris</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Hasil</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Hasil survei hanya dapat dilihat oleh pimpinan unit yang disurvei dan admin.</source>
        <translation>Survey results can only be seen by the leaders of the surveyed unit and by the admin.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>IKM (skala 1–4)</source>
        <translation>IKM (scale 1–4)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Impor dari Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Impor jawaban survei</source>
        <translation>Import survey answers</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Isian</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Isian di tabel belum tersimpan: perbaiki dulu yang ditandai, lalu pindah survei.</source>
        <translation>The entries in the table are not saved yet: correct the marked cells first, then switch survey.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Kecamatan (semua unit)</source>
        <translation>Whole kecamatan (all units)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Ketik jawaban 1–4 per unsur: kursor pindah sendiri ke kolom berikutnya. Spasi = tidak dijawab. Enter di kolom terakhir membuat baris baru. Simpan dengan Ctrl+S.</source>
        <translation>Type an answer 1–4 per element: the cursor moves to the next column by itself. Space = not answered. Enter in the last column starts a new row. Save with Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Laporan SKM disimpan: %1</source>
        <translation>SKM report saved: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Laporan tidak dapat disimpan ke %1: %2</source>
        <translation>The report could not be saved to %1: %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Layanan Publik</source>
        <translation>Public Service</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Mutu</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Mutu pelayanan</source>
        <translation>Service quality</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>NRR tertimbang</source>
        <translation>Weighted NRR</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>NRR × 25</source>
        <translation>NRR × 25</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Nilai konversi</source>
        <translation>Converted value</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Nilai konversi (IKM × 25)</source>
        <translation>Converted value (IKM × 25)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Nilai konversi IKM (25–100) untuk jenis layanan dan unit yang sama, per periode survei. Garis putus-putus: batas mutu A (88,31), B (76,61), C (65,00).</source>
        <translation>Converted IKM (25–100) for the same service type and unit, per survey period. Dashed lines: quality limits A (88.31), B (76.61), C (65.00).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>No. %1: %2</source>
        <translation>No. %1: %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Responden</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Simpan Laporan SKM</source>
        <translation>Save SKM report</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Simpan dulu isian di tabel sebelum mengimpor.</source>
        <translation>Save the entries in the table before importing.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Survei baru…</source>
        <translation>New survey…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Survei per jenis layanan dan periode (PermenPANRB 14/2017). Petugas loket mengetik kuesioner; pimpinan unit melihat NRR per unsur, IKM, mutu pelayanan, dan saran masyarakat.</source>
        <translation>Surveys per service type and period (PermenPANRB 14/2017). Front-desk staff type in the questionnaires; the unit&apos;s leaders see the NRR per element, the IKM, the service quality and the public&apos;s suggestions.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Survei:</source>
        <translation>Survey:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Tersimpan: %1 baru, %2 diubah, %3 dihapus; %4 kuesioner.</source>
        <translation>Saved: %1 new, %2 changed, %3 deleted; %4 questionnaires.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Tren antar periode</source>
        <translation>Trend across periods</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Unsur pelayanan</source>
        <translation>Service element</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Unsur terlemah: prioritas perbaikan</source>
        <translation>Weakest element: improve first</translation>
    </message>
</context>
<context>
    <name>LayananTab</name>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>%1 permohonan ditandai selesai.</source>
        <translation>%1 requests marked finished.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Batas: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Catat permohonan layanan</source>
        <translation>Record a service request</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Diproses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Durasi (jam kerja)</source>
        <translation>Duration (working hours)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Impor register layanan</source>
        <translation>Import service register</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Jam layanan 08.00–16.00 pada hari kerja; 1 hari kerja = 8 jam kerja.</source>
        <translation>Service hours 08:00–16:00 on working days; 1 working day = 8 working hours.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Jenis layanan</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Jenis layanan: pilih dari daftar standar pelayanan.</source>
        <translation>Service type: choose from the list of service standards.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Lewat batas</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Nomor register</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Pemohon (boleh kosong)</source>
        <translation>Applicant (optional)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Permohonan terpilih yang masih diproses diberi waktu selesai sekarang.</source>
        <translation>Selected requests still in progress get the current time as finished.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Petugas: pilih dari daftar pegawai.</source>
        <translation>Officer: choose from the employee list.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Pilih permohonan yang masih diproses di daftar.</source>
        <translation>Select requests still in progress in the list.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Selesai (kosong = masih diproses)</source>
        <translation>Finished (empty = in progress)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Standar: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Tandai selesai sekarang</source>
        <translation>Mark finished now</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>LoadingOverlay</name>
    <message>
        <location filename="../../asn_desktop/ui/loading.py"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../asn_desktop/ui/lock.py"/>
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/lock.py"/>
        <source>&amp;Ganti pengguna</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/lock.py"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/lock.py"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/lock.py"/>
        <source>&lt;h2&gt;%1 terkunci&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1 is locked&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/lock.py"/>
        <source>&lt;h2&gt;Masuk — %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Log in — %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/lock.py"/>
        <source>Dikunci oleh %1 (%2). Masukkan kata sandi akun ini untuk melanjutkan; pekerjaan yang terbuka tetap seperti semula.</source>
        <translation>Locked by %1 (%2). Enter this account&apos;s password to continue; the open work stays as it was.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/lock.py"/>
        <source>Kel&amp;uar aplikasi</source>
        <translation>&amp;Quit the application</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/lock.py"/>
        <source>Masuk dengan akun Anda. Bila akun lain yang masuk, pekerjaan yang belum disimpan di jendela ini ditutup.</source>
        <translation>Log in with your account. If a different account logs in, unsaved work in this window is closed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/lock.py"/>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>&lt;small&gt;Lupa kata sandi? Minta admin kantor menyetel ulang di Pengaturan › Pengguna.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Forgot your password? Ask the office administrator to reset it in Settings › Users.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Masuk — %1</source>
        <translation>Sign in — %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source> dan %1 lainnya</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&amp;Ganti pengguna…</source>
        <translation>&amp;Switch user…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&amp;Langkah pertama…</source>
        <translation>&amp;First steps…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&amp;Panduan Pengguna</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&amp;Tentang %1</source>
        <translation>&amp;About %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&amp;Urungkan: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>(kantor belum diatur)</source>
        <translation>(office not set up yet)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Versi %2&lt;/p&gt;&lt;p&gt;Pengelolaan kinerja ASN kecamatan secara offline: SKP, penilaian kinerja, dan pertukaran Excel dengan BKPSDM (PermenPANRB 6/2022, SE MenPANRB 3/2023).&lt;/p&gt;&lt;p&gt;Basis data:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2&lt;/p&gt;&lt;p&gt;Offline performance management for the civil servants (ASN) of a kecamatan: SKP work plans, performance appraisals, and Excel exchange with the regency BKPSDM (PermenPANRB 6/2022, SE MenPANRB 3/2023).&lt;/p&gt;&lt;p&gt;Database:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>F1 membuka panduan di bagian area yang sedang dibuka</source>
        <translation>F1 opens the guide at the section of the current area</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>Juga bekerja sekarang: %1</source>
        <translation>Also working now: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>K&amp;unci</source>
        <translation>L&amp;ock</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>Memuat data…</source>
        <translation>Loading data…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>Pengguna: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>Simpan Panduan sebagai &amp;PDF…</source>
        <translation>Save Guide as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>Tentang %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>U&amp;langi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/main_window.py"/>
        <source>U&amp;langi: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
</context>
<context>
    <name>MatriksWidget</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source> — belum ada SKP</source>
        <translation> — no SKP yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>%1 RHK pimpinan × %2 bawahan · %3 sel terisi. Klik dua kali sel untuk membuka SKP bawahan.</source>
        <translation>%1 leader RHK × %2 subordinates · %3 cells filled. Double-click a cell to open the subordinate&apos;s SKP.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>%1 belum memiliki SKP tahun %2: baris matriks kosong.</source>
        <translation>%1 has no SKP for %2 yet: the matrix row is empty.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>%1 — %2 (%3 bawahan)%4</source>
        <translation>%1 — %2 (%3 subordinates)%4</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>&amp;Ekspor Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>&amp;Pimpinan:</source>
        <translation>&amp;Leader:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Belum ada pimpinan dengan bawahan.</source>
        <translation>No leader with subordinates yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Ekspor matriks peran hasil</source>
        <translation>Export the result-role matrix</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Indikator kinerja individu</source>
        <translation>Individual performance indicators</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Matriks diekspor ke %1</source>
        <translation>Matrix exported to %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>Matriks peran hasil diekspor.</source>
        <translation>Results role matrix exported.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>RHK pimpinan</source>
        <translation>Leader&apos;s RHK</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/cascade.py"/>
        <source>RHK utama bawahan yang belum mengintervensi RHK pimpinan</source>
        <translation>Subordinates&apos; main RHK not yet contributing to a leader&apos;s RHK</translation>
    </message>
</context>
<context>
    <name>Minta360Dialog</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source> · sudah diminta</source>
        <translation> · already requested</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>(tidak ada rekan kerja atau bawahan yang dapat diminta)</source>
        <translation>(no colleagues or subordinates to ask)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Kirim permintaan</source>
        <translation>Send request</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Minta masukan 360°</source>
        <translation>Request 360° feedback</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Pilih rekan kerja dan bawahan yang diminta memberi masukan per nilai BerAKHLAK. Pemberi dapat memilih untuk anonim.</source>
        <translation>Choose the colleagues and subordinates asked to give feedback on each BerAKHLAK value. They may choose to stay anonymous.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/editor.py"/>
        <source>Pilih semua</source>
        <translation>Select all</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message numerus="yes">
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>&lt;b&gt;Pindahkan %n pegawai&lt;/b&gt; ke unit kerja yang dipilih:&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Move %n employee&lt;/b&gt; to the selected work unit:&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</numerusform>
            <numerusform>&lt;b&gt;Move %n employees&lt;/b&gt; to the selected work unit:&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Atasan langsung mengikuti &amp;kepala unit tujuan</source>
        <translation>Direct supervisor follows the destination unit&apos;s &amp;head</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Kepala unit tujuan menjadi atasan langsung; kepala unit itu sendiri mendapat kepala unit di atasnya.</source>
        <translation>The destination unit&apos;s head becomes the direct supervisor; the unit head gets the head of the unit above.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Pindahkan %n pegawai</source>
        <translation>
            <numerusform>Move %n employee</numerusform>
            <numerusform>Move %n employees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Pindahkan ke unit kerja</source>
        <translation>Move to work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>dan %1 lainnya</source>
        <translation>and %1 more</translation>
    </message>
</context>
<context>
    <name>NilaiLamaDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>&amp;Impor %1 baris</source>
        <translation>&amp;Import %1 rows</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>&lt;b&gt;%1 baris disimpan.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 rows saved.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Hanya baris yang ditolak atau bermasalah</source>
        <translation>Only rejected rows or rows with problems</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Impor nilai kinerja lama</source>
        <translation>Import past appraisal results</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Lembar &quot;%1&quot;: %2</source>
        <translation>Sheet &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Menyimpan nilai lama…</source>
        <translation>Saving past results…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Nilai SKP</source>
        <translation>SKP score</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Nilai akhir</source>
        <translation>Final score</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Perilaku</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Sebutan / predikat</source>
        <translation>Category / predicate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Simpan %1 nilai lama ke riwayat pegawai? Baris yang ditolak tidak disimpan; cadangan dibuat lebih dulu.</source>
        <translation>Save %1 past results to the employees&apos; history? Rejected rows are not saved; a backup is made first.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Sudah ada</source>
        <translation>Already there</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>kolom %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/nilai_lama.py"/>
        <source>kolom tidak dipakai: %1</source>
        <translation>columns not used: %1</translation>
    </message>
</context>
<context>
    <name>OfficeStateDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&amp;Atur ulang…</source>
        <translation>&amp;Reset…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Atur ulang kantor</source>
        <translation>Reset office</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Dipercaya</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Impor terakhir</source>
        <translation>Last import</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Kantor yang kuncinya dipercaya. Paket diterima hanya bila ditandatangani kunci ini dan nomor paketnya tidak lebih kecil dari nomor terakhir yang diimpor untuk tahun itu. Atur ulang bila kunci dipercaya karena keliru: kunci, nomor paket, dan unit kantor itu dilupakan (dicatat di log audit).</source>
        <translation>Offices whose key is trusted. A package is accepted only when signed with this key and its number is not lower than the last one imported for that year. Reset when a key was trusted by mistake: that office&apos;s key, package numbers and units are forgotten (recorded in the audit log).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Kunci, nomor paket terakhir, dan unit kantor %1 akan dilupakan; paket berikutnya dari kantor itu harus dipercaya lagi setelah sidik jari dicocokkan.

Alasan (dicatat di log audit):</source>
        <translation>The key, last package numbers and units of office %1 will be forgotten; its next package must be trusted again after comparing the fingerprint.

Reason (recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Nomor paket terakhir</source>
        <translation>Last package no.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Sidik jari kunci</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Status kantor pengirim</source>
        <translation>Sending offices</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OrganisasiWidget</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source> (diarsipkan)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>%1 kini kepala %2.</source>
        <translation>%1 now heads %2.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>%1 unit aktif · %2 diarsipkan · %3 unit tanpa kepala</source>
        <translation>%1 active units · %2 archived · %3 units without a head</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>(jadikan unit teratas)</source>
        <translation>(make it a top-level unit)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>&lt;b&gt;Unit kerja&lt;/b&gt;</source>
        <translation>&lt;b&gt;Work unit&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Aktifkan kembali unit yang diarsipkan</source>
        <translation>Reactivate the archived unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Arsipkan %1? Unit yang diarsipkan tidak muncul lagi di pilihan unit, tetapi dapat dipulihkan.</source>
        <translation>Archive %1? Archived units no longer appear in unit choices, but can be restored.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Arsipkan unit</source>
        <translation>Archive unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Arsipkan unit kosong</source>
        <translation>Archive empty unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Gabungkan %1 ke %2?

%3 pegawai aktif dan %4 sub-unit pindah ke %2; %1 diarsipkan (namanya tetap tercatat pada dokumen lama). Tindakan ini tercatat di log audit.</source>
        <translation>Merge %1 into %2?

%3 active employees and %4 sub-units move to %2; %1 is archived (its name stays on earlier documents). This action is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Gabungkan &lt;b&gt;%1&lt;/b&gt; ke unit:</source>
        <translation>Merge &lt;b&gt;%1&lt;/b&gt; into unit:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Gabungkan unit</source>
        <translation>Merge units</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Gabungkan unit ini ke unit lain (pegawai ikut pindah)</source>
        <translation>Merge this unit into another one (its employees move along)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Gabungkan…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Kepala unit</source>
        <translation>Unit head</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Kepala unit…</source>
        <translation>Unit head…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Lihat pegawai</source>
        <translation>View employee</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Naikkan urutan (Ctrl+Atas)</source>
        <translation>Move up in order (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Pegawai aktif</source>
        <translation>Active employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Pilih kepala &lt;b&gt;%1&lt;/b&gt;. Pegawai unit ini yang atasannya kepala lama (atau belum punya atasan) akan beratasan ke kepala baru.</source>
        <translation>Choose the head of &lt;b&gt;%1&lt;/b&gt;. Employees of this unit who reported to the old head (or had no supervisor) will report to the new head.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Pindahkan &lt;b&gt;%1&lt;/b&gt; (beserta sub-unit dan pegawainya) ke bawah unit:</source>
        <translation>Move &lt;b&gt;%1&lt;/b&gt; (with its sub-units and employees) under the unit:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Pindahkan unit</source>
        <translation>Move unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Pindahkan unit ke unit induk lain</source>
        <translation>Move the unit under another parent unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Pindahkan…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Tambah sub-unit…</source>
        <translation>Add sub-unit…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Tambah unit di bawah unit terpilih</source>
        <translation>Add a unit under the selected unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Tambah unit kerja</source>
        <translation>Add work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Tampilkan arsip</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Tampilkan pegawai unit ini di daftar</source>
        <translation>Show this unit&apos;s employees in the list</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Tetapkan kepala unit</source>
        <translation>Set unit head</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Turunkan urutan (Ctrl+Bawah)</source>
        <translation>Move down in order (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Ubah nama, jenis, atau kode unit</source>
        <translation>Change the unit&apos;s name, type or code</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Ubah unit kerja</source>
        <translation>Edit work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit %1 diarsipkan.</source>
        <translation>Unit %1 archived.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit %1 dipindahkan.</source>
        <translation>Unit %1 moved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit %1 dipulihkan.</source>
        <translation>Unit %1 restored.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit %1 ditambahkan.</source>
        <translation>Unit %1 added.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit %1 diubah.</source>
        <translation>Unit %1 changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit ini belum punya kepala</source>
        <translation>This unit has no head yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Urutan unit diubah.</source>
        <translation>Unit order changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>▲ Naik</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>▼ Turun</source>
        <translation>▼ Down</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Atasan langsung</source>
        <translation>Direct supervisor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Belum ada SKP untuk tahun ini: tekan Buat SKP (Ctrl+N).</source>
        <translation>No SKP for this year yet: press Create SKP (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Status SKP</source>
        <translation>SKP status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>%1 Tekan F5 untuk memuat ulang.</source>
        <translation>%1 Press F5 to load again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>%1 dari %2 pegawai ditampilkan</source>
        <translation>%1 of %2 employees shown</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>&amp;Buka SKP</source>
        <translation>&amp;Open SKP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>&lt;b&gt;Per unit kerja&lt;/b&gt; (pilih untuk menyaring daftar)</source>
        <translation>&lt;b&gt;By work unit&lt;/b&gt; (select to filter the list)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>&lt;b&gt;Tahun %1&lt;/b&gt; · %2 pegawai aktif</source>
        <translation>&lt;b&gt;Year %1&lt;/b&gt; · %2 active employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Ajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Ajukan semua Draft yang lengkap…</source>
        <translation>Submit all complete Drafts…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Belum</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Belum ada SKP</source>
        <translation>No SKP yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Buat &amp;SKP…</source>
        <translation>Create &amp;SKP…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Buat SKP untuk pegawai terpilih: kosong, salin tahun lalu, atau dari pustaka RHK (Ctrl+N)</source>
        <translation>Create an SKP for the selected employee: empty, copied from last year, or from the RHK library (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Buat SKP yang belum ada…</source>
        <translation>Create the missing SKPs…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Buka SKP pegawai terpilih (Enter)</source>
        <translation>Open the selected employee&apos;s SKP (Enter)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Cari nama, NIP, jabatan, unit…  (Ctrl+F)</source>
        <translation>Search name, NIP, position, unit…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Cetak / &amp;PDF…</source>
        <translation>Print / &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Diajukan, menunggu persetujuan</source>
        <translation>Submitted, awaiting approval</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Dikembalikan oleh pejabat penilai</source>
        <translation>Returned by the appraising official</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Jumlah pegawai aktif</source>
        <translation>Number of active employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Kembali</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Setuju</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Simpan PDF semua SKP…</source>
        <translation>Save PDFs of all SKPs…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Tindakan untuk semua pegawai unit terpilih (termasuk sub-unit)</source>
        <translation>Actions for every employee of the selected unit (including sub-units)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Unit kerja (termasuk sub-unit bila dipilih)</source>
        <translation>Work unit (including sub-units when chosen)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Unit terpilih ▾</source>
        <translation>Selected unit ▾</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/overview.py"/>
        <source>Σ</source>
        <translation>Σ</translation>
    </message>
</context>
<context>
    <name>PanelUkuran</name>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>%1 indikator dihitung dari catatan kantor.</source>
        <translation>%1 indicator(s) computed from the office&apos;s records.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>&apos;%1&apos; bukan angka (contoh: 92,5).</source>
        <translation>&apos;%1&apos; is not a number (example: 92.5).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>&lt;b&gt;Diukur dari catatan:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Measured from records:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>&lt;i&gt;Belum dihitung untuk periode ini — tekan &quot;Hitung dari catatan&quot;.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Not computed for this period yet — press &quot;Compute from records&quot;.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>&lt;span style=&apos;color:#8a4b00&apos;&gt;&lt;b&gt;Ditimpa pejabat penilai:&lt;/b&gt; %1 %2 — alasan: %3 (%4)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a4b00&apos;&gt;&lt;b&gt;Overridden by the appraiser:&lt;/b&gt; %1 %2 — reason: %3 (%4)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Cabut penimpaan</source>
        <translation>Withdraw override</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Diukur dari catatan: %1</source>
        <translation>Measured from records: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Hasil hitung: &lt;b&gt;%1&lt;/b&gt; — %2 &lt;span style=&apos;color:#666&apos;&gt;(%3)&lt;/span&gt;</source>
        <translation>Computed: &lt;b&gt;%1&lt;/b&gt; — %2 &lt;span style=&apos;color:#666&apos;&gt;(%3)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Hitung dari catatan</source>
        <translation>Compute from records</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Hitung ulang semua indikator terukur pada evaluasi ini dari SKM dan register; angka yang ditimpa pejabat penilai tetap dipakai</source>
        <translation>Recompute every measured indicator of this evaluation from the SKM and the registers; figures overridden by the appraiser are kept</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Pakai lagi angka yang dihitung dari catatan?</source>
        <translation>Use the figure computed from the records again?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Periksa angka</source>
        <translation>Check the figure</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Timpa…</source>
        <translation>Override…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/preview.py"/>
        <source>%1 halaman · %2</source>
        <translation>%1 pages · %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/preview.py"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/preview.py"/>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/preview.py"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/preview.py"/>
        <source>Cetak SKP</source>
        <translation>Print SKP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/preview.py"/>
        <source>Lebar halaman</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/preview.py"/>
        <source>Perbesar (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/preview.py"/>
        <source>Perkecil (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/preview.py"/>
        <source>Pratinjau cetak — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/preview.py"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/preview.py"/>
        <source>−</source>
        <translation>−</translation>
    </message>
</context>
<context>
    <name>PegawaiPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>%1 dari %2 pegawai</source>
        <translation>%1 of %2 employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>%1 dipilih</source>
        <translation>%1 selected</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>%1 peringatan.</source>
        <translation>%1 warnings.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>&amp;Lihat profil</source>
        <translation>&amp;View profile</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>&amp;Pindahkan ke unit…</source>
        <translation>&amp;Move to unit…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>&amp;Tambah pegawai</source>
        <translation>&amp;Add employee</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>&amp;Ubah profil</source>
        <translation>&amp;Edit profile</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>(tidak tampil karena filter)</source>
        <translation>(hidden by the filter)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>+ sub-unit</source>
        <translation>+ sub-unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Belum ada pegawai. Tekan &quot;Tambah pegawai&quot; (Ctrl+N) atau impor daftar pegawai dari Excel di area Sinkronisasi Excel.</source>
        <translation>No employees yet. Press &quot;Add employee&quot; (Ctrl+N) or import the employee roster from Excel in the Excel Exchange area.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Buka profil pegawai terpilih (Enter / klik ganda)</source>
        <translation>Open the selected employee&apos;s profile (Enter / double-click)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Cari nama / NIP / jabatan (Ctrl+F)</source>
        <translation>Search name / NIP / position (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Daftar Pegawai</source>
        <translation>Employee List</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Daftar pegawai dimuat ulang.</source>
        <translation>Employee list reloaded.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Diurungkan: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Fungsional (semua)</source>
        <translation>Functional (all)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Gol. %1 (semua)</source>
        <translation>Grade %1 (all)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Hapus semua filter (Ctrl+R)</source>
        <translation>Clear all filters (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Memindahkan pegawai…</source>
        <translation>Moving employees…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Menetapkan atasan…</source>
        <translation>Setting supervisors…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Mengubah status…</source>
        <translation>Changing status…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Mengurungkan…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Mereka kini tersembunyi; tampilkan dengan filter status &quot;Tidak aktif&quot;.</source>
        <translation>They are now hidden; show them with the status filter &quot;Inactive&quot;.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Muat ulang daftar (F5)</source>
        <translation>Reload the list (F5)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>PPPK %1</source>
        <translation>PPPK %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>PPPK (semua)</source>
        <translation>PPPK (all)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Pegawai baru %1 ditambahkan.</source>
        <translation>New employee %1 added.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Pencarian dan filter dikosongkan agar pegawai baru terlihat.</source>
        <translation>Search and filters were cleared so that the new employee is visible.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Pensiun, mutasi, meninggal, diberhentikan, atau aktif kembali (Delete). Pegawai tidak pernah dihapus.</source>
        <translation>Retired, transferred, deceased, dismissed, or active again (Delete). Employees are never deleted.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Perubahan profil %1 diulang.</source>
        <translation>Profile change of %1 redone.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Perubahan profil %1 diurungkan.</source>
        <translation>Profile change of %1 undone.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Pindahkan pegawai terpilih ke unit kerja lain</source>
        <translation>Move the selected employees to another work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Profil %1 tersimpan.</source>
        <translation>Profile of %1 saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Semua golongan</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Semua jenis jabatan</source>
        <translation>All position types</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Semua unit kerja</source>
        <translation>All work units</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Status %1 pegawai diubah menjadi %2.</source>
        <translation>Status of %1 employees changed to %2.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Status pegawai</source>
        <translation>Employee status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Struktur Organisasi</source>
        <translation>Organization Structure</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Struktural (JPT, administrator, pengawas)</source>
        <translation>Structural (JPT, administrator, supervisor)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Tambah pegawai baru</source>
        <translation>Add a new employee</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Tanpa Atasan</source>
        <translation>No Supervisor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Tanpa Atasan (%1)</source>
        <translation>No Supervisor (%1)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Termasuk pegawai sub-unit (mis. seksi dan kelurahan di bawah kecamatan)</source>
        <translation>Include sub-units&apos; employees (e.g. sections and kelurahan under the kecamatan)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Tetapkan &amp;atasan…</source>
        <translation>Set &amp;supervisor…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Tetapkan atasan langsung pegawai terpilih</source>
        <translation>Set the direct supervisor of the selected employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Tidak ada pegawai yang cocok dengan pencarian/filter. Tekan Reset (Ctrl+R) untuk melihat semua.</source>
        <translation>No employee matches the search/filter. Press Reset (Ctrl+R) to see everyone.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Tidak aktif (semua)</source>
        <translation>Inactive (all)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Ubah &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Ulan&amp;gi</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Ulangi perubahan profil yang diurungkan</source>
        <translation>Redo the profile change that was undone</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Ulangi: %1 (Ctrl+Shift+Z)</source>
        <translation>Redo: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Urun&amp;gkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Urungkan dengan Ctrl+Z.</source>
        <translation>Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Urungkan perubahan terakhir (%1)? Penempatan dan atasan %2 pegawai dikembalikan seperti semula.</source>
        <translation>Undo the last change (%1)? The placement and supervisor of %2 employees go back to what they were.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Urungkan perubahan terakhir: profil, pemindahan atau penetapan atasan</source>
        <translation>Undo the last change: profile, move or supervisor assignment</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>Urungkan: %1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>atasan %1 pegawai</source>
        <translation>supervisor of %1 employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pegawai.py"/>
        <source>pindah %1 pegawai ke %2</source>
        <translation>move %1 employees to %2</translation>
    </message>
</context>
<context>
    <name>PegawaiPickerDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>%1 pegawai aktif</source>
        <translation>%1 active employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Cari nama, NIP, atau jabatan…</source>
        <translation>Search name, NIP or position…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Pilih</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>PegawaiTableModel</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/model.py"/>
        <source>Atasan Langsung</source>
        <translation>Direct Supervisor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/model.py"/>
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/model.py"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/model.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/model.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/model.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/model.py"/>
        <source>Unit Kerja</source>
        <translation>Work Unit</translation>
    </message>
</context>
<context>
    <name>PembinaanTab</name>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>&amp;Baru…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Bimbingan kinerja oleh pejabat penilai sepanjang tahun (PermenPANRB 6/2022: pembinaan kinerja). Formulir umpan balik bimbingan dan evaluasi kompetensi dapat dicetak.</source>
        <translation>Performance coaching by the appraising official through the year (PermenPANRB 6/2022: pembinaan kinerja). The coaching feedback and competency evaluation forms can be printed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Cetak evaluasi &amp;kompetensi (PDF)…</source>
        <translation>Print &amp;competency evaluation (PDF)…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Cetak umpan balik &amp;bimbingan (PDF)…</source>
        <translation>Print coaching &amp;feedback (PDF)…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Evaluasi kompetensi pegawai disimpan.</source>
        <translation>Competency evaluation saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Hapus bimbingan</source>
        <translation>Delete coaching session</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Hapus catatan bimbingan &quot;%1&quot; untuk %2?</source>
        <translation>Delete the coaching session &quot;%1&quot; for %2?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Pembimbing</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Simpan Evaluasi Kompetensi</source>
        <translation>Save Competency Evaluation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Simpan Umpan Balik Bimbingan</source>
        <translation>Save Coaching Feedback</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/pembinaan.py"/>
        <source>Umpan balik bimbingan kinerja disimpan.</source>
        <translation>Coaching feedback saved.</translation>
    </message>
</context>
<context>
    <name>PengaduanTab</name>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Catat pengaduan</source>
        <translation>Record a complaint</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Impor register pengaduan</source>
        <translation>Import complaint register</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Nomor / tiket</source>
        <translation>Number / ticket</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Pelapor (boleh kosong)</source>
        <translation>Complainant (optional)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Penyelesaian (jam kerja)</source>
        <translation>Resolution (working hours)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Petugas: pilih dari daftar pegawai atau kosongkan.</source>
        <translation>Officer: choose from the employee list or leave empty.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Respon (jam kerja)</source>
        <translation>Response (working hours)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Respon pertama</source>
        <translation>First response</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Akun Saya</source>
        <translation>My Account</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Identitas Kantor</source>
        <translation>Office Identity</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Keamanan</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Log Audit</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/pengaturan.py"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>PengaturanPeriodeDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>(Periode tidak dibuka: hanya dapat dilihat.)</source>
        <translation>(Period not open: view only.)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>&lt;b&gt;Tahun kinerja&lt;/b&gt;</source>
        <translation>&lt;b&gt;Performance year&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Alasan membuka kembali %1 (dicatat di log audit):</source>
        <translation>Reason for reopening %1 (recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Buka kembali periode</source>
        <translation>Reopen period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Buka periode</source>
        <translation>Open period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Capaian kinerja organisasi (predikat organisasi) per unit kerja</source>
        <translation>Organizational performance (organization predicate) per work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Ditutup oleh / pada</source>
        <translation>Closed by / on</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Hanya admin yang dapat mengubah periode dan predikat organisasi; Anda melihat pengaturan ini dalam mode baca saja.</source>
        <translation>Only an administrator can change periods and organization predicates; you are viewing these settings read-only.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Khusus admin; alasan dicatat di log audit.</source>
        <translation>Administrators only; the reason is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Pengaturan Periode Penilaian</source>
        <translation>Appraisal Period Settings</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Predikat organisasi</source>
        <translation>Organization predicate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>SE MenPANRB 3/2023: ditetapkan pimpinan di atasnya untuk %1. Unit tanpa penetapan mengikuti rating hasil kerja pimpinannya, lalu unit induknya. %2</source>
        <translation>SE MenPANRB 3/2023: set by the leadership above for %1. Units without one follow their head&apos;s work-result rating, then their parent unit. %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Skema evaluasi periodik tahun %1:</source>
        <translation>Periodic evaluation scheme for %1:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tahun baru…</source>
        <translation>New year…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tutup %1? Setelah ditutup, realisasi, umpan balik, dan penilaian periode ini terkunci. Hanya admin yang dapat membukanya kembali.</source>
        <translation>Close %1? Once closed, this period&apos;s achievements, feedback and appraisals are locked. Only an administrator can reopen it.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tutup (kunci) periode…</source>
        <translation>Close (lock) period…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tutup periode</source>
        <translation>Close period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Ubah skema</source>
        <translation>Change scheme</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Ubah skema…</source>
        <translation>Change scheme…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>ditetapkan %1</source>
        <translation>set %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>kurva belum dapat diperiksa</source>
        <translation>the curve cannot be checked yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>mengikuti unit induk: %1</source>
        <translation>follows the parent unit: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>— belum ditetapkan —</source>
        <translation>— not set yet —</translation>
    </message>
</context>
<context>
    <name>PengaturanPiagamDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>(tanpa)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Contoh:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Format nomor:</source>
        <translation>Number format:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Kop piagam memakai Identitas Kantor (Pengaturan › Identitas): instansi, nama kantor, alamat dan kota penandatanganan; penandatangan adalah kepala unit tertinggi (Camat).</source>
        <translation>The certificate header uses the Office Identity (Settings › Identity): government, office name, address and place of signing; the signatory is the head of the top unit (Camat).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Logo kantor:</source>
        <translation>Office logo:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Pengaturan Piagam</source>
        <translation>Certificate Settings</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Pilih logo kantor</source>
        <translation>Choose office logo</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>{no} = nomor urut kantor, {tahun} = tahun piagam (nomor mulai dari 1 setiap tahun bila {tahun} dipakai).</source>
        <translation>{no} = office sequence number, {tahun} = certificate year (numbering restarts at 1 each year when {tahun} is used).</translation>
    </message>
</context>
<context>
    <name>PenggunaTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>&amp;Setel ulang kata sandi…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>, wajib ganti sandi</source>
        <translation>, must change password</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>&lt;small&gt;Akun tidak pernah dihapus agar log audit tetap menyebut pelakunya; nonaktifkan akun yang tidak dipakai lagi. Penilai dan Pegawai wajib ditautkan ke data pegawai.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Accounts are never deleted so that the audit log keeps naming who did what; deactivate accounts that are no longer used. Appraiser and Employee accounts must be linked to an employee record.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Akun %1 diaktifkan.</source>
        <translation>Account %1 activated.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Akun %1 dibuat.</source>
        <translation>Account %1 created.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Akun %1 dinonaktifkan.</source>
        <translation>Account %1 deactivated.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Akun %1 diubah.</source>
        <translation>Account %1 changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Cari nama pengguna, nama, atau pegawai…</source>
        <translation>Search user name, name or employee…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Kata sandi %1 disetel ulang.</source>
        <translation>Password of %1 reset.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Kunci akun %1 dibuka.</source>
        <translation>Account %1 unlocked.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Masuk terakhir</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Nonaktifkan akun</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Nonaktifkan akun %1? Pemiliknya tidak dapat masuk lagi sampai akun diaktifkan kembali.</source>
        <translation>Deactivate account %1? Its owner cannot sign in until the account is activated again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Pegawai tertaut</source>
        <translation>Linked employee</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Tampilkan akun nonaktif</source>
        <translation>Show inactive accounts</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>terkunci s.d. %1</source>
        <translation>locked until %1</translation>
    </message>
</context>
<context>
    <name>PenilaiCombo</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>(tidak ada — pejabat penilai di luar basis data)</source>
        <translation>(none — the appraising official is outside this database)</translation>
    </message>
</context>
<context>
    <name>PenilaianPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>%1 Tekan F5 untuk memuat ulang.</source>
        <translation>%1 Press F5 to load again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>%1 pegawai · %2 SKP disetujui · %3 sudah dinilai</source>
        <translation>%1 employees · %2 SKPs approved · %3 appraised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;i&gt;%2: evaluasi baru dapat dibuat setelah SKP tahun ini disetujui (area SKP).&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;i&gt;%2: an evaluation can be created once this year&apos;s SKP is approved (SKP area).&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Belum ada tahun kinerja. Admin dapat membuatnya di Pengaturan Periode.</source>
        <translation>No performance year yet. An administrator can create one in the period settings.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Belum dinilai</source>
        <translation>Not appraised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Capaian kinerja organisasi %1, %2 (ditetapkan pimpinan di atasnya):</source>
        <translation>Organisational achievement of %1, %2 (set by the higher leader):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Cari nama, NIP, jabatan… (Ctrl+F)</source>
        <translation>Search name, NIP, position… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Dinilai</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Diri</source>
        <translation>Self</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Diri diajukan</source>
        <translation>Self submitted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Masukan 360° untuk Saya</source>
        <translation>360° Feedback for Me</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Masukan 360° untuk Saya (%1)</source>
        <translation>360° Feedback for Me (%1)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Pejabat penilai: %1</source>
        <translation>Appraising official: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Pengaturan Periode…</source>
        <translation>Period Settings…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Pengaturan periode diperbarui.</source>
        <translation>Period settings updated.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Penilaian</source>
        <translation>Appraisals</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Penilaian diri sudah diajukan</source>
        <translation>Self-assessment already submitted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Pratinjau: termasuk rating yang belum disimpan.</source>
        <translation>Preview: includes ratings not saved yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Predikat</source>
        <translation>Predicate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Predikat organisasi</source>
        <translation>Organization predicate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Realisasi</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Semua unit kerja</source>
        <translation>All work units</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>periode belum dibuka</source>
        <translation>period not open yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/penilaian.py"/>
        <source>periode ditutup (terkunci)</source>
        <translation>period closed (locked)</translation>
    </message>
</context>
<context>
    <name>PersonBox</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Jabatan:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Pangkat/Gol.:</source>
        <translation>Rank/Grade:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Unit kerja:</source>
        <translation>Work unit:</translation>
    </message>
</context>
<context>
    <name>Pesan</name>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source> (NIP lama 9 digit juga diterima)</source>
        <translation> (a 9-digit old NIP is also accepted)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source> ({apa})</source>
        <translation> ({apa})</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source> Jika ini NI PPPK, tandai pegawai sebagai PPPK.</source>
        <translation> If this is an NI PPPK, mark the employee as PPPK.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>&quot;{berkas}&quot; adalah berkas {jenis}, bukan {diharapkan}.</source>
        <translation>&quot;{berkas}&quot; is a {jenis} file, not a {diharapkan}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>&quot;{berkas}&quot; adalah folder, bukan berkas Excel.</source>
        <translation>&quot;{berkas}&quot; is a folder, not an Excel file.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/skm.py"/>
        <source>&quot;{berkas}&quot; bukan berkas CSV teks (berisi data biner).</source>
        <translation>&quot;{berkas}&quot; is not a text CSV file (it holds binary data).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>&quot;{berkas}&quot; bukan berkas pertukaran ASN Kinerja Desktop (format &quot;{nilai}&quot;).</source>
        <translation>&quot;{berkas}&quot; is not an ASN Kinerja Desktop exchange file (format &quot;{nilai}&quot;).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>&quot;{berkas}&quot; bukan berkas pertukaran ASN Kinerja Desktop (lembar tersembunyi {META_SHEET} tidak ada). Untuk daftar pegawai dari BKPSDM gunakan Impor Daftar Pegawai.</source>
        <translation>&quot;{berkas}&quot; is not an ASN Kinerja Desktop exchange file (the hidden sheet {META_SHEET} is missing). For an employee list from BKPSDM use Import Employee List.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/forms.py"/>
        <source>&quot;{berkas}&quot; bukan formulir penilaian offline ASN Kinerja Desktop (lembar kendali tidak ada). Gunakan berkas formulir yang dibuat oleh aplikasi ini.</source>
        <translation>&quot;{berkas}&quot; is not an ASN Kinerja Desktop offline appraisal form (the control sheet is missing). Use a form file made by this application.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/forms.py"/>
        <source>&quot;{berkas}&quot; bukan formulir penilaian offline ASN Kinerja Desktop.</source>
        <translation>&quot;{berkas}&quot; is not an ASN Kinerja Desktop offline appraisal form.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>&quot;{berkas}&quot; dibuat dengan format pertukaran versi {version} oleh ASN Kinerja Desktop {nilai}, sedangkan aplikasi ini hanya memahami sampai versi {FORMAT_VERSION}. Perbarui aplikasi ke versi terbaru, lalu impor lagi; berkas tidak dibaca.</source>
        <translation>&quot;{berkas}&quot; was made with exchange format version {version} by ASN Kinerja Desktop {nilai}, but this application understands only up to version {FORMAT_VERSION}. Update the application to the latest version, then import again; the file was not read.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>&quot;{berkas}&quot;: versi format pertukaran tidak valid ({nilai}).</source>
        <translation>&quot;{berkas}&quot;: invalid exchange format version ({nilai}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>&quot;{nilai}&quot; dapat dibaca dua cara (hari/bulan atau bulan/hari): lembar ini menulis tanggal dengan bulan lebih dulu (misalnya &quot;{contoh}&quot; pada baris {baris}), sehingga tanggal ini tidak dapat dipastikan; tulis dengan nama bulan (1 April 2019) atau tttt-bb-hh.</source>
        <translation>&quot;{nilai}&quot; can be read two ways (day/month or month/day): this sheet writes dates month first (for example &quot;{contoh}&quot; in row {baris}), so this date cannot be told for sure; write it with the month name (1 April 2019) or as yyyy-mm-dd.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>&quot;{original}&quot; bukan tanggal yang valid: {detail}</source>
        <translation>&quot;{original}&quot; is not a valid date: {detail}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>&quot;{original}&quot; hanya berisi tahun; tulis tanggal lengkap</source>
        <translation>&quot;{original}&quot; holds only a year; write the full date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>&quot;{original}&quot; memakai tahun 2 digit; tulis tahun lengkap 4 digit</source>
        <translation>&quot;{original}&quot; has a 2-digit year; write the full 4-digit year</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>&quot;{text}&quot; bukan nilai {name} yang dikenal</source>
        <translation>&quot;{text}&quot; is not a known {name} value</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>&quot;{value}&quot; bukan angka.</source>
        <translation>&quot;{value}&quot; is not a number.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>&quot;{value}&quot; bukan bilangan bulat.</source>
        <translation>&quot;{value}&quot; is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>&quot;{value}&quot; bukan tanggal dan jam.</source>
        <translation>&quot;{value}&quot; is not a date and time.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>&quot;{value}&quot; bukan tanggal yang dikenali</source>
        <translation>&quot;{value}&quot; is not a recognised date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>&quot;{value}&quot; harus Ya atau Tidak.</source>
        <translation>&quot;{value}&quot; must be Ya (yes) or Tidak (no).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>%n RHK dari pustaka ditambahkan ke SKP {nama}</source>
        <translation>
            <numerusform>%n RHK from the library added to the SKP of {nama}</numerusform>
            <numerusform>%n RHK from the library added to the SKP of {nama}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>%n contoh RHK dipulihkan</source>
        <translation>
            <numerusform>%n RHK example restored</numerusform>
            <numerusform>%n RHK examples restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>%n hari kerja</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>%n jam kerja</source>
        <translation>
            <numerusform>%n working hour</numerusform>
            <numerusform>%n working hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>%n pegawai dipindahkan ke {unit}.</source>
        <translation>
            <numerusform>%n employee moved to {unit}.</numerusform>
            <numerusform>%n employees moved to {unit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/laporan.py"/>
        <source>%n pegawai tidak ditampilkan: predikat bersifat rahasia dan hanya dapat dilihat oleh pegawai ybs., pejabat penilainya, dan admin.</source>
        <translation>
            <numerusform>%n employee is not shown: ratings are confidential and visible only to the employee, their appraising official and the admin.</numerusform>
            <numerusform>%n employees are not shown: ratings are confidential and visible only to the employee, their appraising official and the admin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>%n pegawai tidak punya kepala unit di atasnya dalam basis data (atasan di luar basis data).</source>
        <translation>
            <numerusform>%n employee has no unit head above them in the database (superior outside the database).</numerusform>
            <numerusform>%n employees have no unit head above them in the database (superior outside the database).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>%n pegawai yang dipilih tidak ditemukan lagi; muat ulang daftar pegawai.</source>
        <translation>
            <numerusform>%n selected employee no longer exists; reload the employee list.</numerusform>
            <numerusform>%n selected employees no longer exist; reload the employee list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>&apos;{jenis}&apos; tidak dikenal; pilih utama atau tambahan.</source>
        <translation>&apos;{jenis}&apos; is unknown; choose utama or tambahan.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>&apos;{klasifikasi}&apos; tidak dikenal.</source>
        <translation>&apos;{klasifikasi}&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/bukti_dukung.py"/>
        <source>&apos;{link}&apos; bukan tautan yang dikenali; gunakan alamat yang diawali http:// atau https:// (atau \\server\folder untuk folder bersama).</source>
        <translation>&apos;{link}&apos; is not a recognised link; use an address starting with http:// or https:// (or \\server\folder for a shared folder).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/bukti_dukung.py"/>
        <source>&apos;{name}&apos; bukan berkas (mungkin folder); pilih sebuah berkas.</source>
        <translation>&apos;{name}&apos; is not a file (perhaps a folder); choose a file.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <location filename="../../asn_desktop/services/template_rhk.py"/>
        <source>&apos;{perspektif}&apos; tidak dikenal.</source>
        <translation>&apos;{perspektif}&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>&apos;{realisasi_nilai}&apos; bukan angka</source>
        <translation>&apos;{realisasi_nilai}&apos; is not a number</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <source>(tanpa unit kerja)</source>
        <translation>(no work unit)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>, kolom {kolom}</source>
        <translation>, column {kolom}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>, kolom {kolom} ({judul})</source>
        <translation>, column {kolom} ({judul})</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>, {jumlah} duplikat identik dihitung sekali</source>
        <translation>, {jumlah} identical duplicates counted once</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>, {jumlah} unit kerja baru</source>
        <translation>, {jumlah} new work units</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>20–29 tahun</source>
        <translation>20–29 years</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>30–39 tahun</source>
        <translation>30–39 years</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>40–49 tahun</source>
        <translation>40–49 years</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>50–59 tahun</source>
        <translation>50–59 years</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>8 digit pertama NIP ({part}) bukan tanggal lahir yang masuk akal: tahun lahir harus antara {awal} dan {year}.</source>
        <translation>The first 8 digits of the NIP ({part}) are not a plausible birth date: the birth year must be between {awal} and {year}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>8 digit pertama NIP ({part}) bukan tanggal lahir yang valid; seharusnya tahun-bulan-tanggal lahir (TTTTBBHH), misalnya 19860926.</source>
        <translation>The first 8 digits of the NIP ({part}) are not a valid birth date; they should be year-month-day of birth (YYYYMMDD), for example 19860926.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>; kunci kantor dipercaya (sidik jari {sidik})</source>
        <translation>; office key trusted (fingerprint {sidik})</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>&lt; 20 tahun</source>
        <translation>&lt; 20 years</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>Ada {jumlah} unit kerja bernama &quot;{unit}&quot;; unit kerja tidak diubah. Atur unit kerja pegawai ini di menu Pegawai.</source>
        <translation>There are {jumlah} work units named &quot;{unit}&quot;; the work unit was not changed. Set this employee&apos;s work unit in the Employees area.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Admin pertama dibuat</source>
        <translation>First admin created</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Agama &quot;{value}&quot; tidak dikenali; gunakan Islam, Kristen, Katolik, Hindu, Buddha, atau Konghucu.</source>
        <translation>Religion &quot;{value}&quot; not recognised; use Islam, Kristen, Katolik, Hindu, Buddha, or Konghucu.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Agama &apos;{agama}&apos; tidak dikenal.</source>
        <translation>Religion &apos;{agama}&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Agenda rapat hanya untuk pimpinan rapat dan admin.</source>
        <translation>The meeting agenda is only for the meeting&apos;s chair and admins.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Agu</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Akun</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/context.py"/>
        <source>Akun &apos;{akun}&apos; (peran {peran}) tidak berhak melakukan tindakan ini ({izin}).</source>
        <translation>Account &apos;{akun}&apos; (role {peran}) may not do this ({izin}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/context.py"/>
        <source>Akun &apos;{akun}&apos; sudah diganti kata sandinya sejak Anda masuk. Tidak ada yang disimpan; masuk lagi untuk melanjutkan.</source>
        <translation>Account &apos;{akun}&apos; has had its password changed since you logged in. Nothing was saved; log in again to continue.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/context.py"/>
        <source>Akun &apos;{akun}&apos; sudah dinonaktifkan sejak Anda masuk. Tidak ada yang disimpan; masuk lagi untuk melanjutkan.</source>
        <translation>Account &apos;{akun}&apos; has been deactivated since you logged in. Nothing was saved; log in again to continue.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/context.py"/>
        <source>Akun &apos;{akun}&apos; sudah diubah peran atau tautan pegawainya sejak Anda masuk. Tidak ada yang disimpan; masuk lagi untuk melanjutkan.</source>
        <translation>Account &apos;{akun}&apos; has had its role or employee link changed since you logged in. Nothing was saved; log in again to continue.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Akun &apos;{nama}&apos; ({peran}) dibuat</source>
        <translation>Account &apos;{nama}&apos; ({peran}) created</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Akun &apos;{nama}&apos; diubah</source>
        <translation>Account &apos;{nama}&apos; changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/_common.py"/>
        <source>Akun &apos;{username}&apos; (peran {label}) tidak berhak melakukan tindakan ini.</source>
        <translation>Account &apos;{username}&apos; (role {label}) is not allowed to do this.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Akun &apos;{username}&apos; (peran {label}) tidak berhak melihat atau mengubah insentif kinerja (TPP); hanya admin.</source>
        <translation>Account &apos;{username}&apos; (role {label}) is not allowed to view or change performance allowances (TPP); admin only.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/_common.py"/>
        <source>Akun &apos;{username}&apos; (peran {label}) tidak berhak memberi penilaian kinerja.</source>
        <translation>Account &apos;{username}&apos; (role {label}) is not allowed to give performance ratings.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>Akun &apos;{username}&apos; (peran {label}) tidak berhak membuka data karier (kenaikan pangkat, gaji berkala, talenta).</source>
        <translation>Account &apos;{username}&apos; (role {label}) is not allowed to open career data (promotions, periodic salary increases, talent).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <source>Akun &apos;{username}&apos; (peran {label}) tidak berhak membuka laporan.</source>
        <translation>Account &apos;{username}&apos; (role {label}) is not allowed to open reports.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/penghargaan.py"/>
        <source>Akun &apos;{username}&apos; (peran {label}) tidak berhak mencetak piagam penghargaan.</source>
        <translation>Account &apos;{username}&apos; (role {label}) is not allowed to print award certificates.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/scope.py"/>
        <source>Akun &apos;{username}&apos; tidak berhak melihat SKP {pegawai_nama}.</source>
        <translation>Account &apos;{username}&apos; is not allowed to view the SKP of {pegawai_nama}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapor.py"/>
        <source>Akun &apos;{username}&apos; tidak berhak melihat data kinerja {nama}.</source>
        <translation>Account &apos;{username}&apos; is not allowed to view the performance data of {nama}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/scope.py"/>
        <source>Akun &apos;{username}&apos; tidak berhak melihat matriks {pegawai_nama}.</source>
        <translation>Account &apos;{username}&apos; is not allowed to view the matrix of {pegawai_nama}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/scope.py"/>
        <source>Akun &apos;{username}&apos; tidak berhak membuat SKP untuk {pegawai_nama}.</source>
        <translation>Account &apos;{username}&apos; is not allowed to create an SKP for {pegawai_nama}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Akun &apos;{username}&apos; tidak berhak mencatat bimbingan kinerja pegawai ini: hanya pejabat penilainya, pimpinan unitnya dan admin.</source>
        <translation>Account &apos;{username}&apos; is not allowed to record performance coaching for this employee: only their appraising official, their unit leaders and admins.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/scope.py"/>
        <source>Akun &apos;{username}&apos; tidak berhak mengelola rapat ini: hanya pimpinan unit yang dievaluasi (atau unit di atasnya) dan admin.</source>
        <translation>Account &apos;{username}&apos; is not allowed to manage this meeting: only the leaders of the evaluated unit (or a unit above it) and admins.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Akun &apos;{username}&apos; tidak berhak mengisi realisasi evaluasi ini.</source>
        <translation>Account &apos;{username}&apos; is not allowed to fill in the achievements of this evaluation.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Akun &apos;{username}&apos; tidak berhak mengisi realisasi evaluasi {pegawai_nama}.</source>
        <translation>Account &apos;{username}&apos; is not allowed to fill in the achievements of the evaluation of {pegawai_nama}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/_common.py"/>
        <source>Akun &apos;{username}&apos; tidak berhak mengisi realisasi.</source>
        <translation>Account &apos;{username}&apos; is not allowed to fill in achievements.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/scope.py"/>
        <source>Akun &apos;{username}&apos; tidak berhak mengubah SKP {pegawai_nama}: pegawai hanya dapat mengubah SKP miliknya sendiri, pejabat penilai SKP bawahannya, operator dan admin SKP siapa pun.</source>
        <translation>Account &apos;{username}&apos; is not allowed to change the SKP of {pegawai_nama}: employees can only change their own SKP, appraising officials their subordinates&apos; SKPs, operators and admins anyone&apos;s SKP.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Akun &apos;{username}&apos; tidak ditemukan.</source>
        <translation>Account &apos;{username}&apos; not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Akun admin belum dapat dibuat.</source>
        <translation>The admin account cannot be created yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Akun admin pertama &apos;{nama}&apos; dibuat</source>
        <translation>First admin account &apos;{nama}&apos; created</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Akun admin pertama sudah dibuat. Masuk dengan akun yang ada.</source>
        <translation>The first admin account has already been created. Log in with the existing account.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Akun belum dapat diaktifkan.</source>
        <translation>The account cannot be activated yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Akun belum dapat dibuat.</source>
        <translation>The account cannot be created yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Akun belum dapat diubah.</source>
        <translation>The account cannot be changed yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Akun berperan {label} harus ditautkan ke seorang pegawai.</source>
        <translation>An account with the role {label} must be linked to an employee.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Akun dengan id {user_id} tidak ditemukan.</source>
        <translation>Account with id {user_id} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Akun diaktifkan</source>
        <translation>Account activated</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Akun dibuat</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Akun dibuka kuncinya</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Akun dinonaktifkan</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Akun diubah</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/unit_overview.py"/>
        <source>Akun ini belum terhubung dengan data pegawai, sehingga tidak ada SKP yang dapat ditampilkan.</source>
        <translation>This account is not linked to an employee record yet, so there is no SKP to show.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Akun ini dinonaktifkan. Hubungi admin kantor.</source>
        <translation>This account is deactivated. Contact the office admin.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapor.py"/>
        <source>Akun ini tidak terhubung dengan data pegawai; minta admin menghubungkannya (Pengaturan › Pengguna).</source>
        <translation>This account is not linked to an employee record; ask an admin to link it (Pengaturan › Pengguna).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Akun sistem tidak memiliki kata sandi.</source>
        <translation>The system account has no password.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Akun terkunci karena terlalu banyak percobaan kata sandi yang salah. Coba lagi pukul {jam} (±%n menit lagi), atau minta admin membuka kunci akun ini.</source>
        <translation>
            <numerusform>The account is locked after too many wrong passwords. Try again at {jam} (in about %n minute), or ask an admin to unlock this account.</numerusform>
            <numerusform>The account is locked after too many wrong passwords. Try again at {jam} (in about %n minutes), or ask an admin to unlock this account.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Akun tidak ditemukan.</source>
        <translation>Account not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Alamat email tidak valid (contoh: nama@kupangkota.go.id).</source>
        <translation>The e-mail address is not valid (example: nama@kupangkota.go.id).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Alamat email tidak valid; kolom ini tidak diimpor.</source>
        <translation>Email address not valid; this column is not imported.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/workflow.py"/>
        <source>Alasan pengembalian terlalu panjang (maksimal {maks} karakter).</source>
        <translation>The reason for returning is too long (at most {maks} characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Alasan penimpaan wajib diisi: angka dari catatan kantor hanya diganti dengan alasan.</source>
        <translation>The override reason is required: a figure from the office records is only replaced with a reason.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Alasan penyesuaian</source>
        <translation>Reason for adjustment</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Alasan penyesuaian diubah</source>
        <translation>Reason for adjustment changed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Alasan terlalu panjang (%n karakter; maksimal {maks}).</source>
        <translation>
            <numerusform>The reason is too long (%n character; at most {maks}).</numerusform>
            <numerusform>The reason is too long (%n characters; at most {maks}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/periode.py"/>
        <source>Alasan terlalu panjang (paling banyak 2.000 karakter).</source>
        <translation>The reason is too long (at most 2,000 characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/kunci_kantor.py"/>
        <source>Alasan terlalu panjang (paling banyak 2000 karakter).</source>
        <translation>The reason is too long (at most 2000 characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/pgdump.py"/>
        <source>Alat cadangan PostgreSQL (pg_dump dan pg_restore) tidak ditemukan di komputer ini. Pasang paket postgresql-client-{versi} (Debian/Ubuntu) atau komponen Command Line Tools dari penginstal PostgreSQL {versi} (Windows), atau tunjukkan foldernya di Pengaturan › Cadangan.</source>
        <translation>The PostgreSQL backup tools (pg_dump and pg_restore) were not found on this computer. Install the package postgresql-client-{versi} (Debian/Ubuntu) or the Command Line Tools component of the PostgreSQL {versi} installer (Windows), or point to their folder in Settings › Backup.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/scope.py"/>
        <source>Anda hanya dapat mengubah data kinerja milik Anda sendiri.</source>
        <translation>You can only change your own performance data.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/bukti_dukung.py"/>
        <source>Anda tidak berhak melihat bukti ini.</source>
        <translation>You are not allowed to view this evidence.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Anda tidak berhak melihat catatan bimbingan ini.</source>
        <translation>You are not allowed to view this coaching note.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Anda tidak berhak melihat evaluasi pegawai ini.</source>
        <translation>You are not allowed to view this employee&apos;s evaluation.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Anda tidak berhak melihat rapat ini: hanya pimpinan unit, admin dan pesertanya.</source>
        <translation>You are not allowed to view this meeting: only the unit leaders, admins and its participants.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <source>Anda tidak berhak mencetak dokumen evaluasi pegawai ini (penilaian bersifat rahasia).</source>
        <translation>You are not allowed to print this employee&apos;s evaluation document (appraisals are confidential).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Anda tidak berhak menghapus catatan bimbingan ini.</source>
        <translation>You are not allowed to delete this coaching note.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Anda tidak berhak mengisi evaluasi {pegawai_nama}.</source>
        <translation>You are not allowed to fill in the evaluation of {pegawai_nama}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Anda tidak berhak mengubah catatan bimbingan ini.</source>
        <translation>You are not allowed to change this coaching note.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Angka penimpaan &apos;{nilai}&apos; bukan angka.</source>
        <translation>The override figure &apos;{nilai}&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Angka penimpaan di luar jangkauan.</source>
        <translation>The override figure is out of range.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Angka register layanan dan pengaduan hanya dapat dilihat oleh pimpinan unit yang bersangkutan (kepala unit atau atasannya), pegawai yang bersangkutan untuk angkanya sendiri, dan admin.</source>
        <translation>The service and complaint register figures can only be seen by the unit&apos;s leaders (the head of the unit or their superiors), the employee concerned for their own figures, and admins.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Angka ukuran otomatis ditimpa</source>
        <translation>Computed measure overridden</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>Angka {serial} bukan nomor seri tanggal Excel yang masuk akal (di luar {awal}–{akhir}). Gunakan misalnya 01-02-1980 atau 1 Februari 1980.</source>
        <translation>The number {serial} is not a plausible Excel date serial (outside {awal}–{akhir}). Use for example 01-02-1980 or 1 February 1980.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>Angka {serial} bukan nomor seri tanggal Excel yang masuk akal (di luar {awal}–{akhir}). Tampaknya ini hanya tahun; tulis tanggal lengkap. Gunakan misalnya 01-02-1980 atau 1 Februari 1980.</source>
        <translation>The number {serial} is not a plausible Excel date serial (outside {awal}–{akhir}). It looks like only a year; write the full date. Use for example 01-02-1980 or 1 February 1980.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>Asesmen potensi dengan id {potensi_id} tidak ditemukan.</source>
        <translation>Potential assessment with id {potensi_id} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Atasan dengan id {atasan_id} tidak ditemukan.</source>
        <translation>Superior with id {atasan_id} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Atasan ditolak karena membentuk lingkaran: {atasan} (langsung atau tidak langsung) adalah bawahan {pegawai}. Rantai atasan: {rantai}.</source>
        <translation>Superior refused because it forms a loop: {atasan} is (directly or indirectly) a subordinate of {pegawai}. Chain of superiors: {rantai}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Atasan kepala unit ditetapkan</source>
        <translation>Unit head&apos;s supervisor set</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Atasan langsung %n pegawai diganti menjadi kepala {unit}.</source>
        <translation>
            <numerusform>The direct superior of %n employee was changed to the head of {unit}.</numerusform>
            <numerusform>The direct superior of %n employees was changed to the head of {unit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Atasan langsung %n pegawai dikosongkan.</source>
        <translation>
            <numerusform>The direct superior of %n employee was cleared.</numerusform>
            <numerusform>The direct superior of %n employees was cleared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Atasan langsung %n pegawai disesuaikan dengan kepala unit baru.</source>
        <translation>
            <numerusform>The direct superior of %n employee was adjusted to the new unit head.</numerusform>
            <numerusform>The direct superior of %n employees was adjusted to the new unit head.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Atasan langsung %n pegawai kini kepala unitnya.</source>
        <translation>
            <numerusform>The direct superior of %n employee is now their unit head.</numerusform>
            <numerusform>The direct superior of %n employees is now their unit head.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Atasan langsung %n pegawai kini {nama}.</source>
        <translation>
            <numerusform>The direct superior of %n employee is now {nama}.</numerusform>
            <numerusform>The direct superior of %n employees is now {nama}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Atasan langsung = kepala unit</source>
        <translation>Direct supervisor = head of unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Atasan langsung disesuaikan dengan kepala unit yang baru.</source>
        <translation>The direct supervisor was set to the new unit&apos;s head.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Atasan langsung ditetapkan</source>
        <translation>Direct supervisor set</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Atasan langsung: {nama}</source>
        <translation>Direct supervisor: {nama}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Atasan mengikuti kepala unit {unit}</source>
        <translation>Supervisor follows the head of unit {unit}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Aturan insentif belum disimpan: {masalah}</source>
        <translation>The allowance rule was not saved: {masalah}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Aturan insentif dengan id {aturan_id} tidak ditemukan.</source>
        <translation>Allowance rule with id {aturan_id} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Aturan insentif kinerja dihapus</source>
        <translation>Performance allowance rule deleted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Aturan insentif kinerja disimpan</source>
        <translation>Performance allowance rule saved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Baris kompetensi {baris}: nama kompetensi wajib diisi.</source>
        <translation>Competency row {baris}: the competency name is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/riwayat_nilai.py"/>
        <source>Baris tanpa nilai atau predikat: tidak ada yang dapat disimpan.</source>
        <translation>A row without a score or predicate: there is nothing to save.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Baris {baris}: jenis layanan tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Row {baris}: service type not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Baris {baris}: pengaduan sudah dihapus di komputer lain; muat ulang daftar.</source>
        <translation>Row {baris}: the complaint was deleted on another computer; reload the list.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Baris {baris}: permohonan sudah dihapus di komputer lain; muat ulang daftar.</source>
        <translation>Row {baris}: the request was deleted on another computer; reload the list.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Baris {baris}: petugas tidak ditemukan.</source>
        <translation>Row {baris}: officer not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Basis data disalin ke server lain</source>
        <translation>Database copied to another server</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Basis data saat ini tidak dapat dicadangkan sebelum pemulihan ({exc}); pemulihan dibatalkan.</source>
        <translation>The current database cannot be backed up before the restore ({exc}); the restore was cancelled.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/copy.py"/>
        <source>Basis data tujuan {label} sudah berisi data kantor (tabel {nilai}). Salin hanya ke berkas baru atau basis data server yang kosong; tujuan tidak diubah.</source>
        <translation>Target database {label} already holds office data (tables {nilai}). Copy only to a new file or an empty server database; the target was not changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/pgdump.py"/>
        <source>Basis data tujuan {server} tidak kosong (berisi tabel {tabel}); pemulihan hanya ke basis data kosong agar tidak ada data yang tertimpa. Buat basis data baru yang kosong, mis. dengan `createdb -O asn {nama}_pulih` atau di psql `CREATE DATABASE {nama}_pulih OWNER asn;`, lalu pilih alamatnya sebagai tujuan.</source>
        <translation>The target database {server} is not empty (it has the tables {tabel}); a restore goes only into an empty database so that no data is overwritten. Create a new, empty database, e.g. with `createdb -O asn {nama}_pulih` or in psql `CREATE DATABASE {nama}_pulih OWNER asn;`, then choose its address as the target.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/session.py"/>
        <source>Basis data {berkas} dibuat oleh versi aplikasi yang lebih baru (revisi skema {rev}). Perbarui ASN Kinerja Desktop ke versi terbaru sebelum membuka berkas ini; berkas tidak diubah.</source>
        <translation>Database {berkas} was made by a newer version of the application (schema revision {rev}). Update ASN Kinerja Desktop to the latest version before opening this file; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/session.py"/>
        <source>Basis data {shown} bukan basis data ASN Kinerja Desktop (tabel tidak dikenal: {nilai}); tidak ada yang diubah.</source>
        <translation>Database {shown} is not an ASN Kinerja Desktop database (unknown tables: {nilai}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/session.py"/>
        <source>Basis data {shown} dibuat oleh versi aplikasi yang lebih baru (revisi skema {rev}). Perbarui ASN Kinerja Desktop di komputer ini; tidak ada yang diubah.</source>
        <translation>Database {shown} was made by a newer version of the application (schema revision {rev}). Update ASN Kinerja Desktop on this computer; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/layanan.py"/>
        <source>Batas waktu layanan lebih dari tiga tahun; periksa standar pelayanan.</source>
        <translation>The service deadline is longer than three years; check the service standard.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Belum ada pegawai yang dipilih.</source>
        <translation>No employee has been selected.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/tindak_lanjut.py"/>
        <source>Belum ada periode yang dinilai</source>
        <translation>No period appraised yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Belum ada periode yang dinilai; tidak ada saran dari periode.</source>
        <translation>No period appraised yet; no suggestion from the periods.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Belum ada predikat pegawai pada unit ini; kurva distribusi belum dapat diperiksa.</source>
        <translation>No employee predicates in this unit yet; the distribution curve cannot be checked yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>Belum dapat dipetakan: {apa}</source>
        <translation>Cannot be placed yet: {apa}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>Berhasil</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/masukan360.py"/>
        <source>Beri rating paling sedikit untuk satu nilai BerAKHLAK.</source>
        <translation>Rate at least one BerAKHLAK value.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/text_tables.py"/>
        <source>Berkas &quot;{berkas}&quot; adalah &quot;XML Spreadsheet 2003&quot;, format lama yang tidak didukung. Buka di Excel atau LibreOffice, simpan sebagai &quot;Excel Workbook (*.xlsx)&quot;, lalu impor berkas itu.</source>
        <translation>File &quot;{berkas}&quot; is &quot;XML Spreadsheet 2003&quot;, an old format that is not supported. Open it in Excel or LibreOffice, save it as &quot;Excel Workbook (*.xlsx)&quot;, then import that file.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/text_tables.py"/>
        <source>Berkas &quot;{berkas}&quot; adalah halaman web (HTML) tanpa tabel, jadi tidak ada data yang dapat diimpor. Periksa apakah ini berkas ekspor yang benar.</source>
        <translation>File &quot;{berkas}&quot; is a web page (HTML) without a table, so there is no data to import. Check that this is the right export file.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/text_tables.py"/>
        <source>Berkas &quot;{berkas}&quot; adalah halaman web tanpa tabel yang dapat dibaca. Buka berkas di Excel, simpan sebagai &quot;Excel Workbook (*.xlsx)&quot;, lalu coba lagi.</source>
        <translation>File &quot;{berkas}&quot; is a web page without a readable table. Open the file in Excel, save it as &quot;Excel Workbook (*.xlsx)&quot;, then try again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>Berkas &quot;{berkas}&quot; berisi lembar &quot;{bagian}&quot;, padahal lembar &quot;{lembar}&quot; hanya terdiri atas {jumlah} bagian. Berkas tidak dibaca; minta kantor pengirim mengekspor ulang.</source>
        <translation>File &quot;{berkas}&quot; contains sheet &quot;{bagian}&quot;, but sheet &quot;{lembar}&quot; has only {jumlah} parts. The file was not read; ask the sending office to export it again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>Berkas &quot;{berkas}&quot; berisi lembar &quot;{bagian}&quot;, padahal lembar &quot;{lembar}&quot; tidak dibagi. Berkas tidak dibaca; minta kantor pengirim mengekspor ulang.</source>
        <translation>File &quot;{berkas}&quot; contains sheet &quot;{bagian}&quot;, but sheet &quot;{lembar}&quot; is not split. The file was not read; ask the sending office to export it again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/bounds.py"/>
        <source>Berkas &quot;{berkas}&quot; bukan buku kerja Excel yang dapat dibaca (berkas rusak: isinya tidak utuh). Simpan ulang berkas dari Excel atau LibreOffice sebagai &quot;Excel Workbook (*.xlsx)&quot;, lalu coba lagi.</source>
        <translation>File &quot;{berkas}&quot; is not a readable Excel workbook (damaged file: its content is incomplete). Save the file again from Excel or LibreOffice as &quot;Excel Workbook (*.xlsx)&quot;, then try again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Berkas &quot;{berkas}&quot; bukan buku kerja Excel yang dapat dibaca{extra}. Simpan ulang berkas dari Excel atau LibreOffice sebagai &quot;Excel Workbook (*.xlsx)&quot;, lalu coba lagi.</source>
        <translation>File &quot;{berkas}&quot; is not a readable Excel workbook{extra}. Save the file again from Excel or LibreOffice as &quot;Excel Workbook (*.xlsx)&quot;, then try again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Berkas &quot;{berkas}&quot; bukan buku kerja Excel{extra}. Pilih berkas Excel (.xlsx, .xls, .ods) atau CSV yang berisi tabelnya; bila tabel itu hanya ada di dokumen ini, salin tabelnya ke Excel, simpan sebagai &quot;Excel Workbook (*.xlsx)&quot;, lalu pilih berkas itu.</source>
        <translation>File &quot;{berkas}&quot; is not an Excel workbook{extra}. Choose the Excel file (.xlsx, .xls, .ods) or CSV that holds the table; if the table exists only in this document, copy it into Excel, save it as &quot;Excel Workbook (*.xlsx)&quot; and choose that file.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Berkas &quot;{berkas}&quot; dilindungi kata sandi, sehingga isinya tidak dapat dibaca. Buka berkas di Excel dengan kata sandinya, hapus kata sandi (File › Info › Protect Workbook › Encrypt with Password, kosongkan), simpan, lalu impor lagi.</source>
        <translation>File &quot;{berkas}&quot; is password-protected, so its content cannot be read. Open the file in Excel with its password, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it), save, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/bounds.py"/>
        <source>Berkas &quot;{berkas}&quot; ditolak: bagian &quot;{part}&quot; di dalamnya mengembang {grows}saat dibuka (bentuk &quot;bom zip&quot;, tidak pernah dibuat oleh Excel atau LibreOffice). Berkas tidak dibaca dan tidak ada data yang diubah. Minta berkas asli dari pengirimnya, atau buka dan simpan ulang di Excel/LibreOffice bila Anda yakin berkas itu wajar.</source>
        <translation>File &quot;{berkas}&quot; refused: its part &quot;{part}&quot; expands {grows}when opened (a &quot;zip bomb&quot;, never made by Excel or LibreOffice). The file was not read and no data was changed. Ask the sender for the original file, or open and save it again in Excel/LibreOffice if you are sure the file is sound.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Berkas &quot;{berkas}&quot; kosong (0 byte).</source>
        <translation>File &quot;{berkas}&quot; is empty (0 bytes).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Berkas &quot;{berkas}&quot; memiliki {jumlah} lembar berisi daftar pegawai dengan jumlah NIP valid yang sama: {daftar}. Pilih lembar yang akan diimpor.</source>
        <translation>File &quot;{berkas}&quot; has {jumlah} sheets with employee lists holding the same number of valid NIPs: {daftar}. Choose the sheet to import.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Berkas &quot;{berkas}&quot; terlalu besar ({nilai} MB; batas {nilai2} MB). Hapus lembar atau baris yang tidak perlu, lalu coba lagi.</source>
        <translation>File &quot;{berkas}&quot; is too large ({nilai} MB; limit {nilai2} MB). Delete sheets or rows that are not needed, then try again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/bounds.py"/>
        <source>Berkas &quot;{berkas}&quot; terlalu besar setelah dibuka ({total} MB; batas {MAX_UNCOMPRESSED_TOTAL} MB). Hapus lembar, gambar atau baris yang tidak perlu, simpan, lalu coba lagi.</source>
        <translation>File &quot;{berkas}&quot; is too large once opened ({total} MB; limit {MAX_UNCOMPRESSED_TOTAL} MB). Delete sheets, pictures or rows that are not needed, save, then try again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/text_tables.py"/>
        <source>Berkas &quot;{berkas}&quot; terlalu besar untuk tabel teks ({nilai} MB; batas {nilai2} MB). Simpan datanya sebagai buku kerja Excel (*.xlsx), atau bagi menjadi beberapa berkas.</source>
        <translation>File &quot;{berkas}&quot; is too large for a text table ({nilai} MB; limit {nilai2} MB). Save the data as an Excel workbook (*.xlsx), or split it into several files.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Berkas &quot;{berkas}&quot; tidak dapat dibaca dari penyimpanannya (flashdisk atau folder jaringan terputus?). Salin berkas ke komputer ini, lalu coba lagi.</source>
        <translation>File &quot;{berkas}&quot; cannot be read from where it is stored (USB stick or network folder disconnected?). Copy the file to this computer and try again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Berkas &quot;{berkas}&quot; tidak dapat dibuka: akses ditolak. Mungkin berkas sedang dibuka atau dikunci program lain (Excel, sinkronisasi OneDrive, antivirus), atau akun ini tidak berhak membacanya. Tutup berkas itu di Excel, atau salin berkasnya ke folder lain (misalnya Dokumen), lalu pilih salinannya.</source>
        <translation>File &quot;{berkas}&quot; cannot be opened: access denied. It may be open or locked by another program (Excel, OneDrive sync, antivirus), or this account may not read it. Close the file in Excel, or copy it to another folder (for example Documents) and choose the copy.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/layanan.py"/>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <location filename="../../asn_desktop/excel/skm.py"/>
        <source>Berkas &quot;{berkas}&quot; tidak ditemukan.</source>
        <translation>File &quot;{berkas}&quot; not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Berkas &quot;{berkas}&quot;, {lokasi}: {alasan}</source>
        <translation>File &quot;{berkas}&quot;, {lokasi}: {alasan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>Berkas &quot;{berkas}&quot;: bagian lembar &quot;{lembar}&quot; tidak berurutan. Berkas tidak dibaca; minta kantor pengirim mengekspor ulang.</source>
        <translation>File &quot;{berkas}&quot;: the parts of sheet &quot;{lembar}&quot; are out of order. The file was not read; ask the sending office to export it again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>Berkas &quot;{berkas}&quot;: catatan jumlah bagian lembar &quot;{lembar}&quot; tidak valid ({nilai}). Berkas tidak dibaca; minta kantor pengirim mengekspor ulang.</source>
        <translation>File &quot;{berkas}&quot;: the recorded number of parts of sheet &quot;{lembar}&quot; is not valid ({nilai}). The file was not read; ask the sending office to export it again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>Berkas &quot;{berkas}&quot;: lembar &quot;{lembar}&quot; terdiri atas {jumlah} bagian, tetapi bagian berikut tidak ada: {hilang}. Berkas tidak lengkap; minta kantor pengirim mengekspor ulang.</source>
        <translation>File &quot;{berkas}&quot;: sheet &quot;{lembar}&quot; has {jumlah} parts, but these parts are missing: {hilang}. The file is incomplete; ask the sending office to export it again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Berkas &quot;{name}&quot;: tidak ada lembar dengan baris judul yang memuat kolom &quot;NIP&quot; dan kolom &quot;Disiplin (%)&quot; dalam 15 baris pertama.</source>
        <translation>File &quot;{name}&quot;: no sheet has a header row with the columns &quot;NIP&quot; and &quot;Disiplin (%)&quot; in its first 15 rows.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/berkas_bukti.py"/>
        <source>Berkas &apos;{nama}&apos; tidak dapat disalin ke folder bukti: {sebab}.</source>
        <translation>The file &apos;{nama}&apos; could not be copied into the evidence folder: {sebab}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/bukti_dukung.py"/>
        <source>Berkas &apos;{name}&apos; kosong (0 byte); pilih berkas bukti yang berisi.</source>
        <translation>File &apos;{name}&apos; is empty (0 bytes); choose an evidence file with content.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/bukti_dukung.py"/>
        <source>Berkas &apos;{name}&apos; terlalu besar ({ukuran} MB; paling besar {maks} MB). Simpan di folder bersama dan tambahkan sebagai tautan.</source>
        <translation>File &apos;{name}&apos; is too large ({ukuran} MB; at most {maks} MB). Keep it in a shared folder and add it as a link.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/text_tables.py"/>
        <source>Berkas CSV &quot;{berkas}&quot; tidak dapat dibaca pada baris {nilai}: {exc}. Buka di Excel atau LibreOffice, simpan ulang sebagai CSV atau *.xlsx, lalu coba lagi.</source>
        <translation>CSV file &quot;{berkas}&quot; cannot be read at line {nilai}: {exc}. Open it in Excel or LibreOffice, save it again as CSV or *.xlsx, then try again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/berkas_bukti.py"/>
        <source>Berkas bukti &apos;{nama}&apos; di basis data rusak (sha256 tidak cocok).</source>
        <translation>The evidence file &apos;{nama}&apos; in the database is damaged (sha256 does not match).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/berkas_bukti.py"/>
        <source>Berkas bukti &apos;{nama}&apos; sudah berubah atau rusak (sha256 tidak cocok).</source>
        <translation>The evidence file &apos;{nama}&apos; has changed or is damaged (sha256 does not match).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/berkas_bukti.py"/>
        <source>Berkas bukti &apos;{nama}&apos; tidak ada di basis data server maupun di folder bukti. Pulihkan dari cadangan.</source>
        <translation>The evidence file &apos;{nama}&apos; is neither in the server database nor in the evidence folder. Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/berkas_bukti.py"/>
        <source>Berkas bukti &apos;{nama}&apos; tidak ada di folder bukti ({path}). Pulihkan dari cadangan.</source>
        <translation>The evidence file &apos;{nama}&apos; is not in the evidence folder ({path}). Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/berkas_bukti.py"/>
        <source>Berkas bukti &apos;{nama}&apos; tidak dapat disimpan di komputer ini: {sebab}.</source>
        <translation>The evidence file &apos;{nama}&apos; could not be saved on this computer: {sebab}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/bukti_dukung.py"/>
        <source>Berkas bukti &apos;{src}&apos; tidak ditemukan.</source>
        <translation>Evidence file &apos;{src}&apos; not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/berkas_bukti.py"/>
        <source>Berkas bukti tidak dapat disimpan ke folder bukti: {sebab}.</source>
        <translation>The evidence file could not be saved in the evidence folder: {sebab}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>Berkas cadangan tidak dapat disiapkan untuk pemulihan: {exc}</source>
        <translation>The backup file cannot be prepared for the restore: {exc}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/pgdump.py"/>
        <source>Berkas cadangan {berkas} dibuat oleh pg_dump yang lebih baru dari pg_restore di komputer ini. Pasang alat klien PostgreSQL versi terbaru (paket postgresql-client, atau komponen Command Line Tools di Windows).</source>
        <translation>The backup file {berkas} was made by a pg_dump newer than the pg_restore on this computer. Install the latest PostgreSQL client tools (the postgresql-client package, or the Command Line Tools component on Windows).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/penghargaan.py"/>
        <source>Berkas logo {name} bukan gambar PNG atau JPEG.</source>
        <translation>Logo file {name} is not a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/penghargaan.py"/>
        <source>Berkas logo {name} terlalu besar ({ukuran} KB); paling besar {maks} KB.</source>
        <translation>Logo file {name} is too large ({ukuran} KB); at most {maks} KB.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/penghargaan.py"/>
        <source>Berkas logo {name} tidak dapat dibaca: {sebab}.</source>
        <translation>Logo file {name} cannot be read: {sebab}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Berkas yang dipilih adalah basis data yang sedang dibuka; pilih berkas cadangan.</source>
        <translation>The selected file is the database that is open now; choose a backup file.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/pgdump.py"/>
        <source>Berkas {berkas} adalah arsip pg_dump, tetapi bukan cadangan basis data ASN Kinerja Desktop (tabel pegawai/audit_log tidak ada).</source>
        <translation>File {berkas} is a pg_dump archive, but not a backup of an ASN Kinerja Desktop database (the pegawai/audit_log tables are missing).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/pgdump.py"/>
        <source>Berkas {berkas} bukan arsip pg_dump (format custom); bukan cadangan server ASN Kinerja Desktop.</source>
        <translation>File {berkas} is not a pg_dump archive (custom format); it is not an ASN Kinerja Desktop server backup.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>Berkas {berkas} bukan basis data ASN Kinerja Desktop (tabel tidak ada: {nilai}).</source>
        <translation>File {berkas} is not an ASN Kinerja Desktop database (missing tables: {nilai}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/session.py"/>
        <source>Berkas {berkas} bukan basis data ASN Kinerja Desktop (tabel tidak dikenal: {nilai}); berkas tidak diubah.</source>
        <translation>File {berkas} is not an ASN Kinerja Desktop database (unknown tables: {nilai}); the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/session.py"/>
        <source>Berkas {berkas} bukan basis data ASN Kinerja Desktop ({exc}).</source>
        <translation>File {berkas} is not an ASN Kinerja Desktop database ({exc}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <location filename="../../asn_desktop/db/peek.py"/>
        <source>Berkas {berkas} bukan basis data SQLite (ASN Kinerja Desktop).</source>
        <translation>File {berkas} is not an SQLite database (ASN Kinerja Desktop).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Berkas {berkas} dibuat oleh versi aplikasi yang lebih baru atau berbeda (revisi skema {revisi}). Perbarui ASN Kinerja Desktop sebelum memulihkan berkas ini.</source>
        <translation>File {berkas} was made by a newer or different version of the application (schema revision {revisi}). Update ASN Kinerja Desktop before restoring this file.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>Berkas {berkas} dibuat oleh versi aplikasi yang lebih baru atau berbeda (revisi skema {rev}). Perbarui ASN Kinerja Desktop sebelum memulihkan berkas ini.</source>
        <translation>File {berkas} was made by a newer or different version of the application (schema revision {rev}). Update ASN Kinerja Desktop before restoring this file.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>Berkas {berkas} kosong atau terpotong ({size} byte); bukan cadangan yang utuh.</source>
        <translation>File {berkas} is empty or truncated ({size} bytes); not a complete backup.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>Berkas {berkas} rusak dan tidak dapat dipakai untuk pemulihan: {masalah}</source>
        <translation>File {berkas} is damaged and cannot be used for a restore: {masalah}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>Berkas {berkas} tidak dapat dibaca: {exc}</source>
        <translation>File {berkas} cannot be read: {exc}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>Berkas {berkas} tidak ditemukan.</source>
        <translation>File {berkas} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>Berkas {berkas} tidak memiliki versi skema yang jelas ({jumlah} revisi).</source>
        <translation>File {berkas} has no clear schema version ({jumlah} revisions).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Berkas {berkas} tidak memiliki versi skema yang jelas; bukan cadangan yang utuh.</source>
        <translation>File {berkas} has no clear schema version; it is not a complete backup.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>Berkas {candidate} tidak dapat disalin untuk diperiksa: {exc}</source>
        <translation>File {candidate} cannot be copied for checking: {exc}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit.py"/>
        <source>Berkas {path} tidak dapat ditulis ({sebab}). Tutup berkas itu jika sedang dibuka di Excel, atau pilih folder lain.</source>
        <translation>File {path} cannot be written ({sebab}). Close the file if it is open in Excel, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Berkas {path} tidak ditemukan.</source>
        <translation>The file {path} was not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Berkas {sumber} tidak ditemukan.</source>
        <translation>File {sumber} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>Berubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Besaran TPP kelas {kelas} harus angka 0 atau lebih (terisi: {terisi}).</source>
        <translation>The TPP amount of job class {kelas} must be a number of 0 or more (entered: {terisi}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Biaya/tarif</source>
        <translation>Cost/tariff</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Bobot unsur {kode} &quot;{value}&quot; bukan angka (contoh: 0,1 atau 1/10).</source>
        <translation>Weight of element {kode} &quot;{value}&quot; is not a number (example: 0,1 or 1/10).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Bobot unsur {kode} harus lebih dari 0 dan paling besar 1 (diisi {value}).</source>
        <translation>The weight of element {kode} must be more than 0 and at most 1 (entered {value}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Bobot unsur {k} ({jumlah}) belum diisi.</source>
        <translation>The weight of element {k} ({jumlah}) is not filled in.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Bobot untuk unsur yang tidak ada: {nilai}.</source>
        <translation>Weights for elements that do not exist: {nilai}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/bukti_dukung.py"/>
        <source>Bukti dukung dengan id {bukti_id} tidak ditemukan.</source>
        <translation>Supporting evidence with id {bukti_id} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Bukti dukung dihapus</source>
        <translation>Evidence deleted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Bukti dukung dihapus ({nama})</source>
        <translation>Evidence deleted ({nama})</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Bukti dukung ditambahkan</source>
        <translation>Evidence added</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/bukti_dukung.py"/>
        <source>Bukti ini berupa tautan, bukan berkas.</source>
        <translation>This evidence is a link, not a file.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Bulan {bulan} tidak dikenal.</source>
        <translation>Month {bulan} is unknown.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Butuh Perbaikan</source>
        <translation>Needs Improvement</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Cadangan berisi seluruh penilaian dan hash kata sandi; hanya admin yang dapat menyimpannya ke folder lain (mis. flashdisk). Akun &apos;{username}&apos; berperan {label}: cadangan disimpan di folder bawaan di samping basis data.</source>
        <translation>A backup holds every appraisal and the password hashes; only an admin can save it to another folder (e.g. a flash drive). Account &apos;{username}&apos; has the role {label}: the backup is saved in the default folder next to the database.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Cadangan dibuat</source>
        <translation>Backup created</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Cadangan dibuat: {berkas}</source>
        <translation>Backup created: {berkas}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Cadangan dipulihkan</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Cadangan server tidak dapat ditulis: {sebab}.</source>
        <translation>The server backup could not be written: {sebab}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>Cadangan yang baru dibuat tidak lolos pemeriksaan ({masalah}). Jalankan pemeriksaan integritas basis data.</source>
        <translation>The new backup failed its check ({masalah}). Run the database integrity check.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/legacy.py"/>
        <source>Capaian IKI tidak dapat dihitung: target tidak boleh 0 atau kosong.</source>
        <translation>The IKI achievement cannot be calculated: the target must not be 0 or empty.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Catatan bimbingan belum dapat disimpan.</source>
        <translation>The coaching note cannot be saved yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Catatan bimbingan tidak ditemukan (mungkin sudah dihapus di komputer lain).</source>
        <translation>Coaching note not found (it may have been deleted on another computer).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Catatan pembinaan kinerja dihapus</source>
        <translation>Performance coaching note deleted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Catatan pembinaan kinerja disimpan</source>
        <translation>Performance coaching note saved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Catatan penutupan</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>Catatan pertukaran {log_id} tidak ditemukan.</source>
        <translation>Exchange record {log_id} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Catatan rapat belum dapat disimpan.</source>
        <translation>The meeting notes cannot be saved yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/periode.py"/>
        <source>Catatan terlalu panjang (paling banyak 2.000 karakter).</source>
        <translation>The note is too long (at most 2,000 characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Catatan/rekomendasi diubah</source>
        <translation>Notes/recommendation changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Contoh pustaka RHK dipulihkan</source>
        <translation>RHK library examples restored</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Daftar insentif kinerja diekspor</source>
        <translation>Performance allowance list exported</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/langkah_pertama.py"/>
        <source>Daftar langkah pertama hanya untuk operator dan admin.</source>
        <translation>The first-steps list is only for operators and admins.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Daftar pegawai diimpor</source>
        <translation>Employee list imported</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Dasbor layanan hanya untuk pimpinan unit dan admin.</source>
        <translation>The service dashboard is only for unit leaders and admins.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Data SKP diperbarui dari profil</source>
        <translation>SKP data refreshed from the profile</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/errors.py"/>
        <source>Data belum valid.</source>
        <translation>The data is not valid yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Data demo dibuat</source>
        <translation>Demo data created</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Data demo dibuat: %n pegawai</source>
        <translation>
            <numerusform>Demo data created: %n employee</numerusform>
            <numerusform>Demo data created: %n employees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/demo.py"/>
        <source>Data demo hanya dapat dibuat pada basis data kosong; basis data ini sudah berisi data ({tabel}).</source>
        <translation>Demo data can only be created in an empty database; this database already holds data ({tabel}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Data disiplin untuk insentif disimpan</source>
        <translation>Discipline data for the allowance saved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/context.py"/>
        <source>Data ini</source>
        <translation>This data</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Data kepala SKP {nama} diperbarui dari data pegawai</source>
        <translation>SKP header of {nama} refreshed from the employee data</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Data {nama} sudah diubah di jendela atau komputer lain sejak Anda membukanya. Tutup profil ini, buka lagi, lalu ulangi perubahan Anda.</source>
        <translation>The data of {nama} was changed in another window or computer since you opened it. Close this profile, open it again, then repeat your change.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Des</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>Dibatalkan sebelum digabungkan; paket ini tidak disimpan.</source>
        <translation>Cancelled before merging; this package was not saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>Digit ke-15 NIP ({digit}) harus 1 (laki-laki) atau 2 (perempuan).</source>
        <translation>Digit 15 of the NIP ({digit}) must be 1 (male) or 2 (female).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>Digit ke-9 s.d. 14 NIP ({part}) bukan TMT CPNS yang valid: bulan {nilai} tidak ada; seharusnya tahun dan bulan (TTTTBB), misalnya 201505.{hint}</source>
        <translation>Digits 9 to 14 of the NIP ({part}) are not a valid TMT CPNS: month {nilai} does not exist; they should be year and month (YYYYMM), for example 201505.{hint}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Diisi dari pustaka RHK (%n RHK)</source>
        <translation>
            <numerusform>Filled from the RHK library (%n RHK)</numerusform>
            <numerusform>Filled from the RHK library (%n RHK)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Dipindahkan ke {unit}</source>
        <translation>Moved to {unit}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Direncanakan</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>Disimpan: {ringkas}</source>
        <translation>Saved: {ringkas}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Disiplin {nama_bulan} tidak diimpor: %n baris bermasalah.</source>
        <translation>
            <numerusform>Discipline for {nama_bulan} not imported: %n row has problems.</numerusform>
            <numerusform>Discipline for {nama_bulan} not imported: %n rows have problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/layanan.py"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>Diterima{catatan}</source>
        <translation>Accepted{catatan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>Ditolak (mode ketat)</source>
        <translation>Rejected (strict mode)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>Duplikat identik</source>
        <translation>Identical duplicates</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Ekspektasi khusus SKP {nama} diubah</source>
        <translation>Specific expectations in the SKP of {nama} changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/perilaku.py"/>
        <source>Ekspektasi khusus belum dapat disimpan.</source>
        <translation>The specific expectations cannot be saved yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>Ekspor daftar pegawai</source>
        <translation>Export employee list</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>Ekspor paket hasil</source>
        <translation>Export results package</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Eselon</source>
        <translation>Echelon</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Eselon &quot;{value}&quot; tidak dikenali; tulis misalnya III.a atau IV.b.</source>
        <translation>Eselon &quot;{value}&quot; not recognised; write for example III.a or IV.b.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/_common.py"/>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Evaluasi dengan id {evaluasi_id} tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Evaluation with id {evaluasi_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Evaluasi ini belum final.</source>
        <translation>This evaluation is not final yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Evaluasi sudah final (ditandatangani).</source>
        <translation>The evaluation is final (signed).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Evaluasi {nama} {periode} dibuat dari formulir</source>
        <translation>Appraisal {nama} {periode} created from a form</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Evaluasi {nama} {periode} difinalkan</source>
        <translation>Appraisal {nama} {periode} finalised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Evaluasi {nama} {periode} {tahun} dibuat</source>
        <translation>Appraisal {nama} {periode} {tahun} created</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Evaluasi {pegawai_nama} belum dapat difinalkan: %n indikator belum berisi realisasi. Isi realisasinya, atau tuliskan &quot;Tidak dilaksanakan&quot; beserta alasannya pada uraian realisasi.</source>
        <translation>
            <numerusform>The evaluation of {pegawai_nama} cannot be finalised yet: %n indicator has no achievement. Fill it in, or write &quot;Tidak dilaksanakan&quot; with the reason in the achievement description.</numerusform>
            <numerusform>The evaluation of {pegawai_nama} cannot be finalised yet: %n indicators have no achievement. Fill them in, or write &quot;Tidak dilaksanakan&quot; with the reason in the achievement description.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Evaluasi {pegawai_nama} belum dapat difinalkan: rating hasil kerja dan rating perilaku kerja harus diisi.</source>
        <translation>The evaluation of {pegawai_nama} cannot be finalised yet: both the work-result rating and the work-behaviour rating must be filled in.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/_common.py"/>
        <source>Evaluasi {pegawai_nama} sudah diubah di jendela atau komputer lain sejak Anda membukanya. Muat ulang, lalu ulangi perubahan Anda.</source>
        <translation>The evaluation of {pegawai_nama} was changed in another window or computer since you opened it. Reload, then repeat your change.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Evaluasi {pegawai_nama} sudah diubah di jendela atau komputer lain sejak Anda membukanya. Muat ulang, lalu ulangi.</source>
        <translation>The evaluation of {pegawai_nama} was changed in another window or computer since you opened it. Reload, then try again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Evaluasi {pegawai_nama} sudah diubah di tempat lain; muat ulang.</source>
        <translation>The evaluation of {pegawai_nama} was changed elsewhere; reload.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>Excel menyimpan NIP sebagai angka sehingga digit terakhir bisa hilang (angka 18 digit tidak dapat disimpan utuh). Format kolom NIP sebagai Teks lalu ketik ulang NIP-nya, atau awali NIP dengan tanda petik (&apos;), misalnya &apos;198609262015051001.</source>
        <translation>Excel stores the NIP as a number, so the last digits can be lost (an 18-digit number cannot be stored exactly). Format the NIP column as Text and type the NIP again, or start the NIP with an apostrophe (&apos;), for example &apos;198609262015051001.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Final penilaian dibatalkan</source>
        <translation>Appraisal un-finalised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Finalisasi evaluasi {nama} dibatalkan: {alasan}</source>
        <translation>Finalisation of the appraisal of {nama} cancelled: {alasan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>Folder &quot;{parent}&quot; tidak ada.</source>
        <translation>Folder &quot;{parent}&quot; does not exist.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Folder cadangan diatur</source>
        <translation>Backup folder set</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Folder cadangan diubah</source>
        <translation>Backup folder changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Folder cadangan {folder} tidak tersedia (flashdisk tidak terpasang?); cadangan disimpan di {bawaan}.</source>
        <translation>Backup folder {folder} is not available (USB stick not plugged in?); backups are saved in {bawaan}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/printing.py"/>
        <source>Folder tujuan {folder} tidak dapat dibuat: {sebab}.</source>
        <translation>Target folder {folder} cannot be created: {sebab}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/pgdump.py"/>
        <source>Folder {folder} tidak dapat ditulisi ({alasan}). Pilih folder lain.</source>
        <translation>Folder {folder} cannot be written ({alasan}). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Folder {folder} tidak dapat ditulisi. Pilih folder lain.</source>
        <translation>Folder {folder} is not writable. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Folder {folder} tidak ditemukan.</source>
        <translation>Folder {folder} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/penghargaan.py"/>
        <source>Format nomor piagam hanya boleh memuat {{no}} dan {{tahun}}; tidak dikenal: {daftar}.</source>
        <translation>The certificate number format may only contain {{no}} and {{tahun}}; unknown: {daftar}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/penghargaan.py"/>
        <source>Format nomor piagam harus memuat {{no}} (nomor urut kantor), mis. 800/{{no}}/KEC/{{tahun}}.</source>
        <translation>The certificate number format must contain {{no}} (the office&apos;s running number), e.g. 800/{{no}}/KEC/{{tahun}}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/penghargaan.py"/>
        <source>Format nomor piagam paling panjang 80 karakter.</source>
        <translation>The certificate number format can be at most 80 characters.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Formulir &quot;{berkas}&quot; (nomor {nilai}) tidak dibuat oleh basis data ini: mungkin formulir dari kantor atau komputer lain. Formulir ditolak; buat formulir baru dari aplikasi ini.</source>
        <translation>Form &quot;{berkas}&quot; (number {nilai}) was not made by this database: it may be a form from another office or computer. The form was refused; make a new form from this application.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/forms.py"/>
        <source>Formulir &quot;{berkas}&quot; memakai versi {version}, lebih baru dari yang dipahami aplikasi ini ({FORM_VERSION}). Perbarui aplikasi, lalu impor lagi.</source>
        <translation>Form &quot;{berkas}&quot; uses version {version}, newer than this application understands ({FORM_VERSION}). Update the application, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/forms.py"/>
        <source>Formulir &quot;{berkas}&quot; telah diubah di luar sel isian (baris, nama, kunci, atau isi yang terkunci tidak lagi sama dengan saat formulir dibuat); formulir ditolak. Minta formulir baru dan isi hanya sel berwarna kuning.</source>
        <translation>Form &quot;{berkas}&quot; was changed outside its input cells (rows, names, keys or locked content no longer match the form as it was made); the form was refused. Ask for a new form and fill in only the yellow cells.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/forms.py"/>
        <source>Formulir &quot;{berkas}&quot; telah diubah di luar sel isian: lembar &quot;{lembar}&quot; baris {baris} tidak lagi sama dengan saat formulir dibuat (isi sel terkunci seperti NIP, nama, jabatan, atau indikator diketik ulang, atau baris dihapus/disisipkan di sini); formulir ditolak. Minta formulir baru dan isi hanya sel berwarna kuning.</source>
        <translation>Form &quot;{berkas}&quot; was changed outside the cells to fill in: sheet &quot;{lembar}&quot; row {baris} no longer matches the form as it was made (a locked cell such as NIP, name, position or indicator was retyped, or a row was deleted or inserted here); the form is refused. Ask for a new form and fill in only the yellow cells.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Formulir &quot;{berkas}&quot; tidak cocok dengan catatan pembuatannya (kendali formulir telah diubah); formulir ditolak.</source>
        <translation>Form &quot;{berkas}&quot; does not match the record of its making (the form control was changed); the form was refused.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>Formulir penilai dibuat</source>
        <translation>Appraiser form created</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Formulir penilai diimpor</source>
        <translation>Appraiser form imported</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Formulir penilai hanya dapat dibuat oleh admin atau oleh pejabat penilai itu sendiri.</source>
        <translation>An appraiser form can only be made by an admin or by the appraising official themselves.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Foto harus berupa gambar JPEG atau PNG.</source>
        <translation>The photo must be a JPEG or PNG image.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Foto terlalu besar ({ukuran} KB; paling besar {maks} KB).</source>
        <translation>The photo is too large ({ukuran} KB; at most {maks} KB).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/frasa.py"/>
        <source>Frasa kosong.</source>
        <translation>The phrase is empty.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Frasa umpan balik ditambahkan</source>
        <translation>Feedback phrase added</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Gagal masuk ({n}×)</source>
        <translation>Sign-in failed ({n}×)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Gagal masuk: nama pengguna tidak dikenal</source>
        <translation>Sign-in failed: unknown user name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Gelar Belakang</source>
        <translation>Title after name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Gelar Depan</source>
        <translation>Title before name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Gelar dipisahkan dari nama: {catatan}. Hasil: nama &quot;{nama}&quot;, gelar belakang &quot;{gelar}&quot;. Periksa; bila salah, perbaiki di berkas atau di data pegawai.</source>
        <translation>Titles split off the name: {catatan}. Result: name &quot;{nama}&quot;, title after name &quot;{gelar}&quot;. Check it; if wrong, correct it in the file or in the employee data.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/golongan.py"/>
        <source>Golongan &quot;{original}&quot; adalah golongan PNS ({kode}); pegawai PPPK memakai golongan I … XVII tanpa huruf ruang dan tanpa pangkat.</source>
        <translation>Golongan &quot;{original}&quot; is a PNS golongan ({kode}); PPPK employees use golongan I … XVII without a ruang letter and without a rank.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/golongan.py"/>
        <source>Golongan &quot;{original}&quot; adalah golongan PPPK; golongan PNS ditulis seperti III/b.</source>
        <translation>Golongan &quot;{original}&quot; is a PPPK golongan; a PNS golongan is written like III/b.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/golongan.py"/>
        <source>Golongan &quot;{original}&quot; tidak dikenali. {contoh}</source>
        <translation>Golongan &quot;{original}&quot; not recognised. {contoh}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/golongan.py"/>
        <source>Golongan &quot;{original}&quot; tidak dikenali: golongan PPPK hanya I … XVII. {contoh}</source>
        <translation>Golongan &quot;{original}&quot; not recognised: PPPK golongan are only I … XVII. {contoh}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/golongan.py"/>
        <source>Golongan &quot;{original}&quot; tidak memiliki huruf ruang: golongan PNS ditulis seperti III/b. Jika pegawai ini PPPK, tandai status kepegawaiannya PPPK.</source>
        <translation>Golongan &quot;{original}&quot; has no ruang letter: a PNS golongan is written like III/b. If this employee is PPPK, set the employment status to PPPK.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Golongan / TMT</source>
        <translation>Golongan / TMT</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/golongan.py"/>
        <source>Golongan kosong. {contoh}</source>
        <translation>Golongan is empty. {contoh}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/golongan.py"/>
        <source>Golongan {golongan}/{ruang} tidak ada: golongan {golongan} hanya sampai {golongan}/{akhir}.</source>
        <translation>Golongan {golongan}/{ruang} does not exist: golongan {golongan} only goes up to {golongan}/{akhir}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/golongan.py"/>
        <source>Golongan {text} tidak dikenali. {contoh}</source>
        <translation>Golongan {text} not recognised. {contoh}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/golongan.py"/>
        <source>Gunakan kode golongan PNS seperti III/b (I/a … IV/e), nama pangkat seperti &quot;Penata Muda Tingkat I&quot;, atau golongan PPPK I … XVII (misalnya IX).</source>
        <translation>Use a PNS golongan code such as III/b (I/a … IV/e), a rank name such as &quot;Penata Muda Tingkat I&quot;, or a PPPK golongan I … XVII (e.g. IX).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/workflow.py"/>
        <source>Hanya SKP yang diajukan yang dapat dikembalikan (status sekarang: {label}).</source>
        <translation>Only a submitted SKP can be returned (current status: {label}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/workflow.py"/>
        <source>Hanya SKP yang diajukan yang dapat disetujui (status sekarang: {label}).</source>
        <translation>Only a submitted SKP can be approved (current status: {label}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/workflow.py"/>
        <source>Hanya SKP yang sedang diajukan yang dapat ditarik kembali (status sekarang: {label}).</source>
        <translation>Only a submitted SKP can be withdrawn (current status: {label}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/periode.py"/>
        <source>Hanya admin yang dapat membuka kembali periode yang sudah ditutup.</source>
        <translation>Only an admin can reopen a closed period.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/scope.py"/>
        <source>Hanya pejabat penilai ({penilai}) atau admin yang dapat melakukan ini untuk SKP {pegawai_nama}.</source>
        <translation>Only the appraising official ({penilai}) or an admin can do this for the SKP of {pegawai_nama}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/masukan360.py"/>
        <source>Hanya pejabat penilai atau admin yang dapat meminta masukan 360°.</source>
        <translation>Only the appraising official or an admin can request 360° feedback.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Hanya pejabat penilai {pegawai_nama} (atau admin) yang dapat menimpa angka dari catatan.</source>
        <translation>Only the appraising official of {pegawai_nama} (or an admin) can override a figure from the records.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Hari libur dihapus</source>
        <translation>Holiday deleted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Hari libur disimpan</source>
        <translation>Holiday saved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Hasil asesmen potensi dihapus</source>
        <translation>Potential assessment result deleted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Hasil asesmen potensi diimpor</source>
        <translation>Potential assessment results imported</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Hasil asesmen potensi disimpan</source>
        <translation>Potential assessment result saved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Hasil survei hanya dapat dilihat oleh pimpinan unit yang disurvei (kepala unit atau atasannya) dan admin.</source>
        <translation>Survey results can only be seen by the surveyed unit&apos;s leaders (the head of the unit or their superiors) and admins.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/masukan360.py"/>
        <source>Hubungan &apos;{hub}&apos; tidak dikenal; pilih rekan atau bawahan.</source>
        <translation>Relationship &apos;{hub}&apos; is unknown; choose peer or subordinate.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Identitas SKP diubah</source>
        <translation>SKP identity changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/settings.py"/>
        <source>Identitas kantor belum disimpan: NIP atasan Camat tidak valid.</source>
        <translation>The office identity was not saved: the NIP of the Camat&apos;s superior is not valid.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/ukuran.py"/>
        <source>Ikatan ukuran tidak valid: {masalah}</source>
        <translation>Invalid measure binding: {masalah}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>Impor daftar pegawai</source>
        <translation>Import employee roster</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>Impor formulir penilai</source>
        <translation>Import appraiser form</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>Impor nilai kinerja lama</source>
        <translation>Import past appraisal results</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>Impor paket hasil</source>
        <translation>Import results package</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Indikator dihapus</source>
        <translation>Indicator deleted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Indikator ini tidak terikat ukuran; isi realisasinya seperti biasa.</source>
        <translation>This indicator is not bound to a measure; fill in its achievement as usual.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>Indikator tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Indicator not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/bukti_dukung.py"/>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Indikator {indikator_id} bukan bagian dari SKP {pegawai_nama}.</source>
        <translation>Indicator {indikator_id} is not part of the SKP of {pegawai_nama}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>Indikator {nomor} tidak ditemukan pada RHK ini; muat ulang SKP.</source>
        <translation>Indicator {nomor} not found in this RHK; reload the SKP.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Insentif kinerja</source>
        <translation>Performance allowance</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>Isi berkas tidak cocok dengan checksum yang dicatat saat ekspor: data telah diubah setelah berkas dibuat (atau berkas rusak).</source>
        <translation>The file&apos;s contents do not match the checksum recorded at export: the data was changed after the file was made (or the file is damaged).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Isi besaran TPP paling sedikit untuk satu kelas jabatan.</source>
        <translation>Enter the TPP amount for at least one job class.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Isi kedua rating penilaian diri sebelum mengajukan.</source>
        <translation>Fill in both self-assessment ratings before submitting.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter the user name and the password.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Isi tanggal {status} (TMT perubahan status).</source>
        <translation>Enter the {status} date (TMT of the status change).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>Isi tingkat potensi (Rendah/Menengah/Tinggi) atau skornya.</source>
        <translation>Enter the potential level (Rendah/Menengah/Tinggi) or its score.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/layanan.py"/>
        <location filename="../../asn_desktop/excel/skm.py"/>
        <source>Isian terlalu panjang: paling banyak {limit} karakter.</source>
        <translation>Entry too long: at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Istimewa</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>JP harus antara 0 dan 2000 jam pelajaran.</source>
        <translation>JP must be between 0 and 2000 lesson hours.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Jabatan / TMT</source>
        <translation>Position / TMT</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Jabatan fungsional keahlian berjenjang Ahli Pertama/Muda/Madya/Utama.</source>
        <translation>Expertise functional positions have the levels Ahli Pertama/Muda/Madya/Utama.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Jabatan fungsional keterampilan berjenjang Pemula/Terampil/Mahir/Penyelia.</source>
        <translation>Skill functional positions have the levels Pemula/Terampil/Mahir/Penyelia.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/layanan.py"/>
        <source>Jam &quot;{text}&quot; tidak valid; gunakan jj:mm, misalnya 08:30.</source>
        <translation>Time &quot;{text}&quot; is not valid; use hh:mm, for example 08:30.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/layanan.py"/>
        <source>Jam &quot;{v}&quot; tidak terbaca; gunakan jj:mm, misalnya 08:30.</source>
        <translation>Time &quot;{v}&quot; cannot be read; use hh:mm, for example 08:30.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Jenis Jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Jenis Kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/creating.py"/>
        <source>Jenis SKP &apos;{jenis_skp}&apos; tidak dikenal.</source>
        <translation>SKP type &apos;{jenis_skp}&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/tindak_lanjut.py"/>
        <source>Jenis daftar &apos;{jenis}&apos; tidak dikenal.</source>
        <translation>List type &apos;{jenis}&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>Jenis daftar karier &apos;{jenis}&apos; tidak dikenal.</source>
        <translation>Career list type &apos;{jenis}&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Jenis jabatan &quot;{isi}&quot; belum cukup rinci (tanpa eselon/jenjang); kolom ini tidak diimpor untuk baris ini.</source>
        <translation>Position type &quot;{isi}&quot; is not specific enough (no eselon/level); this column is not imported for this row.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Jenis jabatan &quot;{value}&quot; tidak dikenali; gunakan Pelaksana, Pengawas, Administrator, JPT Pratama, Fungsional Keahlian, atau Fungsional Keterampilan.</source>
        <translation>Position type &quot;{value}&quot; not recognised; use Pelaksana, Pengawas, Administrator, JPT Pratama, Fungsional Keahlian, or Fungsional Keterampilan.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Jenis jabatan &apos;{jenis_jabatan}&apos; tidak dikenal.</source>
        <translation>Position type &apos;{jenis_jabatan}&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Jenis kelamin &quot;{value}&quot; tidak dikenal: seharusnya L (laki-laki) atau P (perempuan).</source>
        <translation>Unknown sex &quot;{value}&quot;: should be L (male) or P (female).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Jenis kelamin &quot;{value}&quot; tidak dikenali; gunakan L atau P (juga LK/PR, Laki-laki/Perempuan).</source>
        <translation>Sex &quot;{value}&quot; not recognised; use L or P (also LK/PR, Laki-laki/Perempuan).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Jenis kelamin harus L (laki-laki) atau P (perempuan).</source>
        <translation>Sex must be L (male) or P (female).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <source>Jenis laporan &apos;{jenis}&apos; tidak dikenal.</source>
        <translation>Report type &apos;{jenis}&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Jenis layanan &quot;{nama}&quot; sudah ada.</source>
        <translation>Service type &quot;{nama}&quot; already exists.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Jenis layanan paling panjang 200 karakter.</source>
        <translation>The service type can be at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Jenis layanan wajib diisi (mis. &quot;Surat keterangan domisili&quot;).</source>
        <translation>The service type is required (e.g. &quot;Surat keterangan domisili&quot;).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Jenis layanan wajib diisi (mis. &quot;Surat keterangan&quot;).</source>
        <translation>The service type is required (e.g. &quot;Surat keterangan&quot;).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Jenis unit &apos;{jenis}&apos; tidak dikenal.</source>
        <translation>Unit type &apos;{jenis}&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Jenjang &apos;{jenjang}&apos; tidak dikenal.</source>
        <translation>Level &apos;{jenjang}&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Jenjang hanya diisi untuk jabatan fungsional.</source>
        <translation>The level is only filled in for functional positions.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>Jenjang hanya untuk jabatan fungsional; kolom Jenjang tidak diimpor.</source>
        <translation>A level applies to functional positions only; the Level column is not imported.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/tindak_lanjut.py"/>
        <source>Jenjang jabatan fungsional belum diisi pada data pegawai</source>
        <translation>The functional position level is not filled in the employee data</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Jenjang tidak dikenali; gunakan Ahli Pertama/Muda/Madya/Utama atau Pemula/Terampil/Mahir/Penyelia.</source>
        <translation>Level not recognised; use Ahli Pertama/Muda/Madya/Utama or Pemula/Terampil/Mahir/Penyelia.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Judul rapat</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/tindak_lanjut.py"/>
        <source>Jumlah berturut-turut harus 2 sampai 12.</source>
        <translation>The number of consecutive periods must be 2 to 12.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Jumlah bobot unsur harus 1 (sekarang {total}); sesuaikan bobot unsur tambahan.</source>
        <translation>The element weights must add up to 1 (now {total}); adjust the weights of the additional elements.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Jumlah bulan penilaian harus 1 sampai 12, ditemukan {bulan}.</source>
        <translation>The number of appraisal months must be 1 to 12, found {bulan}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Jumlah pegawai dan akun tidak diketahui (tidak ada berkas keterangan .json di samping cadangan).</source>
        <translation>Number of employees and accounts unknown (no .json description file beside the backup).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/demo.py"/>
        <source>Jumlah pegawai demo harus antara {minimal} (susunan satu kecamatan) dan 100.000.</source>
        <translation>The number of demo employees must be between {minimal} (the structure of one kecamatan) and 100,000.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Jumlah pegawai untuk predikat {label} tidak boleh negatif ({jumlah}).</source>
        <translation>The number of employees for predicate {label} must not be negative ({jumlah}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/tindak_lanjut.py"/>
        <source>Jumlah tahun harus 1 sampai 5.</source>
        <translation>The number of years must be 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/tindak_lanjut.py"/>
        <source>Jumlah {n} periode yang dinilai (evaluasi tahunan belum ada)</source>
        <translation>Sum of {n} appraised periods (no annual evaluation yet)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/kunci_kantor.py"/>
        <source>Kantor dengan kode &quot;{kode}&quot; belum pernah dipercaya di basis data ini.</source>
        <translation>The office with code &quot;{kode}&quot; has never been trusted in this database.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kantor pengirim diatur ulang</source>
        <translation>Sending offices reset</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kantor pengirim dicatat</source>
        <translation>Sending office recorded</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kantor pengirim dipercaya</source>
        <translation>Sending office trusted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Karier</source>
        <translation>Careers</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kata sandi akun &apos;{nama}&apos; disetel ulang oleh admin</source>
        <translation>Password of account &apos;{nama}&apos; reset by an admin</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Kata sandi baru harus berbeda dari kata sandi lama.</source>
        <translation>The new password must differ from the old password.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Kata sandi belum dapat diganti.</source>
        <translation>The password cannot be changed yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Kata sandi belum memenuhi syarat.</source>
        <translation>The password does not meet the requirements yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kata sandi diganti oleh pemiliknya</source>
        <translation>Password changed by its owner</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Kata sandi maksimal {max_password} karakter.</source>
        <translation>The password can have at most {max_password} characters.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Kata sandi minimal {min_password} karakter.</source>
        <translation>The password needs at least {min_password} characters.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Kata sandi terlalu mudah ditebak; gunakan campuran huruf dan angka.</source>
        <translation>The password is too easy to guess; use a mix of letters and digits.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Kata sandi tidak boleh sama dengan nama pengguna.</source>
        <translation>The password cannot be the same as the user name.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/session.py"/>
        <source>Kata sandi untuk {shown} salah.</source>
        <translation>The password for {shown} is wrong.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/frasa.py"/>
        <source>Kategori frasa &apos;{kategori}&apos; tidak dikenal; gunakan hasil atau perilaku.</source>
        <translation>Phrase category &apos;{kategori}&apos; is unknown; use hasil or perilaku.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Kecamatan (semua unit)</source>
        <translation>Whole kecamatan (all units)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Kelas Jabatan</source>
        <translation>Position class</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Kelas jabatan</source>
        <translation>Position class</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Kelas jabatan &quot;{isi}&quot; dibaca sebagai {kelas}; &quot;{sisa}&quot; diabaikan.</source>
        <translation>Position class &quot;{isi}&quot; read as {kelas}; &quot;{sisa}&quot; ignored.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Kelas jabatan antara 1 dan 17.</source>
        <translation>The job class is between 1 and 17.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Kelas jabatan belum diisi pada data pegawai</source>
        <translation>Job class not filled in in the employee data</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Kelas jabatan {kelas} tidak dikenal (harus {min} sampai {maks}).</source>
        <translation>Job class {kelas} is unknown (must be {min} to {maks}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kepala SKP {nama} diubah</source>
        <translation>SKP header of {nama} changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kepala unit ditetapkan</source>
        <translation>Unit head set</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kepala unit {unit} dikosongkan</source>
        <translation>Head of unit {unit} cleared</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kepala unit {unit} diubah</source>
        <translation>Head of unit {unit} changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Kesimpulan</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Keterangan terlalu panjang (paling banyak 2000 karakter).</source>
        <translation>The note is too long (at most 2000 characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/golongan.py"/>
        <source>Kode golongan {kode} tidak dikenal. {contoh}</source>
        <translation>Unknown golongan code {kode}. {contoh}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/berakhlak.py"/>
        <source>Kode nilai BerAKHLAK {kode} tidak dikenal; yang berlaku: {valid}.</source>
        <translation>Unknown BerAKHLAK value code {kode}; valid codes: {valid}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Kode unsur ganda: {nilai}.</source>
        <translation>Duplicate element codes: {nilai}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Koefisien angka kredit harus angka 0 atau lebih, ditemukan {koefisien}.</source>
        <translation>The credit point coefficient must be a number of 0 or more, found {koefisien}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>Kolom &quot;{header}&quot; tidak ada pada lembar &quot;{name}&quot; berkas &quot;{berkas}&quot;. Jangan menghapus atau mengganti nama kolom berkas pertukaran.</source>
        <translation>Column &quot;{header}&quot; is missing from sheet &quot;{name}&quot; of file &quot;{berkas}&quot;. Do not delete or rename the columns of an exchange file.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Kolom berikut tidak diimpor: {kolom}.</source>
        <translation>These columns are not imported: {kolom}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>Kolom teks berisi angka ({value}); angka panjang kehilangan digit. Ekspor ulang berkas.</source>
        <translation>A text column holds a number ({value}); long numbers lose digits. Export the file again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Kompetensi pelaksana</source>
        <translation>Staff competence</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kuesioner SKM disimpan</source>
        <translation>SKM questionnaire saved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Kuesioner belum disimpan; perbaiki isian yang ditandai.</source>
        <translation>The questionnaire was not saved; correct the marked entries.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kuesioner {nomor} dicatat ({survei})</source>
        <translation>Questionnaire {nomor} recorded ({survei})</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kuesioner {nomor} dihapus dari {survei}</source>
        <translation>Questionnaire {nomor} deleted from {survei}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kuesioner {nomor} diubah ({survei})</source>
        <translation>Questionnaire {nomor} changed ({survei})</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Kuesioner {nomor} sudah dihapus di komputer lain; muat ulang daftar.</source>
        <translation>Questionnaire {nomor} was deleted on another computer; reload the list.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kunci akun &apos;{nama}&apos; dibuka</source>
        <translation>Account &apos;{nama}&apos; unlocked</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kunci kantor</source>
        <translation>Office key</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/settings.py"/>
        <source>Kunci otomatis: isi 0 (mati) sampai {maks} menit.</source>
        <translation>Automatic lock: enter 0 (off) to {maks} minutes.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/kunci_kantor.py"/>
        <source>Kunci publik pada paket tidak valid.</source>
        <translation>The public key in the package is not valid.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kunci tanda tangan kantor dibuat</source>
        <translation>Office signing key created</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kunci tanda tangan kantor dibuat (penggunaan pertama)</source>
        <translation>Office signing key created (first use)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kunci tanda tangan kantor diganti</source>
        <translation>Office signing key replaced</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Kunci tanda tangan kantor diganti: {alasan}</source>
        <translation>Office signing key replaced: {alasan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Kurang</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Kurang baik</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Kurang/Misconduct</source>
        <translation>Poor/Misconduct</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Lampiran SKP diubah</source>
        <translation>SKP attachments changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Lampiran SKP {nama} diubah</source>
        <translation>SKP attachments of {nama} changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>Lembar &quot;{bagian}&quot; berkas &quot;{berkas}&quot; memiliki judul kolom yang berbeda dari lembar &quot;{lembar}&quot;; bagian satu lembar harus sama kolomnya. Berkas tidak dibaca; minta kantor pengirim mengekspor ulang.</source>
        <translation>Sheet &quot;{bagian}&quot; of file &quot;{berkas}&quot; has other column headers than sheet &quot;{lembar}&quot;; the parts of one sheet must have the same columns. The file was not read; ask the sending office to export it again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>Lembar &quot;{lembar}&quot; baris {baris} kolom {kolom} ({judul}): {alasan}</source>
        <translation>Sheet &quot;{lembar}&quot; row {baris} column {kolom} ({judul}): {alasan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>Lembar &quot;{lembar}&quot; berisi {baris} baris, sedangkan saat diekspor {diekspor} baris.</source>
        <translation>Sheet &quot;{lembar}&quot; has {baris} rows, but it had {diekspor} rows when it was exported.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Lembar &quot;{lembar}&quot; dibaca ({jumlah} NIP valid). Berkas ini juga memiliki lembar tersembunyi berisi daftar pegawai (NIP valid): {tersembunyi}. Lembar tersembunyi hanya dibaca bila Anda memilihnya; periksa mana yang benar.</source>
        <translation>Sheet &quot;{lembar}&quot; was read ({jumlah} valid NIPs). The file also has hidden sheets holding an employee list (valid NIPs): {tersembunyi}. A hidden sheet is read only when you choose it; check which one is right.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Lembar &quot;{lembar}&quot; dipilih karena memiliki NIP valid terbanyak ({jumlah} baris; lembar lain: {lain}). Pilih lembar lain bila perlu.</source>
        <translation>Sheet &quot;{lembar}&quot; was chosen because it has the most valid NIPs ({jumlah} rows; other sheets: {lain}). Choose another sheet if needed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Lembar &quot;{lembar}&quot; tersembunyi di Excel dan dibaca karena tidak ada lembar terlihat yang berisi NIP valid ({jumlah} NIP valid di lembar ini). Periksa apakah ini daftar yang benar; di Excel lembarnya dapat ditampilkan dengan klik kanan pada tab lembar › Unhide.</source>
        <translation>Sheet &quot;{lembar}&quot; is hidden in Excel and was read because no visible sheet holds a valid NIP ({jumlah} valid NIPs on this sheet). Check that this is the right list; in Excel the sheet can be shown with a right-click on the sheet tab › Unhide.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <location filename="../../asn_desktop/excel/riwayat_nilai.py"/>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Lembar &quot;{lembar}&quot; tidak ada pada &quot;{berkas}&quot;. Lembar yang ada: {daftar}.</source>
        <translation>Sheet &quot;{lembar}&quot; is missing from &quot;{berkas}&quot;. Sheets present: {daftar}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Lembar &quot;{name}&quot; pada &quot;{berkas}&quot; terlalu besar: isinya terpakai sampai sel {nilai}{rows} ({rows2} baris × {cols} kolom; batas {MAX_CELLS} sel). Hapus isi dan format di luar tabel (mis. sel {nilai}{rows}), simpan, lalu coba lagi.</source>
        <translation>Sheet &quot;{name}&quot; in &quot;{berkas}&quot; is too large: its content reaches cell {nilai}{rows} ({rows2} rows × {cols} columns; limit {MAX_CELLS} cells). Clear content and formatting outside the table (e.g. cell {nilai}{rows}), save, then try again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/forms.py"/>
        <source>Lembar &quot;{name}&quot; tidak ada pada formulir &quot;{berkas}&quot;; formulir ditolak.</source>
        <translation>Sheet &quot;{name}&quot; is missing from form &quot;{berkas}&quot;; the form was refused.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Lembar &quot;{sheet}&quot; pada &quot;{berkas}&quot; berisi {rows} baris; batas impor {limit} baris. Jika datanya sebenarnya lebih sedikit, hapus baris kosong berformat di bawah tabel (pilih baris-baris itu › Hapus), simpan, lalu impor lagi; jika memang sebanyak itu, bagi datanya menjadi beberapa berkas.</source>
        <translation>Sheet &quot;{sheet}&quot; in &quot;{berkas}&quot; has {rows} rows; the import limit is {limit} rows. If the data is really smaller, delete the formatted empty rows below the table (select those rows › Delete), save, then import again; if it really is that large, split the data into several files.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Lembar &quot;{sheet}&quot; pada &quot;{berkas}&quot; tidak memiliki baris judul kolom yang dikenali. Diperlukan paling sedikit kolom NIP (atau NIP BARU / nip_baru) dan NAMA.</source>
        <translation>Sheet &quot;{sheet}&quot; in &quot;{berkas}&quot; has no recognised column header row. At least the columns NIP (or NIP BARU / nip_baru) and NAMA are needed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>Lembar berikut tidak ada pada &quot;{berkas}&quot;: {daftar}. Berkas tidak lengkap; minta kantor pengirim mengekspor ulang.</source>
        <translation>These sheets are missing from &quot;{berkas}&quot;: {daftar}. The file is incomplete; ask the sending office to export it again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Log audit diekspor</source>
        <translation>Audit log exported</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Log audit diekspor (%n baris) ke {berkas}</source>
        <translation>
            <numerusform>Audit log exported (%n row) to {berkas}</numerusform>
            <numerusform>Audit log exported (%n rows) to {berkas}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Masuk</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Masuk ditolak: akun nonaktif</source>
        <translation>Sign-in refused: account inactive</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Masuk ditolak: akun terkunci</source>
        <translation>Sign-in refused: account locked</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Masukan 360° diberikan</source>
        <translation>360° feedback given</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Masukan 360° dikirim untuk {nama}</source>
        <translation>360° feedback sent for {nama}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Masukan 360° diminta</source>
        <translation>360° feedback requested</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/masukan360.py"/>
        <source>Masukan 360° hanya dapat diisi oleh pegawai yang diminta.</source>
        <translation>360° feedback can only be filled in by the employee who was asked.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Matriks peran hasil diekspor</source>
        <translation>Result role matrix exported</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Matriks peran hasil {nama} {tahun} diekspor ke {berkas}</source>
        <translation>Result role matrix {nama} {tahun} exported to {berkas}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>Mode ketat: ada baris yang ditolak; tidak ada yang disimpan.</source>
        <translation>Strict mode: some rows were rejected; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>Mode ketat: tidak ada yang disimpan karena {ditolak} baris ditolak ({ringkas}).</source>
        <translation>Strict mode: nothing was saved because {ditolak} rows were rejected ({ringkas}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>NIK harus 16 digit, ditemukan %n digit.</source>
        <translation>
            <numerusform>The NIK must have 16 digits; %n digit found.</numerusform>
            <numerusform>The NIK must have 16 digits; %n digits found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>NIP Atasan</source>
        <translation>Supervisor NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>NIP Lama</source>
        <translation>Old NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/settings.py"/>
        <source>NIP atasan Camat tidak valid: {exc}</source>
        <translation>The NIP of the Camat&apos;s superior is not valid: {exc}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>NIP atasan harus 18 digit, ditemukan {jumlah} digit.</source>
        <translation>The supervisor NIP must have 18 digits, found {jumlah} digits.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>NIP atasan sama dengan NIP pegawai sendiri; atasan tidak diubah.</source>
        <translation>The supervisor NIP is the employee&apos;s own NIP; the supervisor was not changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>NIP atasan tidak dipakai: {alasan}</source>
        <translation>Supervisor NIP not used: {alasan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>NIP atasan {nip} tidak ditemukan di basis data maupun di berkas ini; atasan tidak diubah.</source>
        <translation>Supervisor NIP {nip} not found in the database or in this file; the supervisor was not changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>NIP hanya boleh berisi angka; ditemukan karakter &apos;{nilai}&apos; pada &quot;{nilai2}&quot;.</source>
        <translation>NIP may contain digits only; found the character &apos;{nilai}&apos; in &quot;{nilai2}&quot;.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>NIP harus berupa teks angka, bukan {jenis}; isi NIP 18 digit.</source>
        <translation>NIP must be text of digits, not {jenis}; enter the 18-digit NIP.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>NIP kosong; isi NIP 18 digit (atau NIP lama 9 digit).</source>
        <translation>NIP is empty; enter the 18-digit NIP (or the 9-digit old NIP).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>NIP kosong; isi NIP 18 digit (sebagai teks).</source>
        <translation>NIP is empty; enter the 18-digit NIP (as text).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>NIP lama</source>
        <translation>Old NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>NIP lama (9 digit) tidak dapat dipakai sebagai NIP; isi NIP 18 digit (NIP lama dapat dicantumkan di kolom NIP Lama).</source>
        <translation>An old NIP (9 digits) cannot be used as the NIP; enter the 18-digit NIP (the old NIP can go in the Old NIP column).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>NIP lama harus 9 digit, ditemukan %n digit.</source>
        <translation>
            <numerusform>The old NIP must have 9 digits; %n digit found.</numerusform>
            <numerusform>The old NIP must have 9 digits; %n digits found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>NIP tersimpan sebagai angka ({shown}). {petunjuk}</source>
        <translation>NIP stored as a number ({shown}). {petunjuk}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>NIP tertulis sebagai angka ilmiah ({text}). {petunjuk}</source>
        <translation>NIP written as a scientific number ({text}). {petunjuk}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>NIP tidak valid ({raw}); isi NIP 18 digit sebagai teks.</source>
        <translation>NIP not valid ({raw}); enter the 18-digit NIP as text.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>NIP {jumlah} digit ({isi}), seharusnya 18 digit; periksa digit yang hilang atau berlebih.</source>
        <translation>NIP of {jumlah} digits ({isi}), it should have 18 digits; check for missing or extra digits.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/riwayat_nilai.py"/>
        <source>NIP {jumlah} digit ({nip}); seharusnya 18 digit.</source>
        <translation>NIP of {jumlah} digits ({nip}); it should have 18 digits.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>NIP {nip} berakhir dengan 000, padahal nomor urut NIP dimulai dari 001: NIP ini kemungkinan pernah tersimpan sebagai angka di Excel sehingga tiga digit terakhirnya hilang. Ambil NIP yang benar dari SK atau data asli, format kolom NIP sebagai Teks, lalu ketik ulang.</source>
        <translation>NIP {nip} ends in 000, but NIP sequence numbers start at 001: this NIP was probably stored as a number in Excel, which lost its last three digits. Take the right NIP from the decree or the original data, format the NIP column as Text and type it again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>NIP {nip} sudah dipakai oleh {nama}.</source>
        <translation>NIP {nip} is already used by {nama}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>NIP {nip} tercantum lebih dari sekali (baris {baris}) dengan data berbeda ({beda}). Tidak satu pun baris ini diimpor; perbaiki atau hapus baris yang salah, lalu impor lagi.</source>
        <translation>NIP {nip} appears more than once (rows {baris}) with different data ({beda}). None of these rows is imported; correct or delete the wrong rows, then import again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Nama / NIP</source>
        <translation>Name / NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Nama aturan harus diisi (mis. &quot;Perkada TPP 2026&quot;).</source>
        <translation>The rule&apos;s name is required (e.g. &quot;Perkada TPP 2026&quot;).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <location filename="../../asn_desktop/excel/forms.py"/>
        <location filename="../../asn_desktop/excel/import_report.py"/>
        <source>Nama berkas &quot;{berkas}&quot; harus berakhiran .xlsx.</source>
        <translation>The file name &quot;{berkas}&quot; must end in .xlsx.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit.py"/>
        <source>Nama berkas ekspor harus berakhiran .xlsx (bukan &apos;{name}&apos;).</source>
        <translation>The export file name must end in .xlsx (not &apos;{name}&apos;).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Nama harus berisi huruf.</source>
        <translation>The name must contain letters.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Nama kosong; setiap baris pegawai harus memiliki nama.</source>
        <translation>Name is empty; every employee row must have a name.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Nama pengguna &apos;{username}&apos; sudah dipakai.</source>
        <translation>User name &apos;{username}&apos; is already taken.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Nama pengguna 2–50 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung (tanpa spasi), diawali huruf atau angka.</source>
        <translation>User name of 2–50 characters: lower-case letters, digits, dot, underscore or hyphen (no spaces), starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Nama pengguna atau kata sandi salah. Setelah {kali} kali salah berturut-turut, akun dikunci {menit} menit.</source>
        <translation>Wrong user name or password. After {kali} wrong attempts in a row, the account is locked for {menit} minutes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Nama terlalu panjang (%n karakter; paling banyak 200).</source>
        <translation>
            <numerusform>The name is too long (%n character; at most 200).</numerusform>
            <numerusform>The name is too long (%n characters; at most 200).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Nama unit kerja terlalu panjang (%n karakter; paling banyak 200).</source>
        <translation>
            <numerusform>The work unit name is too long (%n character; at most 200).</numerusform>
            <numerusform>The work unit name is too long (%n characters; at most 200).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Nama unit kerja wajib diisi.</source>
        <translation>The work unit&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Nama wajib diisi.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Nilai IKM harus 1–4 (dihitung {f}).</source>
        <translation>The IKM score must be 1–4 (calculated {f}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/legacy.py"/>
        <source>Nilai SKP tidak dapat dihitung: belum ada kegiatan tugas jabatan.</source>
        <translation>The SKP score cannot be calculated: there are no job task activities yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Nilai kinerja lama</source>
        <translation>Past appraisals</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Nilai kinerja lama diimpor</source>
        <translation>Past ratings imported</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/riwayat_nilai.py"/>
        <source>Nilai prestasi kerja {nilai_akhir} tidak sama dengan 60% SKP + 40% perilaku = {npk} (PP 46/2011 Pasal 20). Disimpan seperti tertulis.</source>
        <translation>Work performance score {nilai_akhir} is not 60% SKP + 40% behaviour = {npk} (PP 46/2011 Article 20). Saved as written.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/riwayat_nilai.py"/>
        <source>Nilai tidak terbaca; seharusnya angka 0–{MAX_NILAI}. Dibiarkan kosong.</source>
        <translation>The score cannot be read; it should be a number 0–{MAX_NILAI}. Left empty.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Nilai unsur {kode} harus 1–4 (diisi {v}).</source>
        <translation>The score of element {kode} must be 1–4 (entered {v}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>No HP</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Nomor HP hanya boleh berisi angka, spasi, tanda hubung, atau + di depan.</source>
        <translation>A mobile number may only contain digits, spaces, hyphens, or a leading +.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/skm.py"/>
        <source>Nomor kuesioner harus bilangan bulat 1 atau lebih.</source>
        <translation>The questionnaire number must be a whole number of 1 or more.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Notula rapat disimpan</source>
        <translation>Meeting minutes saved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Notulen rapat hanya dapat dicetak oleh pimpinan rapat dan admin.</source>
        <translation>Meeting minutes can only be printed by the meeting&apos;s chair and admins.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Organisasi Baik: predikat Baik paling banyak 70 %; harus ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang/Misconduct; sisanya Sangat Baik dan/atau Sangat Kurang.</source>
        <translation>Good organisation: at most 70 % Good; there must be employees rated Needs Improvement and/or Poor/Misconduct; the rest Very Good and/or Very Poor.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Organisasi Butuh Perbaikan: predikat Butuh Perbaikan paling sedikit 60 %; Sangat Baik paling banyak 10 %; sisanya Baik, Kurang/Misconduct, Sangat Kurang.</source>
        <translation>Organisation needing improvement: at least 60 % Needs Improvement; at most 10 % Very Good; the rest Good, Poor/Misconduct, Very Poor.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Organisasi Istimewa: predikat Sangat Baik paling banyak 70 %; sisanya predikat lain mana pun.</source>
        <translation>Outstanding organisation: at most 70 % Very Good; the rest any other predicate.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Organisasi Kurang: predikat Kurang/Misconduct paling sedikit 60 %; Butuh Perbaikan paling sedikit 10 %; Sangat Baik paling banyak 10 %; sisanya Baik, Sangat Kurang.</source>
        <translation>Poor organisation: at least 60 % Poor/Misconduct; at least 10 % Needs Improvement; at most 10 % Very Good; the rest Good, Very Poor.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Organisasi Sangat Kurang: predikat Sangat Kurang paling sedikit 60 %; Kurang/Misconduct dan/atau Butuh Perbaikan paling sedikit 10 %; sisanya Baik; tidak boleh ada Sangat Baik.</source>
        <translation>Very poor organisation: at least 60 % Very Poor; at least 10 % Poor/Misconduct and/or Needs Improvement; the rest Good; no Very Good allowed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Organisasi {organisasi} ({sumber})</source>
        <translation>Organisation {organisasi} ({sumber})</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>Paket dilewati: paket {nilai} tahun {tahun} bernomor {nomor}, sedangkan paket bernomor {last} yang lebih baru sudah diimpor. Tidak ada yang disimpan dari paket ini.</source>
        <translation>Package skipped: package {nilai} for {tahun} has number {nomor}, but the newer package number {last} was already imported. Nothing from this package was saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>Paket ditolak: {alasan}</source>
        <translation>Package refused: {alasan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Paket hasil diekspor</source>
        <translation>Results package exported</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Paket hasil digabungkan</source>
        <translation>Results package merged</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Paket hasil diuji (tidak disimpan)</source>
        <translation>Results package tested (not saved)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Paket hasil {berkas} (nomor {nomor}) digabungkan</source>
        <translation>Results package {berkas} (number {nomor}) merged</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/kunci_kantor.py"/>
        <source>Paket tidak menyebut kode kantor; kuncinya tidak dapat dipercaya.</source>
        <translation>The package names no office code; its key cannot be trusted.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Paling banyak 200 karakter.</source>
        <translation>At most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/golongan.py"/>
        <source>Pangkat dan golongan pada &quot;{original}&quot; tidak cocok: pangkat {pangkat} adalah golongan {kode}, bukan {kode2}. Periksa kembali salah satunya.</source>
        <translation>Rank and golongan in &quot;{original}&quot; do not match: rank {pangkat} is golongan {kode}, not {kode2}. Check one of them.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Pegawai berstatus CPNS tetapi TMT PNS sudah diisi; periksa status kepegawaian.</source>
        <translation>The employee is a CPNS but TMT PNS is filled in; check the employment status.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Pegawai dengan id {daftar} tidak ditemukan.</source>
        <translation>Employee with id {daftar} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Pegawai dengan id {pegawai_id} tidak ditemukan (mungkin dihapus di jendela lain).</source>
        <translation>Employee with id {pegawai_id} not found (it may have been deleted in another window).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <location filename="../../asn_desktop/services/penghargaan.py"/>
        <location filename="../../asn_desktop/services/skp/_common.py"/>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Pegawai dengan id {pegawai_id} tidak ditemukan.</source>
        <translation>Employee with id {pegawai_id} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/masukan360.py"/>
        <location filename="../../asn_desktop/services/rapor.py"/>
        <source>Pegawai dengan id {pid} tidak ditemukan.</source>
        <translation>Employee with id {pid} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Pegawai dipindahkan ke unit lain</source>
        <translation>Employees moved to another unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Pegawai ditambahkan</source>
        <translation>Employee added</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Pegawai ini sudah ditautkan ke akun &apos;{akun}&apos;.</source>
        <translation>This employee is already linked to account &apos;{akun}&apos;.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/masukan360.py"/>
        <source>Pegawai tidak dapat memberi masukan 360° untuk dirinya sendiri.</source>
        <translation>An employee cannot give 360° feedback about themselves.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Pegawai tidak dapat menjadi atasan dirinya sendiri.</source>
        <translation>An employee cannot be their own superior.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Pegawai tidak ditemukan.</source>
        <translation>Employee not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Pegawai yang ditautkan tidak ditemukan.</source>
        <translation>The linked employee was not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/header.py"/>
        <source>Pejabat penilai (id {pejabat_penilai_id}) tidak ditemukan.</source>
        <translation>Appraising official (id {pejabat_penilai_id}) not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/header.py"/>
        <source>Pejabat penilai tidak boleh pegawai itu sendiri.</source>
        <translation>The appraising official cannot be the employee themselves.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/header.py"/>
        <source>Pejabat penilai yang dipilih bukan atasan langsung pegawai ini. Tuliskan alasannya ({minimal}–500 karakter), misalnya &apos;atasan langsung cuti panjang, Plt.&apos;.</source>
        <translation>The selected appraising official is not this employee&apos;s direct superior. Write the reason ({minimal}–500 characters), e.g. &apos;direct superior on long leave, Plt.&apos;.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/header.py"/>
        <source>Pejabat penilai {nama} adalah atasan langsungnya. Hanya operator atau admin yang dapat menetapkan pejabat penilai lain (dengan alasan); minta mereka bila atasan di data pegawai keliru.</source>
        <translation>Appraising official {nama} is the direct superior. Only an operator or admin can set another appraising official (with a reason); ask them if the superior in the employee data is wrong.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/header.py"/>
        <source>Pejabat penilai {pegawai_nama} adalah atasan langsungnya; hanya operator atau admin yang dapat mengubahnya.</source>
        <translation>The appraising official of {pegawai_nama} is the direct superior; only an operator or admin can change it.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Pejabat penilai {penilai} tidak ditemukan di basis data.</source>
        <translation>Appraising official {penilai} not found in the database.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Pembimbing tidak boleh pegawai yang dibimbing sendiri.</source>
        <translation>The coach cannot be the coached employee.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Pembimbing tidak ditemukan.</source>
        <translation>Coach not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Pembinaan kinerja</source>
        <translation>Performance coaching</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>Pembinaan kinerja dan kompetensi</source>
        <translation>Performance and competency coaching</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>Pembinaan kinerja; evaluasi penempatan</source>
        <translation>Performance coaching; review the placement</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Pemeriksaan integritas basis data {berkas} menemukan kerusakan:
{masalah}

Yang perlu dilakukan:
  1. Jangan hapus atau timpa berkas basis data; tutup jendela lain yang membukanya.
  2. {pulihkan}
  3. Dari baris perintah: asn-desktop restore BERKAS_CADANGAN. Basis data yang rusak dicadangkan dahulu sebelum diganti.</source>
        <translation>The integrity check of the database {berkas} found damage:
{masalah}

What to do:
  1. Do not delete or overwrite the database file; close other windows that have it open.
  2. {pulihkan}
  3. From the command line: asn-desktop restore BACKUP_FILE. The damaged database is backed up first before it is replaced.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Pemindahan diurungkan</source>
        <translation>Move undone</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Pemulihan cadangan mengganti seluruh data (termasuk akun dan penilaian); hanya admin yang dapat melakukannya. Akun &apos;{username}&apos; berperan {label}.</source>
        <translation>Restoring a backup replaces all data (including accounts and appraisals); only an admin can do this. Account &apos;{username}&apos; has the role {label}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Pemulihan gagal: {sebab}. Basis data lama tersimpan di {before}.</source>
        <translation>Restore failed: {sebab}. The old database is kept at {before}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>Pemulihan ke {target} gagal ({exc}); basis data tidak diubah. Tutup jendela lain yang membuka basis data ini, lalu coba lagi.</source>
        <translation>Restore to {target} failed ({exc}); the database was not changed. Close other windows that have this database open, then try again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Penanganan pengaduan, saran dan masukan</source>
        <translation>Handling of complaints, suggestions and feedback</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Penanggung jawab tindak lanjut harus salah satu peserta rapat.</source>
        <translation>The person responsible for a follow-up must be one of the meeting&apos;s participants.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/creating.py"/>
        <source>Pendekatan &apos;{pendekatan}&apos; tidak dikenal; pilih kuantitatif atau kualitatif.</source>
        <translation>Approach &apos;{pendekatan}&apos; is unknown; choose kuantitatif or kualitatif.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Pendidikan Terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Penempatan %n pegawai dikembalikan seperti semula.</source>
        <translation>
            <numerusform>The placement of %n employee was restored.</numerusform>
            <numerusform>The placement of %n employees was restored.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Pengaduan dicatat</source>
        <translation>Complaint recorded</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/layanan.py"/>
        <source>Pengaduan yang sudah selesai harus punya waktu respon pertama.</source>
        <translation>A resolved complaint must have a first response time.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Pengajuan SKP ditarik</source>
        <translation>SKP submission withdrawn</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Pengaturan diubah</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/settings.py"/>
        <source>Pengaturan {key}: nilai {value} tidak dapat dipakai.</source>
        <translation>Setting {key}: the value {value} cannot be used.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Pengaturan {kunci} diubah</source>
        <translation>Setting {kunci} changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <location filename="../../asn_desktop/services/rapor.py"/>
        <source>Pengembangan kompetensi</source>
        <translation>Competency development</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/tindak_lanjut.py"/>
        <source>Pengembangan kompetensi {tahun}: {jp} JP (kurang dari {minimal} JP)</source>
        <translation>Competency development {tahun}: {jp} hours (less than {minimal} hours)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>Pengembangan potensi</source>
        <translation>Develop potential</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>Pengembangan potensi; pertahankan kinerja</source>
        <translation>Develop potential; keep performance up</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>Pengembangan: bimbingan kinerja</source>
        <translation>Development: performance coaching</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Penghargaan</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Penilaian</source>
        <translation>Appraisals</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Penilaian dibuat</source>
        <translation>Appraisal created</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Penilaian difinalkan</source>
        <translation>Appraisal finalised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Penilaian diri diajukan</source>
        <translation>Self-assessment submitted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Penilaian diri disimpan</source>
        <translation>Self-assessment saved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Penilaian diri hanya dapat diisi oleh pegawai yang bersangkutan.</source>
        <translation>The self-assessment can only be filled in by the employee concerned.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Penilaian diri sudah diajukan dan tidak dapat diubah lagi.</source>
        <translation>The self-assessment has been submitted and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Penilaian ditolak: SKP {pegawai_nama} tahun {tahun} berstatus {status}; hanya SKP yang sudah disetujui yang dapat dinilai.</source>
        <translation>Rating refused: the {tahun} SKP of {pegawai_nama} has the status {status}; only an approved SKP can be rated.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Perilaku kerja SKP diubah</source>
        <translation>SKP work behaviour changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Perilaku kerja secara umum belum sesuai dengan panduan perilaku BerAKHLAK atau ekspektasi khusus pimpinan, atau terdapat pelanggaran (misconduct).</source>
        <translation>Work behaviour generally does not yet meet the BerAKHLAK behaviour guide or the leader&apos;s specific expectations, or there is misconduct.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Perilaku kerja secara umum melampaui panduan perilaku BerAKHLAK dan ekspektasi khusus pimpinan, serta dapat menjadi teladan bagi pegawai lain.</source>
        <translation>Work behaviour generally exceeds the BerAKHLAK behaviour guide and the leader&apos;s specific expectations, and can be an example for other employees.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Perilaku kerja secara umum sesuai dengan panduan perilaku BerAKHLAK dan ekspektasi khusus pimpinan.</source>
        <translation>Work behaviour generally meets the BerAKHLAK behaviour guide and the leader&apos;s specific expectations.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Perilaku pelaksana</source>
        <translation>Staff conduct</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>Peringatan: {isi}</source>
        <translation>Warning: {isi}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Periode &quot;{nama}&quot; tahun {tahun} tidak ditemukan. Periode yang ada: {names}.</source>
        <translation>Period &quot;{nama}&quot; of year {tahun} not found. Existing periods: {names}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Periode atau pejabat penilai formulir ini sudah tidak ada di basis data; formulir ditolak.</source>
        <translation>The period or appraising official of this form no longer exists in the database; the form was refused.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <source>Periode dengan id {periode_id} tidak ditemukan.</source>
        <translation>Period with id {periode_id} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Periode dibuka</source>
        <translation>Period opened</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Periode dibuka kembali</source>
        <translation>Period reopened</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Periode ditutup</source>
        <translation>Period closed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>Periode kenaikan pangkat adalah 1 April atau 1 Oktober (PP 99/2000 Pasal 7).</source>
        <translation>The promotion dates are 1 April or 1 October (PP 99/2000 Article 7).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>Periode pada paket tidak valid: {exc}.</source>
        <translation>Period in the package not valid: {exc}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/periode.py"/>
        <source>Periode penilaian dengan id {periode_id} tidak ditemukan.</source>
        <translation>Appraisal period with id {periode_id} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Periode tidak ditemukan.</source>
        <translation>Period not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/riwayat_nilai.py"/>
        <source>Periode tidak terbaca; seharusnya nama bulan, Triwulan I–IV, Semester I/II atau Tahunan. Dicatat sebagai tahunan.</source>
        <translation>The period cannot be read; it should be a month name, Triwulan I–IV, Semester I/II or Tahunan. Recorded as annual.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Periode wajib diisi (mis. &quot;Semester I 2026&quot;).</source>
        <translation>The period is required (e.g. &quot;Semester I 2026&quot;).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Periode {nama_periode} {tahun} bukan periode SKP tahun {tahun_skp}.</source>
        <translation>Period {nama_periode} {tahun} is not a period of the {tahun_skp} SKP.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/periode.py"/>
        <source>Periode {nama} {tahun} sudah ditutup; gunakan &apos;Buka kembali&apos; (khusus admin, dengan alasan).</source>
        <translation>Period {nama} {tahun} is already closed; use &apos;Buka kembali&apos; (admin only, with a reason).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/periode.py"/>
        <source>Periode {nama} {tahun} tidak sedang ditutup.</source>
        <translation>Period {nama} {tahun} is not closed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Periode {periode_id} tidak ditemukan.</source>
        <translation>Period {periode_id} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Periode {periode} belum dibuka.</source>
        <translation>Period {periode} is not open yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Periode {periode} sudah ditutup; data terkunci.</source>
        <translation>Period {periode} is closed; the data is locked.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Periode {periode} {tahun} dibuka</source>
        <translation>Period {periode} {tahun} opened</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Periode {periode} {tahun} ditutup</source>
        <translation>Period {periode} {tahun} closed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/masukan360.py"/>
        <source>Permintaan masukan 360° dengan id {masukan_id} tidak ditemukan.</source>
        <translation>360° feedback request with id {masukan_id} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Permohonan layanan dicatat</source>
        <translation>Service request recorded</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Persentase disiplin harus 0 sampai 100 (pegawai id {pid}: {v}).</source>
        <translation>The discipline percentage must be 0 to 100 (employee id {pid}: {v}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Persentase untuk predikat {label} belum diisi.</source>
        <translation>The percentage for the predicate {label} is not filled in.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Persentase untuk predikat {label} harus 0 sampai 100 (terisi: {terisi}).</source>
        <translation>The percentage for the predicate {label} must be 0 to 100 (entered: {terisi}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Pertukaran Excel</source>
        <translation>Excel exchange</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/context.py"/>
        <source>Perubahan ditolak karena bertentangan dengan data lain (misalnya NIP ganda atau data yang masih dipakai).</source>
        <translation>The change was refused because it conflicts with other data (for example a duplicate NIP or data still in use).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Perubahan penempatan diurungkan</source>
        <translation>Placement change undone</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/penghargaan.py"/>
        <source>Piagam dengan id {piagam_id} tidak ditemukan (bukan piagam yang dicetak dari aplikasi).</source>
        <translation>Certificate with id {piagam_id} not found (not a certificate printed from the application).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Piagam penghargaan diterbitkan</source>
        <translation>Certificate of appreciation issued</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Pilih bulan 1 sampai 12.</source>
        <translation>Choose a month from 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/penghargaan.py"/>
        <source>Pilih dahulu piagam yang akan dicetak ulang.</source>
        <translation>First select the certificates to reprint.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>Pilih minimal satu RHK dari pustaka.</source>
        <translation>Choose at least one RHK from the library.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>Pilih paling sedikit satu berkas paket hasil.</source>
        <translation>Choose at least one results package file.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Pilih paling sedikit satu peserta rapat.</source>
        <translation>Choose at least one meeting participant.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapor.py"/>
        <source>Pilih pegawai yang rapornya dicetak.</source>
        <translation>Choose the employee whose report card is printed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Pilih periode penilaian yang dievaluasi.</source>
        <translation>Choose the appraisal period being evaluated.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <source>Pilih periode untuk laporan distribusi.</source>
        <translation>Choose a period for the distribution report.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <source>Pilih tahun untuk laporan kelengkapan.</source>
        <translation>Choose a year for the completeness report.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>Pilih tahun untuk peta talenta.</source>
        <translation>Choose a year for the talent map.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/header.py"/>
        <source>Pilihan tidak dikenal: {exc}</source>
        <translation>Unknown choice: {exc}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Populasi tidak boleh negatif (diisi {populasi}).</source>
        <translation>The population must not be negative (entered {populasi}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Populasi tidak boleh negatif.</source>
        <translation>The population cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Porsi kinerja harus 0 sampai 100 persen (terisi: {terisi}).</source>
        <translation>The performance share must be 0 to 100 percent (entered: {terisi}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/tindak_lanjut.py"/>
        <source>Predikat &apos;{predikat_minimal}&apos; tidak dikenal.</source>
        <translation>Predicate &apos;{predikat_minimal}&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <source>Predikat organisasi (capaian kinerja organisasi) unit ini untuk periode ini belum ditetapkan; kurva distribusi belum dapat diperiksa.</source>
        <translation>The organisation predicate (organisational performance) of this unit for this period is not set yet; the distribution curve cannot be checked yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Predikat organisasi dihapus: {unit}</source>
        <translation>Organisation predicate removed: {unit}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Predikat organisasi ditetapkan</source>
        <translation>Organisation predicate set</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/periode.py"/>
        <source>Predikat organisasi {predikat} tidak dikenal; pilih Istimewa, Baik, Butuh Perbaikan, Kurang, atau Sangat Kurang.</source>
        <translation>Organisation predicate {predikat} is unknown; choose Istimewa, Baik, Butuh Perbaikan, Kurang or Sangat Kurang.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Predikat organisasi {predikat}: {unit}</source>
        <translation>Organisation predicate {predikat}: {unit}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/tindak_lanjut.py"/>
        <source>Predikat tahunan {predikat}</source>
        <translation>Annual predicate {predikat}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Predikat tidak dikenal: {daftar}.</source>
        <translation>Unknown predicate: {daftar}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Predikat {key} tidak dikenal pada data distribusi.</source>
        <translation>Unknown predicate {key} in the distribution data.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/penghargaan.py"/>
        <source>Prestasi yang dihargai harus diisi untuk setiap piagam.</source>
        <translation>The achievement being honoured must be filled in for every certificate.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/penghargaan.py"/>
        <source>Prestasi yang dihargai paling panjang {maks} karakter (satu halaman piagam); terisi %n karakter.</source>
        <translation>
            <numerusform>The achievement being honoured can be at most {maks} characters (one certificate page); %n character entered.</numerusform>
            <numerusform>The achievement being honoured can be at most {maks} characters (one certificate page); %n characters entered.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Produk spesifikasi jenis pelayanan</source>
        <translation>Service products as specified</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Profil pegawai diubah</source>
        <translation>Employee profile changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Profil {nama} ditambahkan</source>
        <translation>Profile {nama} added</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Profil {nama} diubah</source>
        <translation>Profile {nama} changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>Promosi / rotasi untuk memperluas potensi</source>
        <translation>Promotion / rotation to broaden potential</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>Promosi setelah pengembangan kinerja</source>
        <translation>Promotion after performance development</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>Promosi: kelompok rencana suksesi (talent pool)</source>
        <translation>Promotion: succession talent pool</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Pulihkan dari cadangan sehat terbaru: {berkas} ({waktu}). Perubahan setelah waktu itu perlu dimasukkan ulang.</source>
        <translation>Restore the newest healthy backup: {berkas} ({waktu}). Changes made after that time must be entered again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Pulihkan dari cadangan terakhir (folder backups/ atau flashdisk cadangan).</source>
        <translation>Restore the latest backup (the backups/ folder or the backup flash drive).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Pustaka RHK</source>
        <translation>RHK Library</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Pustaka RHK diisi %n contoh jabatan kecamatan</source>
        <translation>
            <numerusform>RHK library filled with %n example kecamatan position</numerusform>
            <numerusform>RHK library filled with %n example kecamatan positions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Pustaka RHK diisi contoh</source>
        <translation>RHK library filled with examples</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/_common.py"/>
        <source>RHK &quot;{teks}&quot; tidak dapat dihapus bersama SKP-nya karena masih diintervensi oleh RHK bawahan: {bawahan}. Ubah dulu RHK atasan yang dipilih pada SKP mereka.</source>
        <translation>RHK &quot;{teks}&quot; cannot be deleted with its SKP because subordinates&apos; RHKs still intervene in it: {bawahan}. First change the superior&apos;s RHK chosen in their SKPs.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/_common.py"/>
        <source>RHK &quot;{teks}&quot; tidak dapat dihapus karena masih diintervensi oleh RHK bawahan: {bawahan}. Ubah dulu RHK atasan yang dipilih pada SKP mereka.</source>
        <translation>RHK &quot;{teks}&quot; cannot be deleted because subordinates&apos; RHKs still intervene in it: {bawahan}. First change the superior&apos;s RHK chosen in their SKPs.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>RHK atasan harus dipilih dari SKP {penilai} (pejabat penilai) tahun {tahun} yang berlaku. RHK &quot;{teks}&quot; bukan bagian dari SKP tersebut.</source>
        <translation>The superior&apos;s RHK must be chosen from the current {tahun} SKP of {penilai} (appraising official). RHK &quot;{teks}&quot; is not part of that SKP.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>RHK atasan yang dipilih tidak ditemukan (mungkin sudah dihapus). Pilih ulang.</source>
        <translation>The selected superior&apos;s RHK was not found (it may have been deleted). Choose again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>RHK belum dapat disimpan.</source>
        <translation>The RHK cannot be saved yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>RHK dihapus</source>
        <translation>RHK deleted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>RHK disimpan</source>
        <translation>RHK saved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>RHK pustaka &quot;{teks}&quot; dihapus</source>
        <translation>Library RHK &quot;{teks}&quot; deleted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/template_rhk.py"/>
        <source>RHK pustaka belum dapat disimpan.</source>
        <translation>The library RHK cannot be saved yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>RHK pustaka dihapus</source>
        <translation>Library RHK deleted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>RHK pustaka disimpan</source>
        <translation>Library RHK saved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/template_rhk.py"/>
        <source>RHK pustaka tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Library RHK not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>RHK pustaka untuk {jabatan} disimpan</source>
        <translation>Library RHK for {jabatan} saved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>RHK tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>RHK not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>RHK tidak ditemukan pada SKP ini (mungkin sudah dihapus).</source>
        <translation>RHK not found in this SKP (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/template_rhk.py"/>
        <source>RHK tidak ditemukan.</source>
        <translation>RHK not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/audit_chain.py"/>
        <source>Rantai log audit terputus di baris id {row_id} (urutan ke-{position}): {alasan}. Isi basis data kemungkinan diubah di luar aplikasi. Bandingkan dengan cadangan sebelumnya dan laporkan ke admin.</source>
        <translation>The audit log chain is broken at row id {row_id} (position {position}): {alasan}. The database was probably changed outside the application. Compare it with an earlier backup and report it to the admin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Rapat &quot;{judul}&quot; sudah mempunyai %n tindak lanjut dan tidak dapat dihapus.</source>
        <translation>
            <numerusform>Meeting &quot;{judul}&quot; already has %n follow-up and cannot be deleted.</numerusform>
            <numerusform>Meeting &quot;{judul}&quot; already has %n follow-ups and cannot be deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Rapat belum dapat disimpan.</source>
        <translation>The meeting cannot be saved yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Rapat evaluasi</source>
        <translation>Evaluation meetings</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Rapat evaluasi dibuat</source>
        <translation>Evaluation meeting created</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Rapat evaluasi dihapus</source>
        <translation>Evaluation meeting deleted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Rapat evaluasi diubah</source>
        <translation>Evaluation meeting changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Rapat tidak ditemukan (mungkin sudah dihapus di komputer lain).</source>
        <translation>Meeting not found (it may have been deleted on another computer).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Rapor kinerja</source>
        <translation>Performance report card</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Rapor kinerja dicetak</source>
        <translation>Performance report card printed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Rating dan predikat disimpan</source>
        <translation>Ratings and predicate saved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Rating hasil kerja</source>
        <translation>Work-result rating</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Rating hasil kerja &quot;{rating}&quot; (lembar &quot;{lembar}&quot; baris {baris}, kolom {kolom}) tidak dikenal; pilih dari daftar: {pilihan}.</source>
        <translation>Work results rating &quot;{rating}&quot; (sheet &quot;{lembar}&quot; row {baris}, column {kolom}) not recognised; choose from the list: {pilihan}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/tindak_lanjut.py"/>
        <source>Rating hasil kerja Di Bawah Ekspektasi ({periode})</source>
        <translation>Work-result rating Below Expectations ({periode})</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Rating ini diisi oleh pejabat penilai {penilai} ({dari}). Mengubahnya memerlukan alasan tertulis (paling sedikit 5 karakter); alasan itu tampil pada evaluasi bagi pejabat penilai dan pegawai.</source>
        <translation>This rating was given by the appraising official {penilai} ({dari}). Changing it needs a written reason (at least 5 characters); the reason is shown on the evaluation to the appraising official and the employee.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Rating perilaku kerja</source>
        <translation>Work-behavior rating</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Rating perilaku kerja &quot;{rating}&quot; (lembar &quot;{lembar}&quot; baris {baris}, kolom {kolom}) tidak dikenal; pilih dari daftar: {pilihan}.</source>
        <translation>Work behaviour rating &quot;{rating}&quot; (sheet &quot;{lembar}&quot; row {baris}, column {kolom}) not recognised; choose from the list: {pilihan}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/tindak_lanjut.py"/>
        <source>Rating perilaku kerja Di Bawah Ekspektasi ({periode})</source>
        <translation>Work-behaviour rating Below Expectations ({periode})</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Rating tahunan berbeda dari saran periode (hasil kerja: {hasil}, perilaku: {perilaku}); tuliskan alasan penyesuaian.</source>
        <translation>The annual rating differs from the periods&apos; suggestion (work results: {hasil}, behaviour: {perilaku}); write the reason for the adjustment.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Rating tidak dikenal (hasil kerja: {hasil}, perilaku kerja: {perilaku}); gunakan Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi.</source>
        <translation>Unknown rating (work results: {hasil}, work behaviour: {perilaku}); use Above Expectations, As Expected, or Below Expectations.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>Realisasi angka indikator &quot;{teks}&quot; dihitung dari catatan kantor; gunakan &apos;Hitung dari catatan&apos;. Pejabat penilai dapat menimpanya dengan alasan.</source>
        <translation>The achievement figure of indicator &quot;{teks}&quot; is computed from the office records; use &apos;Hitung dari catatan&apos;. The appraising official can override it with a reason.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Realisasi belum valid.</source>
        <translation>The achievements are not valid yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Realisasi dihitung dari catatan kantor</source>
        <translation>Achievement computed from office records</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Realisasi disimpan</source>
        <translation>Realisation saved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Realisasi diubah</source>
        <translation>Realisation changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Register layanan</source>
        <translation>Service register</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Register layanan belum disimpan; perbaiki isian yang ditandai.</source>
        <translation>The service register was not saved; correct the marked entries.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Register pengaduan belum disimpan; perbaiki isian yang ditandai.</source>
        <translation>The complaint register was not saved; correct the marked entries.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapor.py"/>
        <source>Rekomendasi pejabat penilai</source>
        <translation>Appraising official&apos;s recommendation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>Rentang bulan harus 1 sampai 24.</source>
        <translation>The month range must be 1 to 24.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Rentang bulan {bulan_mulai}–{bulan_selesai} tidak sah (1 sampai 12).</source>
        <translation>Month range {bulan_mulai}–{bulan_selesai} is not valid (1 to 12).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/layanan.py"/>
        <source>Rentang waktu lebih dari tiga tahun; periksa tahun yang diketik.</source>
        <translation>The time span is longer than three years; check the year you typed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/layanan.py"/>
        <source>Respon pertama</source>
        <translation>First response</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Responden {responden} kurang dari sampel minimum {minimum} untuk populasi {populasi} (tabel Krejcie–Morgan, PermenPANRB 14/2017).</source>
        <translation>{responden} respondents is less than the minimum sample of {minimum} for a population of {populasi} (Krejcie–Morgan table, PermenPANRB 14/2017).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/workflow.py"/>
        <source>Revisi hanya untuk SKP yang sudah disetujui (status sekarang: {label}); SKP Draft atau Dikembalikan dapat langsung diubah.</source>
        <translation>Revision is only for an approved SKP (current status: {label}); a Draft or Returned SKP can be changed directly.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/copy.py"/>
        <source>Revisi skema berbeda (sumber {rev_s}, tujuan {rev_t}); tidak ada yang disalin.</source>
        <translation>Schema revisions differ (source {rev_s}, target {rev_t}); nothing was copied.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/masukan360.py"/>
        <source>Ringkasan masukan 360° hanya untuk pejabat penilai atau admin.</source>
        <translation>The 360° feedback summary is only for the appraising official or an admin.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Riwayat diklat</source>
        <translation>Training history</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Riwayat golongan</source>
        <translation>Grade history</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Riwayat hukuman disiplin</source>
        <translation>Disciplinary history</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Riwayat jabatan</source>
        <translation>Position history</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Riwayat pendidikan</source>
        <translation>Education history</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Riwayat penghargaan</source>
        <translation>Awards history</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>Riwayat {jenis} yang lebih baru sudah tercatat (TMT/tahun {tmt}); {jenis} dari berkas ({isi}) tidak diterapkan. Lengkapi kolom TMT atau catat di riwayat pegawai.</source>
        <translation>A newer {jenis} history entry is already recorded (TMT/year {tmt}); the {jenis} from the file ({isi}) was not applied. Fill in the TMT column or record it in the employee&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/pgdump.py"/>
        <source>Ruang penyimpanan di {folder} tidak cukup untuk cadangan. Kosongkan ruang atau pilih folder lain.</source>
        <translation>There is not enough storage space in {folder} for the backup. Free some space or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/workflow.py"/>
        <source>SKP belum lengkap sehingga belum dapat disetujui.</source>
        <translation>The SKP is incomplete and cannot be approved yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/_common.py"/>
        <source>SKP dengan id {skp_id} tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>SKP with id {skp_id} not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <location filename="../../asn_desktop/services/template_rhk.py"/>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>SKP dengan id {skp_id} tidak ditemukan.</source>
        <translation>SKP with id {skp_id} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>SKP diajukan</source>
        <translation>SKP submitted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>SKP dibuat</source>
        <translation>SKP created</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>SKP dibuat massal</source>
        <translation>SKPs created in bulk</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>SKP dihapus</source>
        <translation>SKP deleted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>SKP diisi dari pustaka RHK</source>
        <translation>SKP filled from the RHK library</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>SKP dikembalikan</source>
        <translation>SKP returned</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>SKP direvisi</source>
        <translation>SKP revised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>SKP disalin dari tahun lalu</source>
        <translation>SKP copied from last year</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>SKP disetujui</source>
        <translation>SKPs approved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/indikator_input.py"/>
        <source>SKP kualitatif: target berupa uraian, tidak dapat dihitung dari catatan kantor.</source>
        <translation>Qualitative SKP: the target is a description and cannot be computed from the office records.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/creating.py"/>
        <source>SKP sumber harus milik pegawai yang sama.</source>
        <translation>The source SKP must belong to the same employee.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>SKP {nama} tahun {tahun} dibuat</source>
        <translation>SKP {nama} for {tahun} created</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>SKP {nama} {tahun} versi {versi} dibuat (revisi)</source>
        <translation>SKP {nama} {tahun} version {versi} created (revision)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>SKP {nama} {tahun} versi {versi} dihapus</source>
        <translation>SKP {nama} {tahun} version {versi} deleted</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/skp/workflow.py"/>
        <source>SKP {pegawai_nama} belum dapat diajukan (%n masalah).</source>
        <translation>
            <numerusform>The SKP of {pegawai_nama} cannot be submitted yet (%n problem).</numerusform>
            <numerusform>The SKP of {pegawai_nama} cannot be submitted yet (%n problems).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/workflow.py"/>
        <source>SKP {pegawai_nama} berstatus {label}; hanya SKP Draft atau Dikembalikan yang dapat diajukan.</source>
        <translation>The SKP of {pegawai_nama} has the status {label}; only a Draft or Returned SKP can be submitted.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/_common.py"/>
        <source>SKP {pegawai_nama} sedang diajukan kepada pejabat penilai. Tarik kembali pengajuan (atau minta pejabat penilai mengembalikannya) sebelum mengubah isinya.</source>
        <translation>The SKP of {pegawai_nama} is submitted to the appraising official. Withdraw the submission (or ask the appraising official to return it) before changing its content.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/workflow.py"/>
        <source>SKP {pegawai_nama} sudah memiliki evaluasi dan tidak dapat dihapus.</source>
        <translation>The SKP of {pegawai_nama} already has evaluations and cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>SKP {pegawai_nama} tahun {tahun} berstatus {status}; hanya SKP yang sudah disetujui yang dapat dievaluasi.</source>
        <translation>The {tahun} SKP of {pegawai_nama} has the status {status}; only an approved SKP can be evaluated.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/_common.py"/>
        <source>SKP {pegawai_nama} tahun {tahun} sudah disetujui sehingga tidak dapat diubah. Gunakan &apos;Revisi&apos; untuk membuat versi baru; versi yang disetujui tetap tersimpan.</source>
        <translation>The {tahun} SKP of {pegawai_nama} is approved and cannot be changed. Use &apos;Revisi&apos; to create a new version; the approved version is kept.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/_common.py"/>
        <source>SKP {pegawai_nama} versi {versi} sudah diganti versi yang lebih baru dan hanya dapat dibaca.</source>
        <translation>Version {versi} of the SKP of {pegawai_nama} has been replaced by a newer version and is read-only.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/layanan.py"/>
        <source>Saluran &quot;{text}&quot; tidak dikenal; gunakan salah satu: {labels}.</source>
        <translation>Unknown channel &quot;{text}&quot;; use one of: {labels}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>Sama persis dengan baris {baris}; dihitung sekali.</source>
        <translation>Identical to row {baris}; counted once.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Sandi diatur ulang</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Sangat Baik</source>
        <translation>Very Good</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Sangat Kurang</source>
        <translation>Very Poor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Sangat baik</source>
        <translation>Very good</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Saran dari {n} periode yang dinilai: rating yang paling sering muncul (bila sama banyak, rating periode terakhir). Rating tahunan tetap penilaian pejabat penilai; bila berbeda dari saran, tuliskan alasan penyesuaian.</source>
        <translation>Suggestion from {n} appraised periods: the rating given most often (on a tie, the latest period&apos;s). The annual rating remains the appraising official&apos;s judgement; if it differs from the suggestion, write the reason for the adjustment.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Sarana dan prasarana</source>
        <translation>Facilities and infrastructure</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Satuan waktu harus hari kerja atau jam kerja.</source>
        <translation>The time unit must be working days or working hours.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/layanan.py"/>
        <source>Satuan waktu standar &quot;{satuan}&quot; tidak dikenal; gunakan hari atau jam.</source>
        <translation>Unknown time unit &quot;{satuan}&quot; for the standard; use days or hours.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/template_rhk.py"/>
        <source>Sebagian RHK pustaka yang dipilih sudah dihapus; muat ulang pustaka.</source>
        <translation>Some of the selected library RHKs have been deleted; reload the library.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Sebagian besar atau seluruh hasil kerja di bawah ekspektasi.</source>
        <translation>Most or all work results are below expectation.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Sebagian besar atau seluruh hasil kerja melebihi ekspektasi, dan tidak ada hasil kerja utama yang di bawah ekspektasi.</source>
        <translation>Most or all work results exceed expectations, and no main work result is below expectation.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>Sebagian besar atau seluruh hasil kerja sesuai ekspektasi; hanya sebagian kecil hasil kerja utama yang di bawah ekspektasi.</source>
        <translation>Most or all work results meet expectations; only a small part of the main work results is below expectation.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>Sebagian ditolak</source>
        <translation>Partly rejected</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Sebagian peserta tidak ditemukan lagi; muat ulang daftar pegawai.</source>
        <translation>Some participants no longer exist; reload the employee list.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>Sebuah RHK tidak dapat mengintervensi RHK pada SKP yang sama.</source>
        <translation>An RHK cannot intervene in an RHK of the same SKP.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/riwayat_nilai.py"/>
        <source>Sebutan &quot;{kategori}&quot; tidak sesuai nilai {nilai_akhir} (PP 46/2011 Pasal 18: {sebutan}). Disimpan seperti tertulis.</source>
        <translation>Rating &quot;{kategori}&quot; does not match score {nilai_akhir} (PP 46/2011 Article 18: {sebutan}). Saved as written.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/riwayat_nilai.py"/>
        <source>Sebutan/predikat tidak dikenali; seharusnya Sangat Baik, Baik, Cukup, Kurang, Buruk (PP 46/2011) atau Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang (PermenPANRB 6/2022). Dibiarkan kosong.</source>
        <translation>Rating/predicate not recognised; it should be Sangat Baik, Baik, Cukup, Kurang, Buruk (PP 46/2011) or Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang (PermenPANRB 6/2022). Left empty.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/layanan.py"/>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/periode.py"/>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Seorang pegawai tercantum lebih dari sekali sebagai peserta.</source>
        <translation>An employee is listed more than once as a participant.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/session.py"/>
        <source>Server basis data {shown} meminta kata sandi.</source>
        <translation>The database server {shown} asks for a password.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/session.py"/>
        <source>Server basis data {shown} tidak dapat dihubungi: {nilai}. Periksa alamat, nama basis data, pengguna dan sandi, dan bahwa server menyala dan mengizinkan komputer ini (pg_hba.conf).</source>
        <translation>Database server {shown} cannot be reached: {nilai}. Check the address, database name, user and password, and that the server is running and allows this computer (pg_hba.conf).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Sistem, mekanisme, dan prosedur</source>
        <translation>Systems, mechanisms and procedures</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>Skema berkas lebih lama; akan diperbarui otomatis setelah dipulihkan.</source>
        <translation>The file has an older schema; it is upgraded automatically after the restore.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Skema periode diubah</source>
        <translation>Period scheme changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>Skema periode pada paket tidak dikenal: {exc}.</source>
        <translation>Unknown period scheme in the package: {exc}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/periode.py"/>
        <source>Skema periode tahun {tahun} tidak dapat diubah: sudah ada %n evaluasi periodik. Skema hanya dapat diubah sebelum penilaian periodik dimulai.</source>
        <translation>
            <numerusform>The period scheme of {tahun} cannot be changed: %n periodic evaluation already exists. The scheme can only be changed before periodic appraisal starts.</numerusform>
            <numerusform>The period scheme of {tahun} cannot be changed: %n periodic evaluations already exist. The scheme can only be changed before periodic appraisal starts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/periode.py"/>
        <source>Skema periode {skema} tidak dikenal; pilih Bulanan, Triwulanan, atau Semesteran.</source>
        <translation>Period scheme {skema} is unknown; choose Bulanan, Triwulanan or Semesteran.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Skema periode {tahun} diubah menjadi {skema}</source>
        <translation>Period scheme {tahun} changed to {skema}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>Skor potensi harus 0 sampai 100, bukan {skor}.</source>
        <translation>The potential score must be 0 to 100, not {skor}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/periode.py"/>
        <source>Smt</source>
        <translation>Sem</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Standar layanan dihapus</source>
        <translation>Service standard deleted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Standar layanan disimpan</source>
        <translation>Service standard saved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Standar pelayanan belum disimpan.</source>
        <translation>The service standard was not saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Standar pelayanan tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Service standard not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Status &quot;{isi}&quot; tidak dikenali; gunakan Aktif/Pensiun/Mutasi/Meninggal (status pegawai) atau PNS/CPNS/PPPK (status kepegawaian).</source>
        <translation>Status &quot;{isi}&quot; not recognised; use Aktif/Pensiun/Mutasi/Meninggal (employee status) or PNS/CPNS/PPPK (employment status).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Status &quot;{value}&quot; tidak dikenali; gunakan Aktif, Pensiun, Mutasi, Meninggal, atau Diberhentikan.</source>
        <translation>Status &quot;{value}&quot; not recognised; use Aktif, Pensiun, Mutasi, Meninggal, or Diberhentikan.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Status &apos;{status}&apos; tidak dikenal.</source>
        <translation>Status &apos;{status}&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Status Kepegawaian</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Status kepegawaian &quot;{value}&quot; tidak dikenali; gunakan PNS, CPNS, PPPK, atau PPPK Paruh Waktu.</source>
        <translation>Employment status &quot;{value}&quot; not recognised; use PNS, CPNS, PPPK, or PPPK Paruh Waktu.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Status kepegawaian &apos;{status_kepegawaian}&apos; tidak dikenal.</source>
        <translation>Employment status &apos;{status_kepegawaian}&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Status pegawai diubah</source>
        <translation>Employee status changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>Status selain Aktif memerlukan Tanggal Status; status tidak diubah.</source>
        <translation>A status other than Aktif needs a Status date; the status was not changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Status {nama}: {status}</source>
        <translation>Status {nama}: {status}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Sudah ada aturan yang berlaku mulai {tanggal} (&quot;{nama_aturan}&quot;): satu tanggal berlaku hanya untuk satu aturan; ubah aturan itu atau pilih tanggal lain.</source>
        <translation>A rule already applies from {tanggal} (&quot;{nama_aturan}&quot;): one start date holds only one rule; change that rule or choose another date.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Survei Kepuasan Masyarakat</source>
        <translation>Community Satisfaction Survey</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Survei SKM dibuat</source>
        <translation>SKM survey created</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Survei SKM dibuat: {layanan}, {periode}</source>
        <translation>SKM survey created: {layanan}, {periode}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Survei belum dapat dibuat.</source>
        <translation>The survey cannot be created yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Survei tanpa unsur tidak dapat dihitung.</source>
        <translation>A survey without elements cannot be calculated.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Survei tidak ditemukan (mungkin sudah dihapus di komputer lain).</source>
        <translation>Survey not found (it may have been deleted on another computer).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/forms.py"/>
        <source>Susunan kolom lembar &quot;{name}&quot; pada &quot;{berkas}&quot; telah diubah; formulir ditolak. Buat formulir baru dari aplikasi.</source>
        <translation>The column layout of sheet &quot;{name}&quot; in &quot;{berkas}&quot; was changed; the form was refused. Make a new form from the application.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>TMT CPNS</source>
        <translation>CPNS start date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>TMT CPNS/PPPK harus setelah tanggal lahir.</source>
        <translation>TMT CPNS/PPPK must be after the date of birth.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>TMT Golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>TMT Jabatan</source>
        <translation>TMT position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>TMT PNS</source>
        <translation>TMT PNS</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>TMT PNS tidak boleh sebelum TMT CPNS.</source>
        <translation>TMT PNS cannot be before TMT CPNS.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>TMT Pensiun</source>
        <translation>TMT retirement</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>TMT golongan belum diisi</source>
        <translation>TMT golongan not filled in</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>TMT golongan lebih awal dari TMT CPNS/PPPK.</source>
        <translation>TMT of the rank is earlier than TMT CPNS/PPPK.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/periode.py"/>
        <source>TW</source>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Tabel (judul kolom di baris {baris}) tidak berisi baris data.</source>
        <translation>The table (column headers in row {baris}) has no data rows.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/skm.py"/>
        <source>Tabel jawaban SKM tidak ditemukan pada {where} di &quot;{berkas}&quot;: seharusnya ada baris judul dengan kolom U1, U2, … U9 (satu kolom per unsur) dalam {HEADER_SCAN_ROWS} baris pertama.</source>
        <translation>SKM answer table not found in {where} of &quot;{berkas}&quot;: there should be a header row with the columns U1, U2, … U9 (one column per element) within the first {HEADER_SCAN_ROWS} rows.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/skm.py"/>
        <source>Tabel jawaban tidak ditemukan di &quot;{berkas}&quot; (lembar &quot;{sheet_name}&quot;): seharusnya ada baris judul dengan satu kolom per pertanyaan, lalu satu baris per responden.</source>
        <translation>Answer table not found in &quot;{berkas}&quot; (sheet &quot;{sheet_name}&quot;): there should be a header row with one column per question, then one row per respondent.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/layanan.py"/>
        <source>Tabel {apa} tidak ditemukan pada {where} di &quot;{berkas}&quot;: seharusnya ada baris judul dalam {HEADER_SCAN_ROWS} baris pertama dengan kolom {wajib}.</source>
        <translation>Table {apa} not found in {where} of &quot;{berkas}&quot;: there should be a header row within the first {HEADER_SCAN_ROWS} rows with the columns {wajib}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Tahun Lulus</source>
        <translation>Graduation year</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/creating.py"/>
        <source>Tahun SKP tidak valid ({tahun}); isi tahun antara 2000 dan 2100.</source>
        <translation>The SKP year is not valid ({tahun}); enter a year between 2000 and 2100.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Tahun kinerja dibuat</source>
        <translation>Performance year created</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>Tahun kinerja {tahun} belum ada di basis data ini; tidak ada hasil untuk diekspor. Pilih tahun lain.</source>
        <translation>Performance year {tahun} does not exist in this database; there are no results to export. Choose another year.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <location filename="../../asn_desktop/services/periode.py"/>
        <location filename="../../asn_desktop/services/tindak_lanjut.py"/>
        <source>Tahun kinerja {tahun} belum dibuat.</source>
        <translation>Performance year {tahun} has not been created.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/periode.py"/>
        <source>Tahun kinerja {tahun} belum dibuat. Buat di Pengaturan Periode.</source>
        <translation>Performance year {tahun} has not been created. Create it in Period Settings.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Tahun kinerja {tahun} dibuat (skema {skema})</source>
        <translation>Performance year {tahun} created (scheme {skema})</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/periode.py"/>
        <source>Tahun kinerja {tahun} sudah ada.</source>
        <translation>Performance year {tahun} already exists.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Tahun lulus</source>
        <translation>Year of graduation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Tahun lulus harus antara 1940 dan {tahun}.</source>
        <translation>The graduation year must be between 1940 and {tahun}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>Tahun pengangkatan PPPK</source>
        <translation>PPPK appointment year</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/periode.py"/>
        <source>Tahun penilaian harus antara 2000 dan 2100, ditemukan {tahun}.</source>
        <translation>The appraisal year must be between 2000 and 2100, found {tahun}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/riwayat_nilai.py"/>
        <source>Tahun penilaian tidak diketahui: tidak ada kolom Tahun, dan judul atau nama lembar tidak menyebut tahun. Tambahkan kolom Tahun.</source>
        <translation>The appraisal year is unknown: there is no Year column, and neither the title nor the sheet name gives a year. Add a Year column.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/riwayat_nilai.py"/>
        <source>Tahun tidak terbaca; seharusnya tahun 4 digit, misalnya 2018.</source>
        <translation>The year cannot be read; it should be a 4-digit year, for example 2018.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>Tahun {tahun} di basis data ini memakai skema {label}, sedangkan paket memakai skema {label2}; evaluasinya tidak dapat digabungkan.</source>
        <translation>Year {tahun} in this database uses the {label} scheme, but the package uses the {label2} scheme; its evaluations cannot be merged.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapor.py"/>
        <source>Tahun {tahun}: {jp} dari {target} JP; lengkapi {sisa} JP lagi (PP 17/2020 Pasal 203).</source>
        <translation>Year {tahun}: {jp} of {target} JP; complete {sisa} more JP (PP 17/2020 Article 203).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/periode.py"/>
        <source>Tahunan</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit.py"/>
        <source>Tanggal &apos;dari&apos; harus sebelum atau sama dengan tanggal &apos;sampai&apos;.</source>
        <translation>The &apos;from&apos; date must be on or before the &apos;to&apos; date.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Tanggal Lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Tanggal Status</source>
        <translation>Status date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>Tanggal asesmen tidak boleh di masa depan.</source>
        <translation>The assessment date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/layanan.py"/>
        <source>Tanggal dan jam wajib diisi (mis. 05-12-2026 08:30).</source>
        <translation>Date and time are required (e.g. 05-12-2026 08:30).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>Tanggal kosong</source>
        <translation>Date is empty</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Tanggal lahir tidak boleh di masa depan.</source>
        <translation>The date of birth must not be in the future.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Tanggal lahir tidak masuk akal (sebelum 1930).</source>
        <translation>The date of birth is not plausible (before 1930).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Tanggal lahir: {alasan}</source>
        <translation>Date of birth: {alasan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>Tanggal mulai berlaku harus diisi.</source>
        <translation>The effective date is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Tanggal selesai tidak boleh sebelum tanggal mulai.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>Tanpa cadangan: {alasan}</source>
        <translation>No backup: {alasan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/legacy.py"/>
        <source>Target {aspek} harus lebih dari 0, ditemukan {target}.</source>
        <translation>Target {aspek} must be more than 0, found {target}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Tautan bukti ditambahkan ({nama})</source>
        <translation>Evidence link added ({nama})</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/bukti_dukung.py"/>
        <source>Tautan bukti kosong; tempelkan alamat yang diawali http:// atau https://.</source>
        <translation>The evidence link is empty; paste an address starting with http:// or https://.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/evaluasi/bukti_dukung.py"/>
        <source>Tautan terlalu panjang (%n karakter; paling banyak {maks}).</source>
        <translation>
            <numerusform>The link is too long (%n character; at most {maks}).</numerusform>
            <numerusform>The link is too long (%n characters; at most {maks}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Tempat Lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/header.py"/>
        <source>Tempat dan tanggal tanda tangan terlalu panjang (maksimal 200 karakter).</source>
        <translation>The place and date of signing are too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Tempat, Tanggal Lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Tenggat tidak boleh sebelum tanggal rapat.</source>
        <translation>The deadline cannot be before the meeting date.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>Terlalu banyak cadangan dengan nama {name}.</source>
        <translation>Too many backups named {name}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Terlalu panjang (%n karakter; paling banyak {limit}).</source>
        <translation>
            <numerusform>Too long (%n character; at most {limit}).</numerusform>
            <numerusform>Too long (%n characters; at most {limit}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <source>Tidak ada evaluasi yang dipilih untuk dicetak.</source>
        <translation>No evaluation was selected for printing.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/penghargaan.py"/>
        <source>Tidak ada pegawai yang dipilih untuk diberi piagam.</source>
        <translation>No employee was selected for a certificate.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>Tidak ada perubahan untuk disimpan ({ringkas}).</source>
        <translation>No changes to save ({ringkas}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Tidak baik</source>
        <translation>Not good</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>Tidak berubah</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/akun.py"/>
        <source>Tidak dapat {what} admin terakhir yang aktif; buat admin lain terlebih dahulu.</source>
        <translation>Cannot {what} the last active admin; create another admin first.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Tidak diisi</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/riwayat_nilai.py"/>
        <source>Tidak ditemukan nilai kinerja lama pada &quot;{berkas}&quot; (lembar: {daftar}). Diperlukan tabel dengan kolom NIP dan paling sedikit satu kolom nilai (Nilai SKP, Nilai Prestasi Kerja, Sebutan, Capaian, Predikat), atau formulir SKP/DP3 dengan NIP dan nilai.</source>
        <translation>No old performance scores found in &quot;{berkas}&quot; (sheets: {daftar}). A table with a NIP column and at least one score column (Nilai SKP, Nilai Prestasi Kerja, Sebutan, Capaian, Predikat) is needed, or an SKP/DP3 form with NIP and score.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>Tidak ditemukan tabel pegawai pada &quot;{berkas}&quot; (lembar: {daftar}). Diperlukan baris judul kolom dengan paling sedikit NIP (atau NIP BARU / nip_baru) dan NAMA (atau NAMA LENGKAP / NAMA / NIP).</source>
        <translation>No employee table found in &quot;{berkas}&quot; (sheets: {daftar}). A column header row with at least NIP (or NIP BARU / nip_baru) and NAMA (or NAMA LENGKAP / NAMA / NIP) is needed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Tidak ditemukan.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Tindak lanjut belum dapat disimpan.</source>
        <translation>The follow-up cannot be saved yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Tindak lanjut belum dapat diubah.</source>
        <translation>The follow-up cannot be changed yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Tindak lanjut ini masih terbuka.</source>
        <translation>This follow-up is still open.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Tindak lanjut ini sudah ditutup.</source>
        <translation>This follow-up is already closed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Tindak lanjut rapat ditambahkan</source>
        <translation>Meeting follow-up added</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Tindak lanjut rapat ditutup</source>
        <translation>Meeting follow-up closed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Tindak lanjut tidak ditemukan (mungkin sudah dihapus di komputer lain).</source>
        <translation>Follow-up not found (it may have been deleted on another computer).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>Tingkat potensi &apos;{tingkat}&apos; tidak dikenal: gunakan Rendah, Menengah atau Tinggi.</source>
        <translation>Potential level &apos;{tingkat}&apos; is unknown: use Rendah, Menengah or Tinggi.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Topik bimbingan wajib diisi.</source>
        <translation>The coaching topic is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Tren hasil survei hanya untuk pimpinan unit yang disurvei dan admin.</source>
        <translation>The survey result trend is only for the surveyed unit&apos;s leaders and admins.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/periode.py"/>
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Tuliskan alasan membatalkan finalisasi (paling sedikit 5 karakter).</source>
        <translation>Write the reason for cancelling the finalisation (at least 5 characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/periode.py"/>
        <source>Tuliskan alasan membuka kembali periode (paling sedikit 5 karakter).</source>
        <translation>Write the reason for reopening the period (at least 5 characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/workflow.py"/>
        <source>Tuliskan alasan pengembalian agar pegawai tahu apa yang harus diperbaiki.</source>
        <translation>Write the reason for returning it so the employee knows what to fix.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/kunci_kantor.py"/>
        <source>Tuliskan alasan penggantian kunci (mis. komputer lama hilang).</source>
        <translation>Write the reason for replacing the key (e.g. the old computer was lost).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>UID berkas tidak dipakai</source>
        <translation>the file&apos;s UID is not used</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>Uji coba (tidak ada yang disimpan): {ringkas}.</source>
        <translation>Trial run (nothing saved): {ringkas}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>Uji coba (tidak disimpan)</source>
        <translation>Trial run (not saved)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>Uji coba (tidak disimpan): {ringkas}</source>
        <translation>Trial run (not saved): {ringkas}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <source>Ukuran kertas &apos;{ukuran}&apos; tidak dikenal; pilih A4 atau F4.</source>
        <translation>Paper size &apos;{ukuran}&apos; is unknown; choose A4 or F4.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Umpan balik hasil kerja: {jumlah} indikator</source>
        <translation>Work results feedback: {jumlah} indicators</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Umpan balik perilaku: {jumlah} nilai BerAKHLAK</source>
        <translation>Behaviour feedback: {jumlah} BerAKHLAK values</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>Umpan balik untuk indikator yang bukan bagian dari SKP {pegawai_nama}: {daftar}</source>
        <translation>Feedback for indicators that are not part of the SKP of {pegawai_nama}: {daftar}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>Umpan balik untuk indikator yang sudah tidak ada di SKP diabaikan.</source>
        <translation>Feedback for an indicator no longer in the SKP was ignored.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Umur &quot;{value}&quot; tidak valid: seharusnya bilangan bulat {UMUR_MIN}–{UMUR_MAX} (tahun).</source>
        <translation>Age &quot;{value}&quot; is not valid: should be a whole number {UMUR_MIN}–{UMUR_MAX} (years).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>Unit Kerja</source>
        <translation>Work Unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Unit asal sudah tidak ada; perubahan tidak dapat diurungkan.</source>
        <translation>The original unit no longer exists; the change cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Unit induknya ({nama_parent}) juga diarsipkan; pulihkan unit induk dulu atau pindahkan unit ini.</source>
        <translation>Its parent unit ({nama_parent}) is archived too; restore the parent unit first or move this unit.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <source>Unit ini memiliki kurang dari {n} pegawai yang dinilai; jumlah per predikat tidak ditampilkan agar predikat perorangan tidak dapat diketahui. Admin dapat melihatnya.</source>
        <translation>This unit has fewer than {n} rated employees; the counts per rating are not shown so that no individual&apos;s rating can be inferred. The admin can see them.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Unit kerja dengan id {unit_id} tidak ditemukan (mungkin sudah dihapus di jendela lain).</source>
        <translation>Work unit with id {unit_id} not found (it may have been deleted in another window).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <location filename="../../asn_desktop/services/periode.py"/>
        <location filename="../../asn_desktop/services/skp/creating.py"/>
        <source>Unit kerja dengan id {unit_id} tidak ditemukan.</source>
        <translation>Work unit with id {unit_id} not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Unit kerja diarsipkan</source>
        <translation>Work unit archived</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Unit kerja digabungkan</source>
        <translation>Work units merged</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Unit kerja dipindahkan</source>
        <translation>Work unit moved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Unit kerja dipulihkan</source>
        <translation>Work unit restored</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Unit kerja ditambahkan</source>
        <translation>Work unit added</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Unit kerja diubah</source>
        <translation>Work unit changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <location filename="../../asn_desktop/services/skm.py"/>
        <source>Unit kerja tidak ditemukan.</source>
        <translation>Work unit not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Unit kerja yang dipilih tidak ditemukan.</source>
        <translation>The selected work unit was not found.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Unit tidak dapat digabungkan dengan dirinya sendiri.</source>
        <translation>A unit cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Unit tujuan {nama_dst} sudah diarsipkan; pilih unit yang aktif.</source>
        <translation>Target unit {nama_dst} is archived; choose an active unit.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Unit {nama_parent} sudah diarsipkan; pulihkan dulu sebelum menambah sub-unit.</source>
        <translation>Unit {nama_parent} is archived; restore it before adding a sub-unit.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Unit {nama_src} tidak dapat digabungkan ke sub-unitnya sendiri ({nama_dst}).</source>
        <translation>Unit {nama_src} cannot be merged into its own sub-unit ({nama_dst}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Unit {nama_target} sudah diarsipkan; pilih unit tujuan yang aktif.</source>
        <translation>Unit {nama_target} is archived; choose an active target unit.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Unit {nama_unit} sudah diarsipkan; pilih unit tujuan yang aktif.</source>
        <translation>Unit {nama_unit} is archived; choose an active target unit.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Unit {nama} kini tanpa kepala; tetapkan kepala barunya di Struktur Organisasi.</source>
        <translation>Unit {nama} now has no head; appoint its new head in Organisation Structure.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Unit {nama} masih memiliki {daftar}. Pindahkan dulu, atau gunakan &quot;Gabungkan&quot; untuk memindahkan semuanya ke unit lain sekaligus.</source>
        <translation>Unit {nama} still has {daftar}. Move them first, or use &quot;Gabungkan&quot; to move everything to another unit at once.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Unit {nama} sudah diarsipkan.</source>
        <translation>Unit {nama} is archived.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Unit {nama} sudah diarsipkan; pilih unit yang aktif.</source>
        <translation>Unit {nama} is archived; choose an active unit.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>Unit {nama} tidak dapat dipindahkan ke dalam dirinya sendiri atau sub-unitnya ({path}).</source>
        <translation>Unit {nama} cannot be moved into itself or one of its sub-units ({path}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Unit {unit} diarsipkan</source>
        <translation>Unit {unit} archived</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Unit {unit} digabung ke {tujuan}</source>
        <translation>Unit {unit} merged into {tujuan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Unit {unit} dipindahkan</source>
        <translation>Unit {unit} moved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Unit {unit} dipulihkan</source>
        <translation>Unit {unit} restored</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Unit {unit} ditambahkan</source>
        <translation>Unit {unit} added</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Unit {unit} diubah</source>
        <translation>Unit {unit} changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Unsur tanpa jawaban: {kode}; IKM tidak dapat dihitung.</source>
        <translation>Elements without answers: {kode}; the IKM cannot be computed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>Uraian tindak lanjut</source>
        <translation>Follow-up description</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Urutan RHK diubah</source>
        <translation>RHK order changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Urutan indikator diubah</source>
        <translation>Indicator order changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Urutan unit kerja diubah</source>
        <translation>Work unit order changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Urutan unit {unit} diubah</source>
        <translation>Order of unit {unit} changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>Usia pegawai baru {usia} tahun; periksa tanggal lahir.</source>
        <translation>The new employee&apos;s age is {usia} years; check the date of birth.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/audit_label.py"/>
        <source>Usulan kenaikan pangkat diekspor</source>
        <translation>Promotion proposal exported</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/layanan.py"/>
        <source>Wajib diisi: NIP atau nama petugas seperti pada daftar pegawai.</source>
        <translation>Required: the officer&apos;s NIP or name as in the employee list.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/layanan.py"/>
        <source>Wajib diisi: jenis layanan seperti pada tabel standar pelayanan.</source>
        <translation>Required: the service type as in the service standards table.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/layanan.py"/>
        <source>Wajib diisi: tanggal dan jam, misalnya 05-12-2026 08:30.</source>
        <translation>Required: date and time, for example 05-12-2026 08:30.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/layanan.py"/>
        <source>Waktu janji layanan harus bilangan bulat 1–365.</source>
        <translation>The promised service time must be a whole number from 1 to 365.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>Waktu penyelesaian</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>angka</source>
        <translation>digits</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/indikator_input.py"/>
        <source>aspek &apos;{aspek}&apos; tidak dikenal (Kuantitas, Kualitas, Waktu, Biaya).</source>
        <translation>aspect &apos;{aspek}&apos; is unknown (Kuantitas, Kualitas, Waktu, Biaya).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>aturan tidak memuat kelas {kelas}</source>
        <translation>the rule has no class {kelas}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/audit_chain.py"/>
        <source>baris ini tidak bersegel (ditambahkan di luar aplikasi)</source>
        <translation>this row is not sealed (added outside the application)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>berkas PDF</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>berkas rusak: isinya tidak utuh</source>
        <translation>damaged file: its content is incomplete</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>berubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>bulan {bulan} tidak ada</source>
        <translation>month {bulan} does not exist</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>bulan {bulan} {tahun} tidak memiliki tanggal {tanggal}</source>
        <translation>{bulan} {tahun} has no day {tanggal}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>capaian</source>
        <translation>achievement</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>checksum</source>
        <translation>checksum</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>daftar pegawai</source>
        <translation>employee list</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>dapat diisi</source>
        <translation>fillable</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/bounds.py"/>
        <source>dari {awal} MB menjadi lebih dari {akhir} MB </source>
        <translation>from {awal} MB to more than {akhir} MB </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>data paket tidak dapat disimpan ({galat}). Tidak ada data dari paket ini yang disimpan.</source>
        <translation>the package data cannot be saved ({galat}). No data from this package was saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>disiplin belum diisi</source>
        <translation>discipline not filled in</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/layanan.py"/>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>diterima</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>dokumen Office lama yang bukan Excel, misalnya Word .doc</source>
        <translation>an old Office document that is not Excel, e.g. Word .doc</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>dokumen OpenDocument yang bukan lembar kerja</source>
        <translation>an OpenDocument file that is not a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>dokumen Word</source>
        <translation>a Word document</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>duplikat identik</source>
        <translation>identical duplicates</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/perilaku.py"/>
        <source>ekspektasi khusus terlalu panjang (maksimal {max_teks} karakter).</source>
        <translation>the specific expectations are too long (at most {max_teks} characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>golongan</source>
        <translation>grade</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>golongan ruang belum diisi atau tidak dikenal</source>
        <translation>golongan not filled in or not recognised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>golongan wajib diisi.</source>
        <translation>the rank (golongan) is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/_common.py"/>
        <source>gunakan Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi</source>
        <translation>use Di Atas Ekspektasi, Sesuai Ekspektasi or Di Bawah Ekspektasi</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>gunakan misalnya 01-02-1980 atau 1 Februari 1980</source>
        <translation>use for example 01-02-1980 or 1 February 1980</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>hh-bb-tttt, misalnya 01-10-2026, 01102026, 01/10/26 atau 1 Okt 2026</source>
        <translation>dd-mm-yyyy, for example 01-10-2026, 01102026, 01/10/26 or 1 Oct 2026</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/audit_chain.py"/>
        <source>isi baris ini, atau baris sebelumnya, diubah atau dihapus setelah dicatat</source>
        <translation>this row, or an earlier one, was changed or deleted after it was recorded</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>isi paket diubah setelah ditandatangani kantor pengirim (atau berkas rusak); tanda tangannya tidak cocok dengan isinya. Tidak ada yang disimpan. Minta kantor pengirim mengekspor ulang dan mengirim berkas aslinya.</source>
        <translation>the package content was changed after the sending office signed it (or the file is damaged); its signature does not match its content. Nothing was saved. Ask the sending office to export again and send the original file.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/indikator_input.py"/>
        <source>isi target minimum bila target berupa rentang.</source>
        <translation>enter the minimum target when the target is a range.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>isian {isian} terlalu panjang.</source>
        <translation>the field {isian} is too long.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>jabatan</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>jenis hukuman wajib diisi.</source>
        <translation>the kind of penalty is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>jenis jabatan &apos;{jenis}&apos; tidak dikenal.</source>
        <translation>unknown position type &apos;{jenis}&apos;.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>jenjang pendidikan wajib diisi.</source>
        <translation>the education level is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>judul kolom tidak dikenali</source>
        <translation>column header not recognised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>kantor {kantor} ({kode}) belum dikenal di basis data ini. Sidik jari kuncinya: {sidik}. Cocokkan sidik jari itu dengan kantor pengirim lewat telepon, lalu percayai kuncinya (GUI: Percayai kunci; baris perintah: --trust-new-office).</source>
        <translation>office {kantor} ({kode}) is not known in this database. Its key fingerprint: {sidik}. Compare that fingerprint with the sending office by telephone, then trust its key (GUI: Trust key; command line: --trust-new-office).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>kantor {nilai} belum dikenal di basis data ini.</source>
        <translation>office {nilai} is not known in this database.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>kenaikan pangkat reguler hanya untuk PNS (bukan CPNS/PPPK)</source>
        <translation>regular promotion is for PNS only (not CPNS/PPPK)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>keterangan tidak disimpan</source>
        <translation>remarks are not stored</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>kode kantor pengirim terlalu panjang.</source>
        <translation>the sending office code is too long.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>kolom kedua untuk isian yang sama</source>
        <translation>second column for the same field</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>kolom tanpa judul</source>
        <translation>column without a header</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>konflik</source>
        <translation>conflicts</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/layanan.py"/>
        <location filename="../../asn_desktop/excel/skm.py"/>
        <source>lembar &quot;{lembar}&quot;</source>
        <translation>sheet &quot;{lembar}&quot;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>lembar &quot;{lembar}&quot;, baris {baris}{kolom}</source>
        <translation>sheet &quot;{lembar}&quot;, row {baris}{kolom}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>lembar &quot;{lembar}&quot;{kolom}</source>
        <translation>sheet &quot;{lembar}&quot;{kolom}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/layanan.py"/>
        <location filename="../../asn_desktop/excel/skm.py"/>
        <source>lembar mana pun</source>
        <translation>any sheet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>masa dalam pangkat belum {tahun} tahun (baru terpenuhi {tanggal})</source>
        <translation>time in rank is not yet {tahun} years (reached on {tanggal})</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>nama diklat/pengembangan kompetensi wajib diisi.</source>
        <translation>the training/competence development name is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>nama jabatan wajib diisi.</source>
        <translation>the position name is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>nama penghargaan wajib diisi.</source>
        <translation>the award name is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>nomor urut paket tidak valid ({nomor}).</source>
        <translation>invalid package sequence number ({nomor}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>paket</source>
        <translation>packages</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>paket ditandatangani dengan kunci lain (sidik jari {sidik_jari}), bukan kunci yang dipercaya untuk kantor ini ({sidik_jari2}).</source>
        <translation>the package is signed with another key (fingerprint {sidik_jari}), not the key trusted for this office ({sidik_jari2}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/exchange.py"/>
        <source>paket hasil</source>
        <translation>results package</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>paket tidak ditandatangani kantor pengirim. Paket hasil dari versi aplikasi yang lama atau yang dibuat/diubah di luar aplikasi tidak diterima; minta kantor pengirim memperbarui aplikasi dan mengekspor ulang.</source>
        <translation>the package is not signed by the sending office. Results packages from an old version of the application, or made or changed outside it, are not accepted; ask the sending office to update the application and export again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>paket {kantor} ditandatangani dengan kunci lain (sidik jari {sidik}), bukan kunci yang dipercaya untuk kantor ini ({sidik_dipercaya}). Bila kantor itu memang mengganti kuncinya, cocokkan sidik jari baru lewat telepon, lalu admin menerima kunci baru di Status kantor pengirim (atau: results offices trust).</source>
        <translation>package {kantor} is signed with another key (fingerprint {sidik}), not the key trusted for this office ({sidik_dipercaya}). If that office really replaced its key, compare the new fingerprint by telephone, then an admin accepts the new key in Sending office status (or: results offices trust).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/_common.py"/>
        <source>paling banyak {maks} karakter</source>
        <translation>at most {maks} characters</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>pegawai</source>
        <translation>employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>pendidikan</source>
        <translation>education</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>pendidikan terakhir</source>
        <translation>highest education</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>pendidikan terakhir belum diisi atau tidak dikenali (batas pangkat tidak dapat diperiksa)</source>
        <translation>highest education not filled in or not recognised (the rank limit cannot be checked)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>periode</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/pgdump.py"/>
        <source>pg_dump di komputer ini versi {alat}, lebih lama dari server PostgreSQL (versi {server}); pg_dump menolak mencadangkan server yang lebih baru. Pasang paket postgresql-client-{server} (Debian/Ubuntu) atau komponen Command Line Tools dari penginstal PostgreSQL {server} (Windows).</source>
        <translation>pg_dump on this computer is version {alat}, older than the PostgreSQL server (version {server}); pg_dump refuses to back up a newer server. Install the package postgresql-client-{server} (Debian/Ubuntu) or the Command Line Tools component of the PostgreSQL {server} installer (Windows).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/template_rhk.py"/>
        <source>pilih utama atau tambahan.</source>
        <translation>choose utama or tambahan.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>potensi belum dinilai</source>
        <translation>potential not assessed yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>predikat belum ada</source>
        <translation>no predicate yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>predikat tahunan {tahun} belum ada</source>
        <translation>annual predicate {tahun} not yet available</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>predikat tidak dapat dilihat dengan akun ini</source>
        <translation>the predicate cannot be viewed with this account</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>predikat {tahun} {predikat} (paling rendah {minimal})</source>
        <translation>predicate {tahun} {predikat} (at least {minimal})</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>predikat {tahun} {predikat}: di bawah {minimal}, KGB ditunda</source>
        <translation>predicate {tahun} {predikat}: below {minimal}, salary step postponed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>predikat {tahun} {predikat}: memenuhi</source>
        <translation>predicate {tahun} {predikat}: qualifies</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/reader.py"/>
        <source>presentasi PowerPoint</source>
        <translation>a PowerPoint presentation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>realisasi belum diisi</source>
        <translation>achievement not filled in</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/layanan.py"/>
        <source>register layanan</source>
        <translation>service register</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/layanan.py"/>
        <source>register pengaduan</source>
        <translation>complaint register</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/layanan.py"/>
        <source>respon pertama</source>
        <translation>first response</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/indikator_input.py"/>
        <source>satuan terlalu panjang (maksimal 100 karakter).</source>
        <translation>the unit is too long (at most 100 characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>sebagian baris memiliki kesalahan</source>
        <translation>some rows have errors</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/layanan.py"/>
        <source>selesai</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>solusi</source>
        <translation>solution</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>sudah pada golongan tertinggi (IV/e)</source>
        <translation>already at the highest golongan (IV/e)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/karier.py"/>
        <source>sudah pada pangkat tertinggi untuk pendidikan {pendidikan} ({kode}); berikutnya lewat kenaikan pangkat pilihan atau penyesuaian ijazah</source>
        <translation>already at the highest rank for education {pendidikan} ({kode}); the next one is through a selective promotion or a diploma adjustment</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/backup.py"/>
        <source>tabel {tabel} baris {baris} merujuk {induk} yang tidak ada</source>
        <translation>table {tabel} row {baris} refers to a {induk} that does not exist</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>tahun</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>tahun harus antara 1940 dan {akhir}.</source>
        <translation>the year must be between 1940 and {akhir}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>tahun lulus harus antara 1940 dan {akhir}.</source>
        <translation>the graduation year must be between 1940 and {akhir}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>tahun paket tidak valid ({tahun}); harus 2000–2100.</source>
        <translation>invalid package year ({tahun}); it must be 2000–2100.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>tanggal selesai sebelum TMT hukuman.</source>
        <translation>the end date is before the penalty&apos;s effective date (TMT).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>tanggal selesai sebelum tanggal mulai.</source>
        <translation>the end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>tantangan</source>
        <translation>challenges</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/indikator_input.py"/>
        <source>target minimum harus lebih kecil atau sama dengan target maksimum.</source>
        <translation>the minimum target must be less than or equal to the maximum target.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>terlalu banyak indikator untuk satu RHK (maksimal 50).</source>
        <translation>too many indicators for one RHK (at most 50).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>terlalu panjang (%n karakter; maksimal {max_teks}).</source>
        <translation>
            <numerusform>too long (%n character; at most {max_teks}).</numerusform>
            <numerusform>too long (%n characters; at most {max_teks}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/template_rhk.py"/>
        <source>terlalu panjang (maksimal 200 karakter).</source>
        <translation>too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/template_rhk.py"/>
        <source>terlalu panjang (maksimal 2000 karakter).</source>
        <translation>too long (at most 2000 characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>terlalu panjang (maksimal 300 karakter).</source>
        <translation>too long (at most 300 characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <source>terlalu panjang (maksimal {max_teks} karakter).</source>
        <translation>too long (at most {max_teks} characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>tidak ada aturan yang berlaku</source>
        <translation>no rule in force</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>tidak berubah</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>tingkat hukuman harus ringan, sedang, atau berat (PP 94/2021).</source>
        <translation>the penalty level must be ringan, sedang or berat (light, moderate or severe; PP 94/2021).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_umum.py"/>
        <source>unit kerja baru</source>
        <translation>new work units</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/rhk.py"/>
        <location filename="../../asn_desktop/services/template_rhk.py"/>
        <source>uraian RHK wajib diisi.</source>
        <translation>the RHK description is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/indikator_input.py"/>
        <source>uraian indikator wajib diisi.</source>
        <translation>the indicator description is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/indikator_input.py"/>
        <source>uraian target terlalu panjang (maksimal {max_teks} karakter).</source>
        <translation>the target description is too long (at most {max_teks} characters).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/indikator_input.py"/>
        <source>uraian terlalu panjang (%n karakter; maksimal {max_teks}).</source>
        <translation>
            <numerusform>the description is too long (%n character; at most {max_teks}).</numerusform>
            <numerusform>the description is too long (%n characters; at most {max_teks}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/template_rhk.py"/>
        <source>wajib diisi (mis. Kepala Seksi Pemerintahan, atau &apos;Semua jabatan&apos;).</source>
        <translation>required (e.g. Kepala Seksi Pemerintahan, or &apos;Semua jabatan&apos;).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>wajib diisi bila mengubah rating pejabat penilai</source>
        <translation>required when changing the appraising official&apos;s rating</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>wajib diisi bila rating berbeda dari saran periode</source>
        <translation>required when the rating differs from the periods&apos; suggestion</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>wajib diisi bila rating hasil kerja pimpinan unit bukan {label}</source>
        <translation>required when the unit leader&apos;s work-result rating is not {label}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>{Label} saat ini yang diisi lebih lama dari riwayat {label} terbaru ({isi}, {tanggal}). Catat perubahan lama di tab Riwayat {Label}; data saat ini selalu mengikuti riwayat terbaru.</source>
        <translation>The current {label} entered is older than the latest {label} history ({isi}, {tanggal}). Record the old change in the {Label} History tab; the current data always follows the latest history.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>{alasan} Kolom ini dikosongkan; data lain pada baris ini tetap diimpor.</source>
        <translation>{alasan} This column is left empty; the other data of this row is still imported.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>{alasan} Kolom ini tidak diimpor.</source>
        <translation>{alasan} This column is not imported.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/cadangan.py"/>
        <source>{alasan} Pemulihan dibatalkan seluruhnya; basis data tujuan tetap kosong.</source>
        <translation>{alasan} The restore was cancelled entirely; the target database is still empty.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>{alasan} Tidak ada data dari paket ini yang disimpan.</source>
        <translation>{alasan} No data from this package was saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>{alasan}, {contoh}.</source>
        <translation>{alasan}, {contoh}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>{alasan}; {contoh}.</source>
        <translation>{alasan}; {contoh}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/pgdump.py"/>
        <source>{alat} gagal (kode {kode}): {pesan}</source>
        <translation>{alat} failed (code {kode}): {pesan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/pgdump.py"/>
        <source>{alat} tidak dapat dijalankan: {alasan}</source>
        <translation>{alat} cannot be run: {alasan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/pgdump.py"/>
        <source>{alat} tidak selesai dalam {menit} menit dan dihentikan; tidak ada yang diubah. Periksa jaringan ke server {server}.</source>
        <translation>{alat} did not finish within {menit} minutes and was stopped; nothing was changed. Check the network to server {server}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/pgdump.py"/>
        <source>{alat}: server {server} menolak login (kata sandi salah atau tidak diberikan).</source>
        <translation>{alat}: server {server} refused the login (wrong or missing password).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/db/pgdump.py"/>
        <source>{alat}: server {server} tidak dapat dihubungi ({alasan}). Periksa alamat, bahwa server menyala, dan pg_hba.conf.</source>
        <translation>{alat}: server {server} cannot be reached ({alasan}). Check the address, that the server is running, and pg_hba.conf.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>{apa} ditolak: evaluasi {pegawai_nama} ({nama_periode}) sudah final.</source>
        <translation>{apa} refused: the evaluation of {pegawai_nama} ({nama_periode}) is final.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/_common.py"/>
        <source>{apa} ditolak: evaluasi {pegawai_nama} ({nama_periode}) sudah final. Pejabat penilai atau admin dapat membatalkan finalisasi bila perlu koreksi.</source>
        <translation>{apa} refused: the evaluation of {pegawai_nama} ({nama_periode}) is final. The appraising official or an admin can cancel the finalisation if a correction is needed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/periode.py"/>
        <source>{apa} ditolak: periode {label} belum dibuka. Admin dapat membukanya di Pengaturan Periode.</source>
        <translation>{apa} refused: period {label} has not been opened. An admin can open it in Period Settings.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/periode.py"/>
        <source>{apa} ditolak: periode {label} sudah ditutup sehingga datanya terkunci. Admin dapat membuka kembali periode ini di Pengaturan Periode (tercatat di log audit).</source>
        <translation>{apa} refused: period {label} is closed, so its data is locked. An admin can reopen the period in Period Settings (recorded in the audit log).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>{a} dan/atau {b}</source>
        <translation>{a} and/or {b}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/messages.py"/>
        <source>{a}, {b}</source>
        <translation>{a}, {b}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>{baru} baru, {berubah} berubah, {tetap} tidak berubah, {ditolak} baris ditolak{duplikat}{unit}</source>
        <translation>{baru} new, {berubah} changed, {tetap} unchanged, {ditolak} rows rejected{duplikat}{unit}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/karier.py"/>
        <source>{berkas}, lembar &quot;{lembar}&quot;: baris judul tidak ditemukan; diharapkan kolom NIP dan Potensi (Rendah/Menengah/Tinggi) atau Skor (0-100), serta Tanggal.</source>
        <translation>{berkas}, sheet &quot;{lembar}&quot;: header row not found; expected the columns NIP and Potensi (Rendah/Menengah/Tinggi) or Skor (0-100), and Tanggal.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/layanan.py"/>
        <source>{berkas}, {lokasi}{nilai}: {alasan}</source>
        <translation>{berkas}, {lokasi}{nilai}: {alasan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>{berubah} pegawai berubah, {tetap} tidak berubah, {ditolak} ditolak.</source>
        <translation>{berubah} employees changed, {tetap} unchanged, {ditolak} rejected.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>{catatan} ({bulan})</source>
        <translation>{catatan} ({bulan})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/skp/_common.py"/>
        <source>{daftar}; dan %n lainnya</source>
        <translation>
            <numerusform>{daftar}; and %n other</numerusform>
            <numerusform>{daftar}; and %n others</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/tindak_lanjut.py"/>
        <source>{dasar}; jenjang menurut riwayat jabatan: {masa}</source>
        <translation>{dasar}; level by position history: {masa}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/context.py"/>
        <source>{data} sudah diubah di jendela atau komputer lain sejak Anda membukanya. Muat ulang data, lalu ulangi perubahan Anda.</source>
        <translation>{data} was changed in another window or computer since you opened it. Reload the data, then repeat your change.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/tanggal.py"/>
        <source>{detail}; ketik tanggal dengan bentuk {bentuk}.</source>
        <translation>{detail}; type the date as {bentuk}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_hasil.py"/>
        <source>{diterima} dari {paket} paket diterima; {baru} data baru, {berubah} berubah, {tetap} tidak berubah, {konflik} konflik.</source>
        <translation>{diterima} of {paket} packages accepted; {baru} new, {berubah} changed, {tetap} unchanged, {konflik} conflicts.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/_common.py"/>
        <source>{fld} terlalu panjang ({panjang} karakter; paling banyak {maks}).</source>
        <translation>{fld} is too long ({panjang} characters; at most {maks}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/_common.py"/>
        <source>{fld}: &apos;{value}&apos; bukan rating yang dikenal.</source>
        <translation>{fld}: &apos;{value}&apos; is not a known rating.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>{isian} diubah di aplikasi setelah formulir dibuat; perubahan dari formulir tidak diterapkan agar tidak menimpa penilaian terbaru.</source>
        <translation>{isian} was changed in the application after the form was made; the change from the form was not applied so as not to overwrite the latest appraisal.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>{jumlah} digit angka</source>
        <translation>{jumlah} digits</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>{kepala}: harus ada pegawai dengan predikat {predikat}, saat ini tidak ada (0 dari {total} pegawai).</source>
        <translation>{kepala}: there must be employees with predicate {predikat}, now there are none (0 of {total} employees).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>{kepala}: predikat {predikat} paling banyak {batas} %, saat ini {persen} ({jumlah} dari {total} pegawai).</source>
        <translation>{kepala}: predicate {predikat} at most {batas} %, now {persen} ({jumlah} of {total} employees).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>{kepala}: predikat {predikat} paling sedikit {batas} %, saat ini {persen} ({jumlah} dari {total} pegawai).</source>
        <translation>{kepala}: predicate {predikat} at least {batas} %, now {persen} ({jumlah} of {total} employees).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/rating.py"/>
        <source>{kepala}: tidak boleh ada predikat {predikat}, saat ini {persen} ({jumlah} dari {total} pegawai).</source>
        <translation>{kepala}: there must be no predicate {predikat}, now {persen} ({jumlah} of {total} employees).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>{label} ({tanggal}) lebih awal dari tanggal lahir ({lahir}).</source>
        <translation>{label} ({tanggal}) is earlier than the date of birth ({lahir}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pegawai.py"/>
        <source>{label} baris {baris}: {masalah}</source>
        <translation>{label} row {baris}: {masalah}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>{label} terlalu panjang (%n karakter; paling banyak {maks_teks}).</source>
        <translation>
            <numerusform>{label} is too long (%n character; at most {maks_teks}).</numerusform>
            <numerusform>{label} is too long (%n characters; at most {maks_teks}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pembinaan.py"/>
        <source>{label} terlalu panjang (paling banyak {maks_teks} karakter).</source>
        <translation>{label} is too long (at most {maks_teks} characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>{label}: {alasan}</source>
        <translation>{label}: {alasan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/skm.py"/>
        <source>{lembar} baris {baris}, kolom {kolom} ({judul}){nilai}: {alasan}</source>
        <translation>{lembar} row {baris}, column {kolom} ({judul}){nilai}: {alasan}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>{nama_pegawai} tidak aktif lagi ({status}) sehingga tidak dapat menjadi kepala unit.</source>
        <translation>{nama_pegawai} is no longer active ({status}) and so cannot head a unit.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>{nama} (berlaku {tanggal}, versi {versi})</source>
        <translation>{nama} (valid from {tanggal_angka}, version {versi})</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/creating.py"/>
        <source>{nama} belum memiliki SKP tahun sebelumnya untuk disalin. Buat SKP kosong atau isi dari pustaka RHK.</source>
        <translation>{nama} has no SKP from the previous year to copy. Create an empty SKP or fill it from the RHK library.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/creating.py"/>
        <source>{nama} berstatus {label}; SKP hanya dibuat untuk pegawai aktif.</source>
        <translation>{nama} has the status {label}; SKPs are only created for active employees.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>{nama} berstatus {status} sehingga tidak dapat menjadi atasan langsung.</source>
        <translation>{nama} has the status {status} and so cannot be a direct superior.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>{nama} bukan peserta rapat ini.</source>
        <translation>{nama} is not a participant of this meeting.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/layanan.py"/>
        <source>{nama} lebih dari tiga tahun setelah {sebelumnya}; periksa tahun yang diketik.</source>
        <translation>{nama} is more than three years after {sebelumnya}; check the year you typed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>{nama} memimpin {unit_nama}; capaian kinerja organisasinya {predikat} sehingga rating hasil kerjanya {rating_seharusnya}. Rating {rating} memerlukan alasan tertulis (paling sedikit 5 karakter) yang dicetak pada dokumen evaluasi.</source>
        <translation>{nama} leads {unit_nama}; the organisation&apos;s performance is {predikat}, so the work-result rating is {rating_seharusnya}. The rating {rating} needs a written reason (at least 5 characters) that is printed on the evaluation document.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/creating.py"/>
        <source>{nama} sudah memiliki SKP tahun {tahun} (versi {versi}, status {label}). Buka SKP itu untuk mengubahnya.</source>
        <translation>{nama} already has an SKP for {tahun} (version {versi}, status {label}). Open that SKP to change it.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/skp/header.py"/>
        <source>{nama} tidak aktif dan tidak dapat menjadi pejabat penilai.</source>
        <translation>{nama} is not active and cannot be an appraising official.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/layanan.py"/>
        <source>{nama} tidak boleh sebelum {sebelumnya}.</source>
        <translation>{nama} must not be before {sebelumnya}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>{nama} tidak dapat menjadi atasan dirinya sendiri.</source>
        <translation>{nama} cannot be their own superior.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_formulir.py"/>
        <source>{nama} tidak memiliki bawahan dengan SKP tahun {tahun}; formulir tidak dibuat.</source>
        <translation>{nama} has no subordinates with an SKP for {tahun}; the form was not made.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>{nama}: kehadiran &quot;{kehadiran}&quot; tidak dikenal (pilihan: {daftar}).</source>
        <translation>{nama}: attendance &quot;{kehadiran}&quot; is unknown (choices: {daftar}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/rapat.py"/>
        <source>{nama}: {label} terlalu panjang (paling banyak {maks_teks} karakter).</source>
        <translation>{nama}: {label} is too long (at most {maks_teks} characters).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/indikator_input.py"/>
        <source>{name} harus berupa angka, bukan &apos;{val}&apos;.</source>
        <translation>{name} must be a number, not &apos;{val}&apos;.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/indikator_input.py"/>
        <source>{name} harus berupa angka.</source>
        <translation>{name} must be a number.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/indikator_input.py"/>
        <source>{name} terlalu besar ({val}).</source>
        <translation>{name} is too large ({val}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/services/skp/perilaku.py"/>
        <source>{name} terlalu panjang (%n karakter; maksimal {maks}).</source>
        <translation>
            <numerusform>{name} is too long (%n character; at most {maks}).</numerusform>
            <numerusform>{name} is too long (%n characters; at most {maks}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>{noun} harus 18 digit, ditemukan {jumlah} digit{lama}.</source>
        <translation>{noun} must have 18 digits, found {jumlah} digits{lama}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/organisasi.py"/>
        <source>{pegawai} pegawai dan {sub_unit} sub-unit dipindahkan dari {asal} ke {tujuan}; {asal} diarsipkan.</source>
        <translation>{pegawai} employees and {sub_unit} sub-units moved from {asal} to {tujuan}; {asal} archived.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/evaluasi/penilaian.py"/>
        <source>{realisasi_nilai} di luar jangkauan</source>
        <translation>{realisasi_nilai} is out of range</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/pertukaran_pegawai.py"/>
        <source>{ringkas} — disimpan.</source>
        <translation>{ringkas} — saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/laporan.py"/>
        <source>{tahun} (skema lama)</source>
        <translation>{tahun} (old scheme)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>{what} &quot;{text}&quot; bukan angka; isi bilangan bulat.</source>
        <translation>{what} &quot;{text}&quot; is not a number; enter a whole number.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>{what} &quot;{value}&quot; tidak valid; seharusnya {expect}.</source>
        <translation>{what} &quot;{value}&quot; is not valid; it should be {expect}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>{what} harus berupa angka.</source>
        <translation>{what} must be a number.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>{what} harus bilangan bulat, ditemukan {value}.</source>
        <translation>{what} must be a whole number, found {value}.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>{what} pada NIP ({part}) tidak masuk akal: tahun {tahun} harus paling cepat {usia} tahun setelah tahun lahir ({year}).</source>
        <translation>{what} in the NIP ({part}) is not plausible: year {tahun} must be at least {usia} years after the birth year ({year}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/nip.py"/>
        <source>{what} pada NIP ({part}) tidak masuk akal: tahun {tahun} masih di masa depan.</source>
        <translation>{what} in the NIP ({part}) is not plausible: year {tahun} is in the future.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>{what} tersimpan sebagai angka sehingga digit terakhir bisa hilang; format kolom sebagai Teks lalu ketik ulang, atau awali dengan tanda petik (&apos;).</source>
        <translation>{what} is stored as a number, so the last digits can be lost; format the column as Text and type it again, or start it with an apostrophe (&apos;).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/excel/roster.py"/>
        <source>{what} {jumlah} di luar rentang yang wajar ({lo}–{hi}).</source>
        <translation>{what} {jumlah} is outside the plausible range ({lo}–{hi}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/insentif.py"/>
        <source>{where}: tidak ada baris data di bawah judul (baris {baris}).</source>
        <translation>{where}: no data rows below the header (row {baris}).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/services/ukuran.py"/>
        <source>{where}: {masalah}</source>
        <translation>{where}: {masalah}</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/skm.py"/>
        <source>≥ 60 tahun</source>
        <translation>≥ 60 years</translation>
    </message>
</context>
<context>
    <name>PesertaTable</name>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Kehadiran: 1 hadir, 2 izin, 3 sakit, 4 dinas luar, 5 tanpa keterangan, Delete kosongkan</source>
        <translation>Attendance: 1 present, 2 excused, 3 sick, 4 official travel, 5 absent without notice, Delete clears</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>PiagamPanel</name>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>%1 piagam dicetak ulang dari arsipnya.</source>
        <translation>%1 certificates reprinted from their archived copy.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>%1 piagam dicetak ulang ke %2</source>
        <translation>%1 certificates reprinted to %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Cetak piagam</source>
        <translation>Print certificates</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Cetak piagam untuk semua kandidat…</source>
        <translation>Print certificates for all candidates…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Cetak piagam untuk yang dipilih…</source>
        <translation>Print certificates for the selected…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Cetak ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Cetak ulang terpilih…</source>
        <translation>Reprint selected…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Mencetak ulang piagam…</source>
        <translation>Reprinting certificates…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Menerbitkan %1 piagam…</source>
        <translation>Issuing %1 certificates…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Pengaturan piagam disimpan.</source>
        <translation>Certificate settings saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Pengaturan piagam…</source>
        <translation>Certificate settings…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Piagam yang sudah diterbitkan tahun %1: %2</source>
        <translation>Certificates issued in %1: %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Pilih dahulu kandidat yang akan diberi piagam.</source>
        <translation>First select the candidates to receive a certificate.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Pilih dahulu piagam yang akan dicetak ulang.</source>
        <translation>First select the certificates to reprint.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Prestasi</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Simpan Piagam Penghargaan</source>
        <translation>Save Certificates of Appreciation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Simpan cetak ulang piagam</source>
        <translation>Save certificate reprint</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>PotensiDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>(dari skor)</source>
        <translation>(from the score)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>(tanpa skor)</source>
        <translation>(no score)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Asesmen potensi</source>
        <translation>Potential assessment</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Asesor / lembaga</source>
        <translation>Assessor / institution</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Skor (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Tanggal asesmen</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Tingkat potensi</source>
        <translation>Potential level</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>mis. Assessment center, uji kompetensi BKPSDM</source>
        <translation>e.g. assessment centre, BKPSDM competency test</translation>
    </message>
</context>
<context>
    <name>PotensiTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>%1 baris dapat diimpor, %2 baris ditolak.</source>
        <translation>%1 rows can be imported, %2 rows rejected.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Cari…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Hapus asesmen</source>
        <translation>Delete assessment</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Hapus asesmen potensi %1 tanggal %2?</source>
        <translation>Delete the potential assessment of %1 dated %2?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Hapus asesmen terakhir</source>
        <translation>Delete latest assessment</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Impor %1: %2 asesmen disimpan, %3 baris ditolak.</source>
        <translation>Import %1: %2 assessments saved, %3 rows rejected.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Impor asesmen potensi</source>
        <translation>Import potential assessments</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Impor dari Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Kolom: NIP, Tanggal, Potensi (Rendah/Menengah/Tinggi) dan/atau Skor (0–100), Metode, Asesor, Catatan</source>
        <translation>Columns: NIP, Tanggal, Potensi (Rendah/Menengah/Tinggi) and/or Skor (0–100), Metode, Asesor, Catatan</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Pilih pegawai yang sudah dinilai.</source>
        <translation>Select an employee who has been assessed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Potensi</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Simpan baris yang baik?</source>
        <translation>Save the good rows?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Tambah asesmen…</source>
        <translation>Add assessment…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Tanggal asesmen</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>belum dinilai</source>
        <translation>not assessed</translation>
    </message>
</context>
<context>
    <name>PresentasiRapat</name>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>%1 / %2   ·   ←/→, PageUp/PageDown atau Spasi untuk berpindah; Esc untuk keluar</source>
        <translation>%1 / %2   ·   ←/→, PageUp/PageDown or Space to move; Esc to leave</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>%1 peserta · pimpinan rapat: %2</source>
        <translation>%1 participants · chaired by: %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>%1 · periode %2</source>
        <translation>%1 · period %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Belum ada realisasi yang dapat diukur terhadap target angka.</source>
        <translation>No realisation yet that can be measured against a numeric target.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Bukti dukung</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Capaian</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Capaian per IKI</source>
        <translation>Achievement per indicator</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Capaian per IKI (% dari target SKP)</source>
        <translation>Achievement per indicator (% of SKP target)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Predikat belum ada</source>
        <translation>No rating yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Predikat tertutup</source>
        <translation>Rating confidential</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Presentasi — %1</source>
        <translation>Presentation — %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>RAPAT EVALUASI KINERJA</source>
        <translation>PERFORMANCE EVALUATION MEETING</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Rata-rata capaian</source>
        <translation>Average achievement</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Realisasi terisi</source>
        <translation>Realisation filled in</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Solusi &amp; tindak lanjut</source>
        <translation>Solutions &amp; follow-ups</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Tantangan</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Tidak ada tindak lanjut yang terbuka.</source>
        <translation>No open follow-ups.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Tindak lanjut terbuka</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Tindak lanjut yang masih terbuka</source>
        <translation>Follow-ups still open</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>Yang berjalan baik</source>
        <translation>What went well</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/presentasi.py"/>
        <source>… dan %1 lainnya</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>%1 (%2 NIP valid)</source>
        <translation>%1 (%2 valid NIPs)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>%1 (%2 NIP valid, lembar tersembunyi)</source>
        <translation>%1 (%2 valid NIPs, hidden sheet)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>%1 baris yang ditolak tidak disimpan dan tercantum di laporan.</source>
        <translation>%1 rejected rows are not saved and are listed in the report.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>%n baris kosong</source>
        <translation>
            <numerusform>%n empty row</numerusform>
            <numerusform>%n empty rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>%n judul kelompok</source>
        <translation>
            <numerusform>%n group heading</numerusform>
            <numerusform>%n group headings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>%n judul kolom berulang</source>
        <translation>
            <numerusform>%n repeated column heading</numerusform>
            <numerusform>%n repeated column headings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>&amp;Terapkan</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>(tanpa judul)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · lembar &lt;b&gt;%2&lt;/b&gt; · %3 kolom dikenali</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · sheet &lt;b&gt;%2&lt;/b&gt; · %3 columns recognized</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Baca &amp;lembar:</source>
        <translation>Read &amp;sheet:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Berubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Cari NIP, nama, atau keterangan…</source>
        <translation>Search NIP, name or remarks…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Data di berkas sama dengan data di aplikasi.</source>
        <translation>The data in the file is the same as in the application.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Diabaikan: %1.</source>
        <translation>Ignored: %1.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Duplikat identik</source>
        <translation>Identical duplicates</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Kolom yang dikenali</source>
        <translation>Columns recognised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Kolom yang tidak diimpor</source>
        <translation>Columns not imported</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Lembar &quot;%1&quot; dibaca sesuai pilihan Anda.</source>
        <translation>Sheet &quot;%1&quot; is read as you chose.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Mode &amp;ketat: jangan simpan apa pun bila ada baris yang ditolak</source>
        <translation>&amp;Strict mode: save nothing when any row is rejected</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Mode ketat aktif: karena %1 baris ditolak, TIDAK ADA yang akan disimpan.</source>
        <translation>Strict mode is on: because %1 rows are rejected, NOTHING will be saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Periksa setiap baris. Baris yang ditolak tidak disimpan; perbaiki berkasnya lalu impor lagi. Klik baris untuk melihat perbedaan atau alasannya.</source>
        <translation>Check every row. Rejected rows are not saved; correct the file and import again. Click a row to see the differences or the reason.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Simpan %1 pegawai baru dan %2 perubahan? Cadangan basis data dibuat lebih dulu.</source>
        <translation>Save %1 new employees and %2 changes? A database backup is made first.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Simpan laporan &amp;Excel…</source>
        <translation>Save &amp;Excel report…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Simpan laporan &amp;JSON…</source>
        <translation>Save &amp;JSON report…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Terapkan impor</source>
        <translation>Apply import</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Tidak ada data baru atau perubahan untuk disimpan. Baris yang ditolak dapat diperbaiki di berkas, lalu diimpor lagi.</source>
        <translation>No new data or changes to save. Rejected rows can be corrected in the file, then imported again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Tidak ada perubahan</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Tidak berubah</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Unit kerja baru akan dibuat: %1.</source>
        <translation>New work units will be created: %1.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>baris jumlah %1</source>
        <translation>totals lines at rows %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>baris penomoran kolom %1</source>
        <translation>column-numbering row %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>contoh</source>
        <translation>example</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>kaki tabel (jumlah, tanda tangan) baris %1</source>
        <translation>table footer (totals, signatures) row %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>kaki tabel (jumlah, tanda tangan) baris %1–%2</source>
        <translation>table footer (totals, signatures) rows %1–%2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>kolom %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>⚠ %1 kolom tidak diimpor: %2</source>
        <translation>⚠ %1 column(s) not imported: %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>⚠ %1 nama dengan gelar tanpa titik atau menempel pada nama; periksa hasil pemisahannya (cari &quot;Gelar&quot;).</source>
        <translation>⚠ %1 name(s) with a degree written without dots or glued to the name; check how they were split (search &quot;Gelar&quot;).</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Buka PDF</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Pratinjau &amp;&amp; cetak…</source>
        <translation>&amp;Preview &amp;&amp; print…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&amp;Ukuran kertas:</source>
        <translation>&amp;Paper size:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>&lt;h3&gt;SKP %1 — %2&lt;/h3&gt;&lt;div&gt;Versi %3 · %4 · %5&lt;/div&gt;</source>
        <translation>&lt;h3&gt;SKP %1 — %2&lt;/h3&gt;&lt;div&gt;Version %3 · %4 · %5&lt;/div&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Buka di penampil PDF komputer ini (untuk dicetak dari sana)</source>
        <translation>Open in this computer&apos;s PDF viewer (to print from there)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Cetak SKP</source>
        <translation>Print SKP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>PDF SKP disimpan.</source>
        <translation>SKP PDF saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>PDF disimpan: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>PDF tidak dapat disimpan ke %1: %2</source>
        <translation>The PDF cannot be saved to %1: %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>SKP ini belum disetujui: setiap halaman diberi tanda &apos;%1&apos;.</source>
        <translation>This SKP is not approved yet: every page is marked &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Simpan PDF SKP</source>
        <translation>Save SKP PDF</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>format JPT</source>
        <translation>JPT layout</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>format non-JPT</source>
        <translation>non-JPT layout</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source> (dan %1 masalah lain)</source>
        <translation> (and %1 more problems)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>%1 (tidak sesuai status)</source>
        <translation>%1 (does not match the status)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>%1 × %2 piksel, %3 KB</source>
        <translation>%1 × %2 pixels, %3 KB</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Atasan langsung:</source>
        <translation>&amp;Direct supervisor:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Buang perubahan</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Eselon:</source>
        <translation>&amp;Echelon:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Gelar depan:</source>
        <translation>Title &amp;before name:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Golongan:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Hapus foto</source>
        <translation>&amp;Remove photo</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Jenis jabatan:</source>
        <translation>Position &amp;type:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Jenis kelamin:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Kelas jabatan:</source>
        <translation>Position &amp;class:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Lengkapi sekarang</source>
        <translation>&amp;Complete now</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Muat dari berkas…</source>
        <translation>&amp;Load from file…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;NI PPPK:</source>
        <translation>&amp;NI PPPK:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Nama jabatan:</source>
        <translation>Position &amp;name:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Status kepegawaian:</source>
        <translation>Employment &amp;status:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;TMT jabatan:</source>
        <translation>Position &amp;effective date:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Tempat lahir:</source>
        <translation>Place of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>&amp;Unit kerja:</source>
        <translation>Work &amp;unit:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>(belum ditempatkan)</source>
        <translation>(not assigned yet)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>(nama belum diisi)</source>
        <translation>(name not filled in)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>16 digit (KTP)</source>
        <translation>16 digits (ID card)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>18 digit, boleh dengan spasi</source>
        <translation>18 digits, spaces allowed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>9 digit (bila ada)</source>
        <translation>9 digits (if any)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>A&amp;gama:</source>
        <translation>Re&amp;ligion:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Atasan langsung (pejabat penilai kinerja) untuk %1:</source>
        <translation>Direct supervisor (appraising official) for %1:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Atasan langsung = kepala unit (bawaan)</source>
        <translation>Direct supervisor = unit head (default)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Atasan langsung = kepala unit (bawaan).</source>
        <translation>Direct supervisor = unit head (default).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Atasan langsung mengikuti kepala unit yang baru.</source>
        <translation>The direct supervisor follows the new unit head.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Bawaan menurut struktur: %1.</source>
        <translation>Default from the structure: %1.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Belum ada foto</source>
        <translation>No photo yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Ctrl+S simpan · Esc tutup · Alt+1…6 pindah tab</source>
        <translation>Ctrl+S save · Esc close · Alt+1…6 switch tab</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Data belum lengkap</source>
        <translation>Data incomplete</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Data kepegawaian diubah oleh admin atau operator kepegawaian.</source>
        <translation>Personnel data is changed by an admin or a personnel operator.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Diisi dari NIP: %1.</source>
        <translation>Filled in from the NIP: %1.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Dipilih dengan tombol Pilih…, Kepala unit, atau Kosongkan.</source>
        <translation>Chosen with the Choose…, Unit head or Clear buttons.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Foto disimpan di basis data bersama profil.</source>
        <translation>The photo is stored in the database with the profile.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Gambar (*.jpg *.jpeg *.png *.bmp);;Semua berkas (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Gelar &amp;belakang:</source>
        <translation>Title &amp;after name:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Isi dari NIP</source>
        <translation>Fill from NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Isi tanggal lahir, jenis kelamin, dan TMT CPNS yang masih kosong dari digit NIP</source>
        <translation>Fill in an empty date of birth, sex and CPNS start date from the NIP digits</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>JPG atau PNG; diperkecil otomatis (maks. 400 piksel) sebelum disimpan</source>
        <translation>JPG or PNG; scaled down automatically (max. 400 pixels) before saving</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Jabatan &amp;&amp; Unit</source>
        <translation>Position &amp;&amp; Unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Jenjan&amp;g (fungsional):</source>
        <translation>Functional &amp;level:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Kepala &amp;unit</source>
        <translation>Unit &amp;head</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Kepegawaian</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Ko&amp;songkan</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Mengikuti riwayat golongan terbaru; perubahan di sini dicatat ke riwayat saat disimpan.</source>
        <translation>Follows the latest grade history; a change here is recorded in the history when saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Mengikuti riwayat jabatan terbaru; perubahan di sini dicatat ke riwayat saat disimpan.</source>
        <translation>Follows the latest position history; a change here is recorded in the history when saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>NI&amp;K:</source>
        <translation>NI&amp;K (ID number):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>NIP la&amp;ma:</source>
        <translation>&amp;Old NIP:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Nam&amp;a:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Nilai kinerja lama</source>
        <translation>Past appraisals</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>No. &amp;HP:</source>
        <translation>&amp;Mobile no.:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Pegawai baru</source>
        <translation>New employee</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Pegawai baru ini belum memiliki: %1.</source>
        <translation>This new employee has no %1 yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Pen&amp;didikan terakhir:</source>
        <translation>Highest &amp;education:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Pilih atasan langsung</source>
        <translation>Choose direct supervisor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Pilih atasan langsung dari daftar pegawai aktif</source>
        <translation>Choose the direct supervisor from the active employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Pilih foto pegawai</source>
        <translation>Choose the employee&apos;s photo</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Pilih unit kerja; atasan langsung bawaan adalah kepala unit.</source>
        <translation>Choose the work unit; the default direct supervisor is the unit head.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Profil ini sudah diubah. Simpan perubahannya?</source>
        <translation>This profile has been changed. Save the changes?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Profil pegawai</source>
        <translation>Employee profile</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Simpan &amp;saja</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Simpan ditolak: %1</source>
        <translation>Save refused: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Simpan ditolak: %1%2</source>
        <translation>Save refused: %1%2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Simpan profil dan riwayat (Ctrl+S)</source>
        <translation>Save profile and history (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Status keaktifan (pegawai tidak pernah dihapus)</source>
        <translation>Active status (employees are never deleted)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>T&amp;anggal (TMT):</source>
        <translation>Effective d&amp;ate:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>TMT &amp;CPNS / PPPK:</source>
        <translation>&amp;CPNS / PPPK start date:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>TMT &amp;PNS:</source>
        <translation>&amp;PNS start date:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>TMT CPNS</source>
        <translation>CPNS start date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>TMT g&amp;olongan:</source>
        <translation>Grade effective &amp;date:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>TMT pe&amp;nsiun:</source>
        <translation>Re&amp;tirement date:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Tahun l&amp;ulus:</source>
        <translation>Year of &amp;graduation:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Tanggal &amp;lahir:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Tanpa data ini pegawai tidak muncul di daftar unit, SKP, dan laporan. Lengkapi sekarang, atau simpan saja dan lengkapi nanti.</source>
        <translation>Without these the employee does not appear in the unit lists, SKP and reports. Complete them now, or save anyway and complete them later.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Tanpa gelar. Menempel nama lengkap bergelar (mis. &quot;Drs. Yohanes Benu, M.Si&quot;) akan dipisah otomatis.</source>
        <translation>Without titles. Pasting a full name with titles (e.g. &quot;Drs. Yohanes Benu, M.Si&quot;) splits it automatically.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Tidak ada isian kosong yang dapat diisi dari NIP.</source>
        <translation>No empty field can be filled from the NIP.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Tidak ada kepala unit di atasnya dalam basis data: atasan pegawai ini berada di luar basis data (diisi di Pengaturan, mis. atasan Camat).</source>
        <translation>There is no unit head above in this database: this employee&apos;s supervisor is outside the database (entered in Settings, e.g. the Camat&apos;s supervisor).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>foto</source>
        <translation>photo</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>golongan</source>
        <translation>rank (golongan)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>jabatan</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>jenis kelamin</source>
        <translation>sex</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>mis. Drs. / dr. / H.</source>
        <translation>e.g. Drs. / dr. / H.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>mis. S.Sos, M.Si</source>
        <translation>e.g. S.Sos, M.Si</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>nama@contoh.go.id</source>
        <translation>name@example.go.id</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>tanggal lahir</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>unit kerja</source>
        <translation>work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/editor.py"/>
        <source>• belum disimpan</source>
        <translation>• not saved yet</translation>
    </message>
</context>
<context>
    <name>ProfileEdit</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/undo.py"/>
        <source>ubah profil %1</source>
        <translation>edit profile of %1</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source> (diarsipkan)</source>
        <translation> (archived)</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/jobs.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RapatDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>%1 dari %2 pegawai dipilih.</source>
        <translation>%1 of %2 employees selected.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>&amp;Judul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>&amp;Kosongkan</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>&amp;Notulis:</source>
        <translation>&amp;Note-taker:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>&amp;Periode yang dievaluasi:</source>
        <translation>&amp;Period evaluated:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>(tidak dicantumkan)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Kecamatan (semua unit)</source>
        <translation>Whole kecamatan (all units)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Peserta (centang; Spasi mencentang baris terpilih):</source>
        <translation>Participants (tick; Space ticks the selected row):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Pilih &amp;semua</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Pimpinan &amp;rapat:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Rapat Evaluasi Baru</source>
        <translation>New Evaluation Meeting</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Rapat evaluasi kinerja %1 — %2</source>
        <translation>Performance evaluation meeting %1 — %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>T&amp;empat:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Ubah Rapat Evaluasi</source>
        <translation>Edit Evaluation Meeting</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Waktu:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>mis. 09.00 WITA s.d. selesai</source>
        <translation>e.g. 09.00 WITA until finished</translation>
    </message>
</context>
<context>
    <name>RapatPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>&amp;Presentasi (F11)</source>
        <translation>&amp;Presentation (F11)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Cetak &amp;notulen (PDF)…</source>
        <translation>Print &amp;minutes (PDF)…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/common.py"/>
        <source>Dinas luar</source>
        <translation>Official travel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <location filename="../../asn_desktop/ui/rapat/common.py"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Hapus rapat</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Hapus rapat &quot;%1&quot;?</source>
        <translation>Delete the meeting &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/common.py"/>
        <source>Izin</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Laporan Tindak Lanjut</source>
        <translation>Follow-up Report</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Layar penuh untuk proyektor: satu pegawai per halaman</source>
        <translation>Full screen for the projector: one employee per page</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Mencetak notulen rapat…</source>
        <translation>Printing the meeting minutes…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Notulen rapat evaluasi disimpan.</source>
        <translation>Evaluation meeting minutes saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Pembinaan Kinerja</source>
        <translation>Performance Coaching</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Rapat &amp; Pembinaan</source>
        <translation>Meetings &amp; Coaching</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Rapat &amp;baru…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Rapat Evaluasi</source>
        <translation>Evaluation Meetings</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/common.py"/>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/common.py"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Simpan Notulen Rapat</source>
        <translation>Save Meeting Minutes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>TL terbuka</source>
        <translation>Open FU</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/common.py"/>
        <source>Tanpa keterangan</source>
        <translation>Absent without notice</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/common.py"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/rapat.py"/>
        <source>Tindak lanjut yang masih terbuka</source>
        <translation>Follow-ups still open</translation>
    </message>
</context>
<context>
    <name>RapatPanel</name>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>&amp;Tambah tindak lanjut…</source>
        <translation>&amp;Add follow-up…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>&amp;Tantangan:</source>
        <translation>&amp;Challenges:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Ada perubahan yang belum disimpan (Ctrl+S).</source>
        <translation>There are unsaved changes (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Catatan pegawai terpilih</source>
        <translation>Notes on the selected employee</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Catatan rapat disimpan.</source>
        <translation>Meeting notes saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Kesimpulan rapat</source>
        <translation>Conclusion of the meeting</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Penanggung jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Pilih rapat di daftar, atau buat rapat baru.</source>
        <translation>Select a meeting in the list, or create a new one.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Pimpinan: %1 · Notulis: %2 · Hadir %3 dari %4</source>
        <translation>Chair: %1 · Note-taker: %2 · Present %3 of %4</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Rapat &amp;selesai</source>
        <translation>Meeting &amp;finished</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>S&amp;olusi:</source>
        <translation>S&amp;olutions:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Simpan &amp;catatan</source>
        <translation>Save &amp;notes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Simpan kehadiran, catatan dan kesimpulan (Ctrl+S)</source>
        <translation>Save attendance, notes and conclusion (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>T&amp;utup / buka kembali…</source>
        <translation>C&amp;lose / reopen…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Tenggat</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>Yang berjalan &amp;baik:</source>
        <translation>What went &amp;well:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/detail.py"/>
        <source>periode %1</source>
        <translation>period %1</translation>
    </message>
</context>
<context>
    <name>RaporTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>%1 rapor dicetak.</source>
        <translation>%1 report cards printed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Cari…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Cetak rapor semua (satu PDF per pegawai)…</source>
        <translation>Print all report cards (one PDF per employee)…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Cetak rapor terpilih…</source>
        <translation>Print selected report cards…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Folder untuk rapor</source>
        <translation>Folder for the report cards</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Mencetak Rapor Kinerja…</source>
        <translation>Printing performance report cards…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Pilih pegawai di daftar.</source>
        <translation>Select employees in the list.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Rapor Kinerja</source>
        <translation>Performance Report Card</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Simpan Rapor Kinerja</source>
        <translation>Save performance report card</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Register Layanan dan Pengaduan&lt;/h2&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;Service and Complaint Registers&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Atur sendiri</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Dasbor layanan</source>
        <translation>Service dashboard</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Register Layanan</source>
        <translation>Service Registers</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Register layanan</source>
        <translation>Service register</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Register pengaduan</source>
        <translation>Complaint register</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Setiap permohonan dan pengaduan dicatat di loket; dari catatan ini dihitung jumlah layanan, persentase selesai tepat waktu, waktu layanan, dan waktu respon pengaduan per petugas, unit dan periode.</source>
        <translation>Every request and complaint is recorded at the front desk; from these records come the number of services, the share finished on time, service time and complaint response time per officer, unit and period.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Standar &amp;&amp; hari libur</source>
        <translation>Standards &amp;&amp; holidays</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Tahun ini</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Triwulan ini</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>Triwulan lalu</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/register.py"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Laporan pertukaran</source>
        <translation>Exchange report</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Laporan: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Masalah (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Simpan sebagai JSON…</source>
        <translation>Save as JSON…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>baris %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>baris %1, kolom %2</source>
        <translation>row %1, column %2</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Daftar disimpan.</source>
        <translation>List saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Laporan disimpan.</source>
        <translation>Report saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Laporan disimpan: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Mengekspor ke Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>&amp;Setel ulang</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>&amp;Ulangi:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Kata sandi &amp;baru:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Kata sandi baru untuk &lt;b&gt;%1&lt;/b&gt;. Kunci akun (jika ada) ikut dibuka. Sampaikan kata sandi ini langsung kepada pemilik akun.</source>
        <translation>New password for &lt;b&gt;%1&lt;/b&gt;. An account lock (if any) is lifted too. Give this password to the account&apos;s owner in person.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Kedua kata sandi belum sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Setel ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Wajib diganti oleh pemilik saat masuk</source>
        <translation>The owner must change it when signing in</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>&lt;h3&gt;Impor selesai&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Import finished&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>&lt;h3&gt;Tidak ada yang disimpan&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nothing was saved&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>&lt;p&gt;Baris yang ditolak tercantum di laporan. Perbaiki di berkas asal, lalu impor lagi: baris yang sudah masuk akan tercatat &quot;tidak berubah&quot;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rejected rows are listed in the report. Correct them in the source file, then import again: rows already imported are recorded as &quot;unchanged&quot;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>&lt;p&gt;Cadangan sebelum impor: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Backup before the import: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Berubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Simpan laporan &amp;Excel…</source>
        <translation>Save &amp;Excel report…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Simpan laporan &amp;JSON…</source>
        <translation>Save &amp;JSON report…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Tidak berubah</source>
        <translation>Unchanged</translation>
    </message>
</context>
<context>
    <name>ResultsImportDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&amp;Gabungkan</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&amp;Kosongkan</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&amp;Status kantor pengirim…</source>
        <translation>Sending &amp;offices…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&amp;Tambah berkas…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&lt;b&gt;Konflik&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conflicts&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&lt;b&gt;Konflik&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Conflicts&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&lt;b&gt;Konflik&lt;/b&gt;: tidak ada</source>
        <translation>&lt;b&gt;Conflicts&lt;/b&gt;: none</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&lt;b&gt;Paket&lt;/b&gt;</source>
        <translation>&lt;b&gt;Packages&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Berubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Gabungkan %1 paket ke basis data ini? Cadangan dibuat lebih dulu; setiap paket disimpan dalam transaksinya sendiri.</source>
        <translation>Merge %1 package(s) into this database? A backup is made first; each package is saved in its own transaction.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Gabungkan paket</source>
        <translation>Merge packages</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Gabungkan paket hasil kecamatan</source>
        <translation>Merge kecamatan results packages</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Kunci</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Memeriksa paket…</source>
        <translation>Checking the packages…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Menggabungkan paket…</source>
        <translation>Merging the packages…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Nomor paket</source>
        <translation>Package no.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Paket hasil (berkas .xlsx dari menu Ekspor paket hasil setiap kecamatan) digabungkan ke basis data ini. Setiap paket diperiksa dulu: format, versi, dan tanda tangan kantor pengirimnya. Paket yang tidak ditandatangani atau diubah setelah ditandatangani selalu ditolak. Data yang bertentangan (misalnya evaluasi yang sudah final di sini, atau data pegawai kantor lain) dilaporkan dan tidak ditimpa.</source>
        <translation>Results packages (.xlsx files from each kecamatan&apos;s Export results package) are merged into this database. Each package is checked first: format, version and the sending office&apos;s signature. Packages that are unsigned or changed after signing are always refused. Conflicting data (e.g. an evaluation already final here, or another office&apos;s employees) is reported and not overwritten.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Penggabungan dibatalkan; tidak ada yang disimpan.</source>
        <translation>Merge cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Pilih paket hasil</source>
        <translation>Choose results packages</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Simpan laporan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>TIDAK sah</source>
        <translation>NOT valid</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Tetap</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>cocok</source>
        <translation>matches</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>kunci baru</source>
        <translation>new key</translation>
    </message>
</context>
<context>
    <name>RhkDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>&amp;Klasifikasi:</source>
        <translation>&amp;Classification:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>&amp;Perspektif:</source>
        <translation>&amp;Perspective:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>&amp;Rencana hasil kerja:</source>
        <translation>Planned work &amp;result:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>(tetap) %1</source>
        <translation>(kept) %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>(tidak mengintervensi RHK atasan)</source>
        <translation>(does not cascade from a supervisor&apos;s RHK)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>&lt;b&gt;Indikator kinerja individu&lt;/b&gt; — pendekatan %1</source>
        <translation>&lt;b&gt;Individual performance indicators&lt;/b&gt; — %1 approach</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>A. Utama</source>
        <translation>A. Main</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>B. Tambahan</source>
        <translation>B. Additional</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Belum ada indikator</source>
        <translation>No indicators yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Dipilih dari SKP %1 tahun %2.</source>
        <translation>Chosen from %1&apos;s SKP for %2.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Penugasan &amp;dari:</source>
        <translation>Assignment &amp;from:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Periksa angka target</source>
        <translation>Check the target numbers</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>RHK &amp;atasan yang diintervensi:</source>
        <translation>&amp;Supervisor&apos;s RHK it contributes to:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>RHK ini belum memiliki indikator. SKP tidak dapat diajukan sebelum setiap RHK memiliki indikator. Simpan saja dulu?</source>
        <translation>This RHK has no indicators yet. The SKP cannot be submitted until every RHK has indicators. Save it anyway for now?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Tambah RHK</source>
        <translation>Add RHK</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Teks RHK atasan yang diintervensi</source>
        <translation>Text of the supervisor&apos;s RHK it contributes to</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Tulis manual (atasan di luar basis data)…</source>
        <translation>Type manually (supervisor outside the database)…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>Ubah RHK</source>
        <translation>Edit RHK</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>kualitatif: target berupa uraian</source>
        <translation>qualitative: the target is a description</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>kuantitatif: target angka (atau rentang) dengan satuan</source>
        <translation>quantitative: a numeric target (or range) with a unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>mis. Terlayaninya dokumen administrasi kependudukan tepat waktu</source>
        <translation>e.g. Terlayaninya dokumen administrasi kependudukan tepat waktu</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>mis. Wali Kota / Bupati</source>
        <translation>e.g. Wali Kota / Bupati</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/rhk_dialog.py"/>
        <source>pejabat penilai</source>
        <translation>appraising official</translation>
    </message>
</context>
<context>
    <name>Riwayat</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Alasan / pelanggaran</source>
        <translation>Reason / violation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Berat</source>
        <translation>Severe</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Diklat / Kompetensi</source>
        <translation>Training / Competence</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Eselon</source>
        <translation>Echelon</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Hukuman Disiplin</source>
        <translation>Disciplinary Actions</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>JP</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Jenis hukuman</source>
        <translation>Type of action</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Jenis kenaikan</source>
        <translation>Type of promotion</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Jenjang (fungsional)</source>
        <translation>Level (functional)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Jurusan / program studi</source>
        <translation>Major / study program</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Nama diklat / kegiatan</source>
        <translation>Training / activity name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Nama jabatan</source>
        <translation>Position name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Nama penghargaan</source>
        <translation>Award name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Nilai SKP</source>
        <translation>SKP score</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Nilai akhir</source>
        <translation>Final score</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Nilai dari skema lama, diimpor dari rekap atau formulir (Sinkronisasi › Impor nilai lama). Hanya dapat dibaca.</source>
        <translation>Results under older schemes, imported from recaps or forms (Synchronisation › Import past results). Read-only.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Nomor SK</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Nomor ijazah</source>
        <translation>Diploma number</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Nomor sertifikat</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Pemberi</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Penghargaan</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Penyelenggara</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Perilaku</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Ringan</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Sebutan / predikat</source>
        <translation>Category / predicate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Sedang</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Sekolah / perguruan tinggi</source>
        <translation>School / university</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>TMT</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Tahun lulus</source>
        <translation>Year of graduation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Tahunan</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Tingkat</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
</context>
<context>
    <name>RiwayatEntryDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RiwayatTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Belum ada entri. Tekan Tambah (Insert) untuk mencatat riwayat.</source>
        <translation>No entries yet. Press Add (Insert) to record history.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Cari nama, NIP, jabatan…</source>
        <translation>Search name, NIP, position…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Hapus entri &quot;%1&quot;? Penghapusan baru tersimpan setelah profil disimpan.</source>
        <translation>Delete the entry &quot;%1&quot;? The deletion is stored when the profile is saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Hapus entri riwayat</source>
        <translation>Delete history entry</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Hapus entri terpilih (Delete)</source>
        <translation>Delete the selected entry (Delete)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Semua unit kerja</source>
        <translation>All work units</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Tambah entri riwayat (Insert)</source>
        <translation>Add a history entry (Insert)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Tambah riwayat %1</source>
        <translation>Add %1 history</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Ubah entri terpilih (Enter)</source>
        <translation>Edit the selected entry (Enter)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/riwayat.py"/>
        <source>Ubah riwayat %1</source>
        <translation>Edit %1 history</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Impor daftar pegawai</source>
        <translation>Import employee roster</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Impor dibatalkan; tidak ada yang disimpan.</source>
        <translation>Import cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Membaca dan memeriksa berkas…</source>
        <translation>Reading and checking the file…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Menyimpan impor…</source>
        <translation>Saving the import…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Simpan laporan impor</source>
        <translation>Save import report</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>%1 — %2 baris data
Kolom dikenali: %3</source>
        <translation>%1 — %2 data rows
Columns recognized: %3</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Berkas ini memiliki beberapa lembar berisi daftar pegawai. Pilih satu untuk diimpor.</source>
        <translation>This file has several sheets with employee lists. Choose one to import.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/roster_wizard.py"/>
        <source>Pilih lembar</source>
        <translation>Choose a sheet</translation>
    </message>
</context>
<context>
    <name>SinkronisasiPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>%1 pegawai diekspor ke %2</source>
        <translation>%1 employees exported to %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>%1 pegawai diekspor.</source>
        <translation>%1 employees exported.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>&amp;Buat formulir…</source>
        <translation>&amp;Create form…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>&amp;Ekspor daftar pegawai…</source>
        <translation>&amp;Export employee list…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>&amp;Gabungkan paket hasil…</source>
        <translation>&amp;Merge results packages…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>&amp;Impor daftar pegawai…</source>
        <translation>&amp;Import employee roster…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>&amp;Lihat laporan…</source>
        <translation>&amp;View report…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>&lt;b&gt;Riwayat pertukaran&lt;/b&gt;</source>
        <translation>&lt;b&gt;Exchange history&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Sinkronisasi Excel&lt;/h2&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;Excel Exchange&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Belum ada pertukaran. Mulailah dengan mengimpor daftar pegawai dari BKPSDM.</source>
        <translation>No exchanges yet. Start by importing the employee roster from BKPSDM.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>DUK atau ekspor SIASN dari BKPSDM, apa adanya: judul, judul kolom bertingkat, blok tanda tangan. Pratinjau baru / berubah / ditolak sebelum disimpan.</source>
        <translation>A DUK or SIASN export from BKPSDM, as it is: titles, multi-row column headings, signature blocks. Preview of new / changed / rejected before saving.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Ekspor &amp;paket hasil…</source>
        <translation>Export results &amp;package…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Ekspor daftar pegawai</source>
        <translation>Export employee list</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Ekspor paket hasil</source>
        <translation>Export results package</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Formulir %1 untuk %2 disimpan: %4 pegawai, %5 dapat diisi. Serahkan berkas ini kepada pejabat penilai; setelah diisi, impor kembali dengan &quot;Impor formulir terisi&quot;.</source>
        <translation>Form %1 for %2 saved: %4 employees, %5 can be filled in. Give this file to the appraising official; once filled in, import it back with &quot;Import filled form&quot;.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Formulir Excel terkunci untuk pejabat penilai yang menilai tanpa aplikasi: hanya sel rating dan umpan balik yang dapat diisi. Formulir yang diubah di luar sel isian ditolak.</source>
        <translation>A locked Excel form for appraising officials who appraise without the application: only the rating and feedback cells can be filled in. A form changed outside those cells is rejected.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Formulir penilaian offline</source>
        <translation>Offline appraisal forms</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Gabungkan paket dari banyak kecamatan ke basis data ini. Konflik dilaporkan; paket yang diubah setelah ekspor atau berformat lebih baru ditolak.</source>
        <translation>Merge packages from many kecamatan into this database. Conflicts are reported; packages changed after export or in a newer format are rejected.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Gabungkan paket hasil (kabupaten)</source>
        <translation>Merge results packages (regency)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Hanya pegawai aktif</source>
        <translation>Active employees only</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Hasil satu tahun untuk kabupaten: pegawai, unit, SKP, RHK, indikator, perilaku, evaluasi per periode termasuk Tahunan, dengan versi format dan checksum.</source>
        <translation>One year&apos;s results for the regency: employees, units, SKPs, RHK, indicators, behavior, evaluations per period including the annual one, with format version and checksum.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Impor &amp;nilai lama…</source>
        <translation>Import &amp;past results…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Impor daftar pegawai</source>
        <translation>Import employee roster</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Impor formulir &amp;terisi…</source>
        <translation>Import &amp;filled form…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Impor nilai kinerja lama</source>
        <translation>Import past appraisal results</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Lembar &quot;Pegawai&quot; dengan NIP sebagai teks dan tanggal Excel asli; dapat diimpor kembali tanpa perubahan.</source>
        <translation>A &quot;Pegawai&quot; sheet with the NIP as text and real Excel dates; it can be imported back unchanged.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Membuat formulir…</source>
        <translation>Creating the form…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Memeriksa berkas…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Memeriksa formulir…</source>
        <translation>Checking the form…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Mengekspor daftar pegawai…</source>
        <translation>Exporting the employee list…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Mengekspor paket hasil…</source>
        <translation>Exporting the results package…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Paket hasil %1 ditulis (%2 baris).</source>
        <translation>Results package %1 written (%2 rows).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Paket hasil %1 ditulis ke %2 (%3 baris)</source>
        <translation>Results package %1 written to %2 (%3 rows)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Paket hasil berisi penilaian yang rahasia: khusus admin.</source>
        <translation>Results packages contain confidential appraisals: administrators only.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Pertukaran data dengan BKPSDM dan kecamatan lain melalui berkas Excel. Setiap impor diperiksa dan ditampilkan dulu, dibuat cadangannya, lalu disimpan sekaligus; setiap pertukaran tercatat di riwayat.</source>
        <translation>Data exchange with BKPSDM and other kecamatan through Excel files. Every import is checked and shown first, backed up, then saved at once; every exchange is recorded in the history.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Pilih formulir yang sudah diisi</source>
        <translation>Choose the filled-in form</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Pilih paket hasil</source>
        <translation>Choose results packages</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Pilih rekap atau formulir nilai lama</source>
        <translation>Choose a recap or form with past results</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Pilih satu baris riwayat terlebih dahulu.</source>
        <translation>Select a history row first.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Rekap PP 46/2011, rekap e-Kinerja, formulir SKP/DP3 lama (satu pegawai per lembar): dicocokkan dengan NIP dan disimpan ke riwayat pegawai. Impor ulang tidak menggandakan data.</source>
        <translation>PP 46/2011 recaps, e-Kinerja recaps, old SKP/DP3 forms (one employee per sheet): matched by NIP and saved to the employees&apos; history. Importing again never duplicates data.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Simpan formulir</source>
        <translation>Save form</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Sinkronisasi Excel</source>
        <translation>Excel Exchange</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/sinkronisasi.py"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>Skp</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/common.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/common.py"/>
        <source>Belum ada SKP</source>
        <translation>No SKP yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/dialogs.py"/>
        <source>Semua unit kerja</source>
        <translation>All work units</translation>
    </message>
</context>
<context>
    <name>SkpEditor</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>

Teks yang Anda ketik disalin ke clipboard (tempel dengan Ctrl+V).</source>
        <translation>

The text you typed was copied to the clipboard (paste it with Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>  ← sedang dibuka</source>
        <translation>  ← open now</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source> (disetujui %1)</source>
        <translation> (approved %1)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source> · versi %1</source>
        <translation> · version %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>%1 RHK dari pustaka ditambahkan.</source>
        <translation>%1 RHK added from the library.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&amp;1 Identitas</source>
        <translation>&amp;1 Identity</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&amp;2 Hasil Kerja</source>
        <translation>&amp;2 Work Results</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&amp;3 Perilaku</source>
        <translation>&amp;3 Behavior</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&amp;4 Lampiran</source>
        <translation>&amp;4 Attachments</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&amp;5 Riwayat</source>
        <translation>&amp;5 History</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&amp;Ajukan</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&amp;Cetak / PDF…</source>
        <translation>&amp;Print / PDF…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&amp;Kembalikan…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&amp;Revisi (versi baru)…</source>
        <translation>&amp;Revise (new version)…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&amp;Simpan ekspektasi</source>
        <translation>&amp;Save expectations</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&amp;Simpan lampiran</source>
        <translation>&amp;Save attachments</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&amp;Tarik pengajuan</source>
        <translation>&amp;Withdraw submission</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>(belum ada RHK — tekan + RHK atau Dari pustaka)</source>
        <translation>(no RHK yet — press + RHK or From library)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>(di luar basis data — %1)</source>
        <translation>(outside the database — %1)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>+ &amp;RHK</source>
        <translation>+ &amp;RHK</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>1. Dukungan sumber daya</source>
        <translation>1. Resource support</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>2. Skema pertanggungjawaban</source>
        <translation>2. Accountability scheme</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>3. Konsekuensi</source>
        <translation>3. Consequences</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&lt;b&gt;Dikembalikan%1:&lt;/b&gt; %2 — perbaiki lalu ajukan kembali.</source>
        <translation>&lt;b&gt;Returned%1:&lt;/b&gt; %2 — correct it, then submit again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&lt;b&gt;Riwayat status&lt;/b&gt; (siapa, kapan, catatan)</source>
        <translation>&lt;b&gt;Status history&lt;/b&gt; (who, when, notes)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&lt;b&gt;Versi SKP tahun ini&lt;/b&gt; (klik dua kali untuk membuka)</source>
        <translation>&lt;b&gt;This year&apos;s SKP versions&lt;/b&gt; (double-click to open)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>&lt;small&gt;Data di atas adalah &lt;i&gt;snapshot&lt;/i&gt; yang dicetak pada SKP: kenaikan pangkat atau mutasi kemudian tidak mengubah SKP yang sudah ditandatangani.&lt;/small&gt;</source>
        <translation>&lt;small&gt;The data above is the &lt;i&gt;snapshot&lt;/i&gt; printed on the SKP: a later promotion or transfer does not change an SKP that has been signed.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>A. UTAMA</source>
        <translation>A. MAIN</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Ada catatan berikut:

%1

Tetap ajukan?</source>
        <translation>There are the following notes:

%1

Submit anyway?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Ajukan SKP</source>
        <translation>Submit SKP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Ajukan kepada pejabat penilai (Ctrl+Enter)</source>
        <translation>Submit to the appraising official (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Alasan pejabat penilai</source>
        <translation>Reason for the appraising official</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Ambil ulang nama, NIP, pangkat, jabatan, dan unit dari data pegawai (hanya selama SKP belum diajukan)</source>
        <translation>Take name, NIP, rank, position and unit again from the employee records (only while the SKP is not submitted)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Atasan pejabat penilai</source>
        <translation>Appraising official&apos;s supervisor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>B. TAMBAHAN</source>
        <translation>B. ADDITIONAL</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Batalkan revisi</source>
        <translation>Cancel revision</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Batalkan revisi? Versi %1 (Draft) dihapus dan versi %2 berlaku kembali.</source>
        <translation>Cancel the revision? Version %1 (Draft) is deleted and version %2 applies again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Bawahan</source>
        <translation>Subordinates</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Buat versi baru</source>
        <translation>Create new version</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Ctrl+Atas</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Ctrl+Bawah</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Dari &amp;pustaka…</source>
        <translation>From &amp;library…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Data pegawai, pejabat penilai, dan atasannya diperbarui.</source>
        <translation>Employee, appraising official and supervisor details updated.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Dibuat (%1)</source>
        <translation>Created (%1)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Diintervensi oleh RHK bawahan:
%1</source>
        <translation>Subordinates&apos; RHK contributing to it:
%1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Disetujui %1 oleh %2. SKP terkunci; perubahan dibuat melalui Revisi (versi baru).</source>
        <translation>Approved %1 by %2. The SKP is locked; changes are made through Revise (new version).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Disusun oleh pegawai pemilik SKP (atau operator/admin atas namanya).</source>
        <translation>Drafted by the employee who owns the SKP (or an operator/admin on his behalf).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Diubah di tempat lain</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Diulang: %1.</source>
        <translation>Redone: %1.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Diurungkan: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Ekspektasi khusus atau lampiran telah diubah tetapi belum disimpan.</source>
        <translation>Specific expectations or attachments were changed but not saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Ekspektasi khusus disimpan.</source>
        <translation>Specific expectations saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Ekspektasi khusus pimpinan</source>
        <translation>Leader&apos;s specific expectations</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Format:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Hapus RHK</source>
        <translation>Delete RHK</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Hapus RHK %1 &quot;%2&quot; beserta %3 indikatornya?</source>
        <translation>Delete RHK %1 &quot;%2&quot; with its %3 indicators?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Hapus RHK atau indikator terpilih (Del)</source>
        <translation>Delete the selected RHK or indicator (Del)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Hapus SKP</source>
        <translation>Delete SKP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Hapus SKP %1 tahun %2 (Draft) beserta seluruh RHK-nya?</source>
        <translation>Delete the %2 SKP of %1 (Draft) with all its RHK?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Hapus draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Hapus indikator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Hapus indikator &quot;%1&quot;?</source>
        <translation>Delete the indicator &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Indikator dihapus.</source>
        <translation>Indicator deleted.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>JPT</source>
        <translation>JPT</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>JPT / pimpinan unit kerja (dengan perspektif)</source>
        <translation>JPT / work-unit leader (with perspectives)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Kembali ke ikhtisar (Esc)</source>
        <translation>Back to the overview (Esc)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Kembalikan SKP</source>
        <translation>Return SKP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Kualitatif</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Kuantitatif</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Lampiran disimpan.</source>
        <translation>Attachments saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Menunggu persetujuan pejabat penilai (%1). Isi SKP terkunci selama diajukan.</source>
        <translation>Awaiting approval by the appraising official (%1). The SKP&apos;s content is locked while submitted.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Nilai dasar BerAKHLAK (UU 20/2023) dengan panduan perilaku — tetap, tidak diubah. Pimpinan dapat menambahkan &lt;b&gt;ekspektasi khusus&lt;/b&gt; per nilai (isi &apos;-&apos; bila tidak ada).</source>
        <translation>The BerAKHLAK core values (UU 20/2023) with their behavior guides — fixed, not changed. The leader can add &lt;b&gt;specific expectations&lt;/b&gt; per value (enter &apos;-&apos; if none).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Non-JPT (administrasi / fungsional)</source>
        <translation>Non-JPT (administrative / functional)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Pegawai yang dinilai</source>
        <translation>Employee appraised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Pejabat penilai adalah atasan langsung; hanya operator atau admin yang dapat menggantinya.</source>
        <translation>The appraising official is the direct supervisor; only an operator or admin can change it.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Pejabat penilai kinerja</source>
        <translation>Appraising official</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Pejabat penilai yang dipilih bukan atasan langsung. Tuliskan alasannya (dicatat di log audit):</source>
        <translation>The chosen appraising official is not the direct supervisor. Write the reason (recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Pejabat penilai:</source>
        <translation>Appraising official:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Pendekatan hasil kerja:</source>
        <translation>Work-result approach:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Pengajuan ditarik; SKP kembali menjadi Draft.</source>
        <translation>Submission withdrawn; the SKP is a Draft again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Pengaturan SKP</source>
        <translation>SKP Settings</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Pengaturan SKP disimpan.</source>
        <translation>SKP settings saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Perbarui dari data pegawai</source>
        <translation>Update from the employee records</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Perilaku kerja dan panduan</source>
        <translation>Work behavior and guides</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Periode penilaian:</source>
        <translation>Appraisal period:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Perspektif / penugasan</source>
        <translation>Perspective / assignment</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Perubahan ini tidak dapat diurungkan: %1

Riwayat urungkan SKP ini dikosongkan.</source>
        <translation>This change cannot be undone: %1

The undo history of this SKP was cleared.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Perubahan status</source>
        <translation>Status changes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Pratinjau, cetak, atau simpan PDF (Ctrl+P)</source>
        <translation>Preview, print or save as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>RHK %1 disimpan.</source>
        <translation>RHK %1 saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>RHK atasan yang diintervensi</source>
        <translation>Supervisor&apos;s RHK it contributes to</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>RHK dihapus.</source>
        <translation>RHK deleted.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>RHK disimpan ke pustaka untuk %1.</source>
        <translation>RHK saved to the library for %1.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Rencana hasil kerja / indikator</source>
        <translation>Planned work result / indicator</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Revisi SKP</source>
        <translation>Revise SKP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Revisi membuat versi %1 (Draft) dengan isi yang sama; versi %2 yang disetujui tetap tersimpan dan evaluasinya tidak berubah. Alasan revisi (opsional):</source>
        <translation>Revising creates version %1 (Draft) with the same content; the approved version %2 stays stored and its evaluations do not change. Reason for the revision (optional):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Riwayat urungkan SKP ini dikosongkan: langkah alur kerja tidak dapat diurungkan.</source>
        <translation>The undo history of this SKP was cleared: workflow steps cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>SKP %1 diajukan kepada %2.</source>
        <translation>SKP of %1 submitted to %2.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>SKP %1 dikembalikan.</source>
        <translation>SKP of %1 returned.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>SKP %1 disetujui.</source>
        <translation>SKP of %1 approved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>SKP %1%2 · %3 · %4</source>
        <translation>SKP %1%2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>SKP berikutnya dalam daftar (Ctrl+PgDown)</source>
        <translation>Next SKP in the list (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>SKP dihapus.</source>
        <translation>SKP deleted.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>SKP ini sudah diubah di jendela atau komputer lain sejak Anda membukanya, sehingga perubahan Anda tidak disimpan.

Editor kini menampilkan data terbaru; periksa, lalu ulangi perubahan Anda bila masih perlu.</source>
        <translation>This SKP was changed in another window or on another computer since you opened it, so your change was not saved.

The editor now shows the latest data; check it, then repeat your change if still needed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>SKP ini sudah diubah di jendela atau komputer lain sejak perubahan Anda, sehingga perubahan itu tidak diurungkan: perubahan mereka tetap berlaku.

Riwayat urungkan SKP ini dikosongkan; editor kini menampilkan data terbaru.</source>
        <translation>This SKP was changed in another window or on another computer after your change, so your change was not undone: their change stays.

The undo history of this SKP was cleared; the editor now shows the current data.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>SKP sebelumnya dalam daftar (Ctrl+PgUp)</source>
        <translation>Previous SKP in the list (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>SKP sedang diajukan; isinya terkunci sampai dikembalikan atau ditarik kembali.</source>
        <translation>The SKP has been submitted; its content is locked until it is returned or withdrawn.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>SKP sudah disetujui dan terkunci; perubahan dibuat melalui Revisi (versi baru).</source>
        <translation>The SKP is approved and locked; changes are made through a Revision (new version).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>SKP yang disetujui tidak dapat diubah: revisi membuat versi baru, versi lama tetap tersimpan</source>
        <translation>An approved SKP cannot be changed: revising creates a new version, the old one stays stored</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Set&amp;ujui</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Setujui SKP</source>
        <translation>Approve SKP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Setujui SKP %1 tahun %2? Setelah disetujui, SKP terkunci; perubahan hanya melalui revisi (versi baru).</source>
        <translation>Approve the %2 SKP of %1? Once approved, the SKP is locked; changes only through a revision (new version).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Simpan RHK ini untuk jabatan:</source>
        <translation>Save this RHK for the position:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Simpan ke pustaka RHK</source>
        <translation>Save to the RHK library</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Simpan ke pustaka…</source>
        <translation>Save to library…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Simpan perubahan?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Tambah RHK (Ins)</source>
        <translation>Add RHK (Ins)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Tambah RHK siap pakai sesuai jabatan</source>
        <translation>Add ready-made RHK for the position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Tempat, tanggal tanda tangan:</source>
        <translation>Place, date of signing:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Tidak dapat diurungkan</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Tuliskan alasan pengembalian SKP %1 — pegawai akan melihatnya di SKP-nya.</source>
        <translation>Write why the SKP of %1 is returned — the employee will see it on their SKP.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Ubah RHK terpilih (Enter / F2)</source>
        <translation>Edit the selected RHK (Enter / F2)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Urungkan ditolak; riwayat urungkan SKP ini dikosongkan.</source>
        <translation>Undo refused; the undo history of this SKP was cleared.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Versi %1 dibuat; silakan ubah lalu ajukan kembali.</source>
        <translation>Version %1 created; edit it, then submit again.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Versi %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Versi ini sudah diganti versi yang lebih baru dan hanya dapat dibaca.</source>
        <translation>This version has been replaced by a newer one and is read-only.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Versi ini sudah diganti versi yang lebih baru dan hanya dapat dibaca. Evaluasi yang dibuat pada versi ini tetap merujuk ke versi ini.</source>
        <translation>This version was replaced by a newer one and is read-only. Evaluations made on this version keep referring to it.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>dari %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>hapus RHK %1</source>
        <translation>delete RHK %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>hapus indikator pada RHK %1</source>
        <translation>delete indicator of RHK %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>mis. Anggaran DPA kecamatan; sarana komputer dan jaringan internet</source>
        <translation>e.g. the kecamatan DPA budget; computers and internet access</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>mis. Kupang, 2 Januari 2026 (kosong: diisi saat disetujui)</source>
        <translation>e.g. Kupang, 2 Januari 2026 (empty: filled in on approval)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>mis. Laporan bulanan kepada atasan langsung</source>
        <translation>e.g. a monthly report to the direct supervisor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>mis. Sesuai ketentuan peraturan perundang-undangan</source>
        <translation>e.g. according to the laws and regulations</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>mis. Target kuantitas RHK 1 terlalu rendah</source>
        <translation>e.g. the quantity target of RHK 1 is too low</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>non-JPT</source>
        <translation>non-JPT</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>oleh %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>tambah RHK %1</source>
        <translation>add RHK %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>ubah RHK %1</source>
        <translation>edit RHK %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>ubah ekspektasi khusus</source>
        <translation>edit special expectations</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>ubah lampiran</source>
        <translation>edit attachment</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>ubah pengaturan SKP</source>
        <translation>edit SKP settings</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>ubah urutan RHK</source>
        <translation>reorder RHK</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>ubah urutan indikator</source>
        <translation>reorder indicators</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>← Daftar</source>
        <translation>← List</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>▲ Naik</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>▼ Turun</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>⚠ Data pegawai sudah berubah sejak SKP dibuat (%1). Perbarui bila perlu sebelum diajukan.</source>
        <translation>⚠ The employee&apos;s details changed since the SKP was created (%1). Update them if needed before submitting.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>✔ Isi SKP lengkap.</source>
        <translation>✔ The SKP is complete.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/editor.py"/>
        <source>✔ SKP lengkap dan siap diajukan.</source>
        <translation>✔ The SKP is complete and ready to submit.</translation>
    </message>
</context>
<context>
    <name>SkpPage</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>%1 PDF SKP disimpan.</source>
        <translation>%1 SKP PDFs saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>%1 PDF disimpan di:
%2</source>
        <translation>%1 PDFs saved in:
%2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>%1 SKP belum dapat diajukan (lihat detail).</source>
        <translation>%1 SKPs cannot be submitted yet (see details).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>%1 gagal (lihat detail).</source>
        <translation>%1 failed (see details).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>%1 pegawai dilewati (sudah memiliki SKP atau di luar kewenangan).</source>
        <translation>%1 employees skipped (they already have an SKP or are outside your authority).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>%n SKP diajukan.</source>
        <translation>
            <numerusform>%n SKP submitted.</numerusform>
            <numerusform>%n SKPs submitted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>%n SKP dibuat (Draft).</source>
        <translation>
            <numerusform>%n SKP created (Draft).</numerusform>
            <numerusform>%n SKPs created (Draft).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Sasaran Kinerja Pegawai&lt;/h2&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;Employee Performance Plan (SKP)&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Ajukan %1 SKP (Draft/Dikembalikan) kepada pejabat penilai masing-masing? SKP yang belum lengkap dilewati dan dilaporkan.</source>
        <translation>Submit %1 SKPs (Draft/Returned) to their appraising officials? Incomplete SKPs are skipped and reported.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Ajukan massal</source>
        <translation>Submit in bulk</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Buat SKP massal</source>
        <translation>Create SKPs in bulk</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Cascading</source>
        <translation>Cascading</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Ikhtisar</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Matriks peran hasil</source>
        <translation>Result-role matrix</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Membuat PDF SKP…</source>
        <translation>Creating SKP PDFs…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Membuat SKP…</source>
        <translation>Creating SKPs…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Mengajukan SKP…</source>
        <translation>Submitting SKPs…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>PDF SKP massal</source>
        <translation>SKP PDFs in bulk</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Pustaka RHK</source>
        <translation>RHK Library</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Tidak ada SKP Draft atau Dikembalikan pada unit ini.</source>
        <translation>There is no Draft or Returned SKP in this unit.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Tidak ada SKP yang cocok untuk dicetak.</source>
        <translation>No matching SKP to print.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>• %1 diisi dari pustaka RHK</source>
        <translation>• %1 filled from the RHK library</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>• %1 disalin dari tahun sebelumnya</source>
        <translation>• %1 copied from last year</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/skp.py"/>
        <source>• %1 kosong</source>
        <translation>• %1 empty</translation>
    </message>
</context>
<context>
    <name>StandarTab</name>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Dipakai</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Hari kerja: Senin–Jumat (Perpres 21/2023) kecuali tanggal di daftar ini. Isi sesuai SKB tentang hari libur nasional dan cuti bersama tahun berjalan.</source>
        <translation>Working days: Monday–Friday (Perpres 21/2023) except the dates in this list. Fill it in from the joint decree (SKB) on this year&apos;s national holidays and collective leave.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Hari libur nasional dan cuti bersama</source>
        <translation>National holidays and collective leave</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Isi tanggal hari libur.</source>
        <translation>Enter the holiday&apos;s date.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Jenis layanan</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Jenis layanan, mis. Rekomendasi KTP-el</source>
        <translation>Service type, e.g. e-KTP recommendation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Permohonan menyimpan janji waktu saat dicatat: mengubah standar tidak mengubah penilaian tepat waktu permohonan yang sudah ada. Klik dua kali untuk mengubah.</source>
        <translation>A request keeps the promise in force when it was recorded: changing a standard does not change whether existing requests were on time. Double-click to edit.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Pilih hari libur yang akan dihapus.</source>
        <translation>Select the holiday to delete.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Pilih standar yang akan dihapus.</source>
        <translation>Select the standard to delete.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Standar dihapus.</source>
        <translation>Standard deleted.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Standar pelayanan (waktu yang dijanjikan)</source>
        <translation>Service standards (promised time)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Standar pelayanan tersimpan: %1, %2.</source>
        <translation>Service standard saved: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Standar sudah dipakai: dinonaktifkan, riwayatnya tetap.</source>
        <translation>Standard already in use: deactivated, its history kept.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Standar yang sudah dipakai tidak dihapus, hanya dinonaktifkan.</source>
        <translation>A standard already in use is not deleted, only deactivated.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>Waktu janji</source>
        <translation>Promised time</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/standar.py"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>&amp;Status baru:</source>
        <translation>New &amp;status:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>&amp;Tanggal (TMT):</source>
        <translation>Effective &amp;date:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>&lt;b&gt;%1 pegawai&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1 employees&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Isi tanggal perubahan status (TMT).</source>
        <translation>Enter the effective date of the status change.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Pegawai tidak pernah dihapus. Pegawai yang tidak aktif disembunyikan dari daftar (tampilkan dengan filter Status); SKP dan penilaiannya tetap tersimpan.</source>
        <translation>Employees are never deleted. Inactive employees are hidden from the list (show them with the Status filter); their SKPs and appraisals stay stored.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Simpan status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>Ubah status pegawai</source>
        <translation>Change employee status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>dan %1 lainnya</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>mis. nomor SK pensiun / mutasi ke instansi …</source>
        <translation>e.g. number of the retirement decree / transfer to agency …</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/bulk.py"/>
        <source>⚠ %1 pegawai aktif lain beratasan langsung ke pegawai ini. Setelah status diubah, mereka muncul di tab &quot;Tanpa Atasan&quot; sampai atasan barunya ditetapkan.</source>
        <translation>⚠ %1 other active employees report directly to this employee. After the status change they appear on the &quot;No Supervisor&quot; tab until their new supervisor is set.</translation>
    </message>
</context>
<context>
    <name>SurveiDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source> pengguna layanan</source>
        <translation> service users</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Jenis layanan</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Jumlah bobot unsur tambahan harus kurang dari 1 (sisanya untuk U1–U9).</source>
        <translation>The weights of the extra elements must sum to less than 1 (the rest is for U1–U9).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Opsional, satu per baris: nama unsur; bobot — mis. &quot;Kemudahan informasi daring; 0,1&quot;. Sisa bobot dibagi rata ke U1–U9 sehingga jumlahnya tetap 1.</source>
        <translation>Optional, one per line: element name; weight — e.g. &quot;Ease of online information; 0.1&quot;. The remaining weight is shared equally by U1–U9 so the weights still sum to 1.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Populasi</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Sampel minimum (tabel Krejcie–Morgan): %1 responden</source>
        <translation>Minimum sample (Krejcie–Morgan table): %1 respondents</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Semester I</source>
        <translation>Semester I</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Survei Kepuasan Masyarakat baru</source>
        <translation>New community satisfaction survey</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Unit pelayanan</source>
        <translation>Service unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Unsur tambahan</source>
        <translation>Extra elements</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>Unsur tambahan baris %1 (&quot;%2&quot;): tulis nama unsur; bobot antara 0 dan 1, mis. &quot;Kemudahan informasi daring; 0,1&quot;.</source>
        <translation>Extra element line %1 (&quot;%2&quot;): write the element name; a weight between 0 and 1, e.g. &quot;Ease of online information; 0.1&quot;.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>mis. Surat keterangan</source>
        <translation>e.g. Certificate letter</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/layanan.py"/>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>TahunBaruDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Buat</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>PermenPANRB 6/2022 Pasal 31: evaluasi periodik bulanan, triwulanan, atau semesteran sesuai pilihan instansi, ditambah satu evaluasi tahunan.</source>
        <translation>PermenPANRB 6/2022 Article 31: periodic evaluations monthly, quarterly or half-yearly as the agency chooses, plus one annual evaluation.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Skema evaluasi periodik:</source>
        <translation>Periodic evaluation scheme:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tahun kinerja baru</source>
        <translation>New performance year</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/periode_dialog.py"/>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
</context>
<context>
    <name>TalentaTab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>%1 th</source>
        <translation>%1 yrs</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>&lt;b&gt;Kotak %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Box %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Arahan</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Belum dapat dipetakan</source>
        <translation>Not yet placed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Di jabatan</source>
        <translation>In position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Kandidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Kandidat pengembangan</source>
        <translation>Development candidates</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Kandidat promosi</source>
        <translation>Promotion candidates</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Kandidat rotasi (lama di jabatan yang sama)</source>
        <translation>Rotation candidates (long in the same position)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Kebutuhan pelatihan</source>
        <translation>Training needs</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Kinerja</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Kinerja %1</source>
        <translation>Performance %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Kinerja dari predikat tahunan (periode terakhir bila tahunan %1 belum dinilai) × potensi dari asesmen terakhir (PermenPANRB 3/2020). %2 pegawai belum dapat dipetakan. Kandidat rotasi: %3 tahun atau lebih pada jabatan yang sama (riwayat jabatan).</source>
        <translation>Performance from the annual ratings (the latest period while %1 is not rated yet) × potential from the latest assessment (PermenPANRB 3/2020). %2 employees cannot be placed yet. Rotation candidates: %3 years or more in the same position (position history).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Klik sebuah kotak untuk melihat pegawainya.</source>
        <translation>Click a box to list its employees.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Kotak</source>
        <translation>Box</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Kotak %1</source>
        <translation>Box %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Kotak %1 — %n orang</source>
        <translation>
            <numerusform>Box %1 — %n person</numerusform>
            <numerusform>Box %1 — %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Potensi</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Potensi
%1</source>
        <translation>Potential
%1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Semua pegawai</source>
        <translation>All employees</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Tampilkan:</source>
        <translation>Show:</translation>
    </message>
</context>
<context>
    <name>TanpaAtasanWidget</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>%1 pegawai di puncak struktur (mis. Camat) beratasan di luar basis data — diisi di Pengaturan › Identitas kantor; tidak perlu diperbaiki.</source>
        <translation>%1 employees at the top of the structure (e.g. the Camat) report to someone outside this database — set in Settings › Office identity; nothing to fix.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>&lt;b&gt;%1 pegawai aktif belum punya atasan langsung yang aktif.&lt;/b&gt; Pilih lalu tekan &quot;Tetapkan atasan&quot; atau &quot;Atasan = kepala unit&quot;.</source>
        <translation>&lt;b&gt;%1 active employees have no active direct supervisor.&lt;/b&gt; Select them, then press &quot;Set supervisor&quot; or &quot;Supervisor = unit head&quot;.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>&lt;b&gt;Semua pegawai aktif sudah punya atasan langsung.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Every active employee has a direct supervisor.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Atasan = kepala unit</source>
        <translation>Supervisor = unit head</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Buka profil</source>
        <translation>Open profile</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Jadikan kepala unit masing-masing sebagai atasan langsung</source>
        <translation>Make each employee&apos;s unit head their direct supervisor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Tetapkan atasan…</source>
        <translation>Set supervisor…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
</context>
<context>
    <name>TemplateEditDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>&amp;Perspektif:</source>
        <translation>&amp;Perspective:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>&amp;Rencana hasil kerja:</source>
        <translation>Planned work &amp;result:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>(hanya untuk JPT — boleh kosong)</source>
        <translation>(JPT only — may be empty)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>J&amp;enis:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Tambah RHK pustaka</source>
        <translation>Add library RHK</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Tambahan</source>
        <translation>Additional</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Ubah RHK pustaka</source>
        <translation>Edit library RHK</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>mis. Kepala Seksi Pemerintahan, atau &apos;Semua jabatan&apos;</source>
        <translation>e.g. Kepala Seksi Pemerintahan, or &apos;All positions&apos;</translation>
    </message>
</context>
<context>
    <name>TemplateLibraryWidget</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>%1 RHK untuk %2 jabatan</source>
        <translation>%1 RHK for %2 positions</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>%1 contoh RHK dipulihkan.</source>
        <translation>%1 sample RHK restored.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>+ &amp;Tambah</source>
        <translation>+ &amp;Add</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Cari jabatan, RHK, atau indikator…</source>
        <translation>Search position, RHK or indicator…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Hapus &quot;%1&quot; dari pustaka %2? SKP yang sudah memakai RHK ini tidak berubah.</source>
        <translation>Delete &quot;%1&quot; from the %2 library? SKPs already using this RHK do not change.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Hapus RHK pustaka</source>
        <translation>Delete library RHK</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Indikator / target</source>
        <translation>Indicator / target</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Pulihkan contoh</source>
        <translation>Restore samples</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>RHK pustaka dihapus.</source>
        <translation>Library RHK deleted.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>RHK pustaka disimpan.</source>
        <translation>Library RHK saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>RHK siap pakai per jabatan. Saat membuat SKP, RHK untuk jabatan pegawai ditawarkan otomatis; operator dapat menambah dan mengubahnya.</source>
        <translation>Ready-made RHK per position. When an SKP is created, the RHK for the employee&apos;s position are offered automatically; operators can add and change them.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Rencana hasil kerja / indikator</source>
        <translation>Planned work result / indicator</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Tambahkan kembali contoh RHK kecamatan yang pernah dihapus</source>
        <translation>Add back the deleted sample kecamatan RHK</translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>%1 RHK dipilih</source>
        <translation>%1 RHK selected</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>&amp;Tambahkan %1 RHK</source>
        <translation>&amp;Add %1 RHK</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>(semua kelompok jabatan)</source>
        <translation>(all position groups)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Cari jabatan, RHK, atau indikator…</source>
        <translation>Search position, RHK or indicator…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Centang RHK yang akan ditambahkan ke SKP &lt;b&gt;%1&lt;/b&gt; (%2). Indikator dan target ikut disalin dan tetap dapat diubah.</source>
        <translation>Tick the RHK to add to the SKP of &lt;b&gt;%1&lt;/b&gt; (%2). Indicators and targets are copied too and can still be changed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Indikator / target</source>
        <translation>Indicator / target</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Rencana hasil kerja / indikator</source>
        <translation>Planned work result / indicator</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/skp/templates.py"/>
        <source>Tambah RHK dari pustaka</source>
        <translation>Add RHK from the library</translation>
    </message>
</context>
<context>
    <name>TerbitkanDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>%1 piagam akan diterbitkan dan dicatat di riwayat penghargaan pegawai. Nomor diambil dari urutan kantor dengan format %2 dan tidak pernah dipakai ulang. Prestasi dapat diubah sebelum dicetak.</source>
        <translation>%1 certificates will be issued and recorded in the employees&apos; award history. Numbers come from the office sequence in the format %2 and are never reused. The achievement can be edited before printing.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Cetak Piagam Penghargaan</source>
        <translation>Print Certificates of Appreciation</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Prestasi yang dihargai</source>
        <translation>Achievement recognised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Tanggal piagam:</source>
        <translation>Certificate date:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penghargaan.py"/>
        <source>Terbitkan dan cetak…</source>
        <translation>Issue and print…</translation>
    </message>
</context>
<context>
    <name>TimpaDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>&amp;Angka realisasi:</source>
        <translation>&amp;Realisation figure:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>&amp;Timpa</source>
        <translation>&amp;Override</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>A&amp;lasan:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Angka dari catatan: &lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</source>
        <translation>Figure from the records: &lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;&lt;small&gt;%3&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Mengapa angka dari catatan tidak dipakai (wajib)</source>
        <translation>Why the figure from the records is not used (required)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>Timpa angka dari catatan</source>
        <translation>Override the figure from the records</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>belum dihitung</source>
        <translation>not computed yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/ukuran.py"/>
        <source>mis. 92,5</source>
        <translation>e.g. 92.5</translation>
    </message>
</context>
<context>
    <name>TindakLanjutDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>&amp;Penanggung jawab:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>&amp;Tindak lanjut:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Apa yang akan dilakukan</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>T&amp;enggat:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Tambah Tindak Lanjut</source>
        <translation>Add Follow-up</translation>
    </message>
</context>
<context>
    <name>TindakLanjutPanel</name>
    <message>
        <location filename="../../asn_desktop/ui/rapat/panel.py"/>
        <source>(lewat tenggat)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/panel.py"/>
        <source>Tindak lanjut rapat evaluasi yang masih terbuka</source>
        <translation>Open follow-ups from evaluation meetings</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/panel.py"/>
        <source>tanpa tenggat</source>
        <translation>no due date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/panel.py"/>
        <source>tenggat %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/panel.py"/>
        <source>… dan %1 lainnya (lihat Rapat &amp; Pembinaan)</source>
        <translation>… and %1 more (see Meetings &amp; Coaching)</translation>
    </message>
</context>
<context>
    <name>TindakLanjutTab</name>
    <message>
        <location filename="../../asn_desktop/ui/rapat/laporan.py"/>
        <source>%1 tindak lanjut terbuka, %2 lewat tenggat.</source>
        <translation>%1 open follow-ups, %2 overdue.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>%1. %2 dari %3 pegawai memenuhi.</source>
        <translation>%1. %2 of %3 employees qualify.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/laporan.py"/>
        <source>&amp;Ekspor ke Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/laporan.py"/>
        <source>&amp;Tutup / buka kembali…</source>
        <translation>&amp;Close / reopen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>(%n baris)</source>
        <translation>
            <numerusform>(%n row)</numerusform>
            <numerusform>(%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>AK tahunan</source>
        <translation>Annual credit points</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Angka kredit jabatan fungsional</source>
        <translation>Functional position credit points</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Aturan disimpan: %1</source>
        <translation>Rule saved: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Aturan: predikat tahunan paling rendah</source>
        <translation>Rule: lowest annual predicate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Berturut-turut</source>
        <translation>Consecutive</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/laporan.py"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Cari…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/laporan.py"/>
        <source>Catatan penutupan</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Cek kenaikan pangkat / promosi</source>
        <translation>Check for promotion</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Daftar:</source>
        <translation>List:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Dasar</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Ekspor daftar ini…</source>
        <translation>Export this list…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Ekspor semua daftar…</source>
        <translation>Export all lists…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/laporan.py"/>
        <source>Ekspor tindak lanjut</source>
        <translation>Export follow-ups</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Hanya admin yang dapat mengubah aturan; Anda dapat mencoba aturan lain tanpa menyimpan.</source>
        <translation>Only an administrator can change the rule; you can try other rules without saving.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>JP %1</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Jenjang pada periode ini: %1</source>
        <translation>Jenjang held in this period: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Kandidat penghargaan / talenta</source>
        <translation>Award / talent candidates</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Kebutuhan pelatihan</source>
        <translation>Training needs</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Koef.</source>
        <translation>Coef.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/laporan.py"/>
        <source>Laporan tindak lanjut diekspor.</source>
        <translation>Follow-up report exported.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Memenuhi</source>
        <translation>Qualifies</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/laporan.py"/>
        <source>Mengekspor tindak lanjut…</source>
        <translation>Exporting follow-ups…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Nilai / aspek terkait</source>
        <translation>Related value / aspect</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Pegawai dengan rating Di Bawah Ekspektasi pada tahun ini, atau pengembangan kompetensi kurang dari 20 JP setahun (PP 17/2020 Pasal 203). Nilai BerAKHLAK terkait diambil dari masukan 360° yang menilai Di Bawah Ekspektasi.</source>
        <translation>Employees rated Below Expectations this year, or with less than 20 training hours of competence development in the year (PP 17/2020 Article 203). The related BerAKHLAK values come from 360° feedback rating Below Expectations.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/laporan.py"/>
        <source>Penanggung jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Peraturan BKN 3/2023: AK = bulan/12 × persentase predikat (Sangat Baik 150 %, Baik 100 %, Butuh Perbaikan 75 %, Kurang 50 %, Sangat Kurang 25 %) × koefisien tahunan jenjang.</source>
        <translation>BKN Regulation 3/2023: credit points = months/12 × predicate percentage (Very Good 150 %, Good 100 %, Needs Improvement 75 %, Poor 50 %, Very Poor 25 %) × the level&apos;s annual coefficient.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Predikat Sangat Baik pada paling sedikit dua periode berturut-turut tahun ini, atau pada tahun-tahun yang berturut-turut.</source>
        <translation>Predicate Very Good in at least two consecutive periods this year, or in consecutive years.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/laporan.py"/>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Simpan aturan</source>
        <translation>Save rule</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/laporan.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/laporan.py"/>
        <source>Tampilkan juga yang sudah &amp;ditutup</source>
        <translation>Also show &amp;closed ones</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/laporan.py"/>
        <source>Tenggat</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/laporan.py"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>pada setiap</source>
        <translation>in every</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pages/laporan.py"/>
        <source>tahun terakhir</source>
        <translation>last years</translation>
    </message>
</context>
<context>
    <name>TrustOfficeDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>&amp;Percayai kunci</source>
        <translation>&amp;Trust key</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Jangan percayai</source>
        <translation>Do not trust</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Kantor &lt;b&gt;%1&lt;/b&gt; belum dikenal di basis data ini.</source>
        <translation>Office &lt;b&gt;%1&lt;/b&gt; is not known in this database yet.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Paket dari &lt;b&gt;%1&lt;/b&gt; ditandatangani dengan &lt;b&gt;kunci lain&lt;/b&gt; daripada kunci yang dipercaya untuk kantor ini. Terima hanya bila kantor itu memang mengganti kuncinya (penggantian dicatat di log audit).</source>
        <translation>The package from &lt;b&gt;%1&lt;/b&gt; is signed with &lt;b&gt;another key&lt;/b&gt; than the one trusted for this office. Accept it only if that office really replaced its key (the replacement is recorded in the audit log).</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Percayai kunci kantor pengirim</source>
        <translation>Trust the sending office&apos;s key</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Sidik jari sudah saya cocokkan lewat telepon dan sama persis</source>
        <translation>I compared the fingerprint by phone and it matches exactly</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/sinkronisasi/dialogs.py"/>
        <source>Telepon kantor itu (nomor yang sudah Anda kenal, bukan nomor dari berkas atau e-mail paket) dan minta petugasnya membacakan sidik jari di Pengaturan › Identitas kantor. Percayai kunci hanya bila semua kelompok sama persis:</source>
        <translation>Phone that office (a number you already know, not one from the file or the package e-mail) and ask them to read out the fingerprint in Pengaturan › Identitas kantor. Trust the key only if every group matches exactly:</translation>
    </message>
</context>
<context>
    <name>TutupDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>%1
Penanggung jawab: %2</source>
        <translation>%1
Responsible: %2</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Buka Kembali Tindak Lanjut</source>
        <translation>Reopen Follow-up</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Catatan (mis. apa yang sudah dilakukan):</source>
        <translation>Note (e.g. what has been done):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/rapat/dialog.py"/>
        <source>Tutup Tindak Lanjut</source>
        <translation>Close Follow-up</translation>
    </message>
</context>
<context>
    <name>UnitEditDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>&amp;Kode (opsional):</source>
        <translation>&amp;Code (optional):</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>&amp;Nama unit:</source>
        <translation>Unit &amp;name:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Di bawah: %1</source>
        <translation>Below: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Nama unit kerja wajib diisi.</source>
        <translation>The work unit&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/unit_tree.py"/>
        <source>mis. Seksi Pemerintahan</source>
        <translation>e.g. Seksi Pemerintahan</translation>
    </message>
</context>
<context>
    <name>UnitPickerDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>(tingkat teratas)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Kepala</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Ketik untuk mencari unit…</source>
        <translation>Type to search for a unit…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Pilih</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pegawai/pickers.py"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>&amp;Kata sandi awal:</source>
        <translation>&amp;Initial password:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Data induk, impor/ekspor, penyiapan SKP; tidak dapat memberi penilaian.</source>
        <translation>Master data, import/export, SKP preparation; cannot appraise.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Hanya SKP dan penilaian dirinya sendiri. Wajib ditautkan ke pegawai.</source>
        <translation>Only their own SKP and appraisal. Must be linked to an employee.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Kedua kata sandi belum sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Menyetujui SKP dan menilai bawahannya sendiri. Wajib ditautkan ke pegawai.</source>
        <translation>Approves SKPs and appraises their own subordinates. Must be linked to an employee.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Nama &amp;lengkap:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Nama pengguna tidak dapat diubah; buat akun baru bila perlu nama lain.</source>
        <translation>The user name cannot be changed; create a new account if another name is needed.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Pe&amp;gawai:</source>
        <translation>&amp;Employees:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Pe&amp;ran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Semua hak, termasuk pengguna, cadangan, dan log audit.</source>
        <translation>All rights, including users, backups and the audit log.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Ubah akun</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>Wajib mengganti kata sandi saat pertama masuk</source>
        <translation>Must change the password at first sign-in</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>huruf kecil tanpa spasi, mis. budi.santoso</source>
        <translation>lower case without spaces, e.g. budi.santoso</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>minimal %1 karakter</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/pengaturan/akun.py"/>
        <source>— tidak ditautkan —</source>
        <translation>— not linked —</translation>
    </message>
</context>
<context>
    <name>WaktuField</name>
    <message>
        <location filename="../../asn_desktop/ui/layanan/common.py"/>
        <source>Ketik tanggal dan jam, misalnya 05-12-2026 08:30, 051226 8.30 atau 5 Des 2026 (tanpa jam = 08:00). F2 atau tombol * = sekarang.</source>
        <translation>Type date and time, e.g. 05-12-2026 08:30, 051226 8.30 or 5 Dec 2026 (no time = 08:00). F2 or the * key = now.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/common.py"/>
        <source>Wajib diisi.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/common.py"/>
        <source>hh-bb-tttt jj:mm</source>
        <translation>dd-mm-yyyy hh:mm</translation>
    </message>
</context>
<context>
    <name>_RegisterTab</name>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>%1 dari %2 baris</source>
        <translation>%1 of %2 rows</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>%n baris</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>%n baris dihapus.</source>
        <translation>
            <numerusform>%n row deleted.</numerusform>
            <numerusform>%n rows deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Cari nomor, nama, jenis, petugas…</source>
        <translation>Search number, name, type, officer…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Diimpor: %1 baris; %2 baris ditolak tidak disimpan.</source>
        <translation>Imported: %1 rows; %2 rejected rows not stored.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Excel (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Excel (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Hapus %1 baris dari register? Tindakan ini tercatat di log audit.</source>
        <translation>Delete %1 rows from the register? This is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Hapus terpilih</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Impor dari Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Kosongkan (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Perubahan tersimpan.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Pilih baris yang akan dihapus di daftar.</source>
        <translation>Select the rows to delete in the list.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Simpan perubahan (Enter)</source>
        <translation>Save changes (Enter)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/layanan/register.py"/>
        <source>Ubah baris %1 (Esc = batal)</source>
        <translation>Edit row %1 (Esc = cancel)</translation>
    </message>
</context>
<context>
    <name>_ShowPassword</name>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Tampilkan kata sandi</source>
        <translation>Show password</translation>
    </message>
</context>
<context>
    <name>_Tab</name>
    <message>
        <location filename="../../asn_desktop/ui/pages/karier.py"/>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>%1
Kata sandi server basis data:</source>
        <translation>%1
Database server password:</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Basis data diperbarui ke versi skema terbaru. Cadangan sebelum pembaruan: %1</source>
        <translation>The database was upgraded to the latest schema version. Backup made before the upgrade: %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/app.py"/>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../asn_desktop/ui/errors.py"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../asn_desktop/ui/jobs.py"/>
        <source>Berjalan %1</source>
        <translation>Running %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/jobs.py"/>
        <source>sisa sekitar %1</source>
        <translation>about %1 left</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Ahli Madya</source>
        <translation>Intermediate Expert</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Ahli Muda</source>
        <translation>Junior Expert</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Ahli Pertama</source>
        <translation>First Expert</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Ahli Utama</source>
        <translation>Principal Expert</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Bawahan</source>
        <translation>Subordinate</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Belum dibuka</source>
        <translation>Not opened yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Belum dinilai</source>
        <translation>Not appraised yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Buddha</source>
        <translation>Buddhist</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Butuh Perbaikan</source>
        <translation>Needs Improvement</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>CPNS</source>
        <translation>CPNS</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>DP3 (PP 10/1979)</source>
        <translation>DP3 (PP 10/1979)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Di Atas Ekspektasi</source>
        <translation>Above Expectations</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Di Bawah Ekspektasi</source>
        <translation>Below Expectations</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Diberhentikan</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Dibuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Diganti versi baru</source>
        <translation>Replaced by a new version</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Final / ditandatangani</source>
        <translation>Final / signed</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Fungsional Keahlian</source>
        <translation>Functional (Expertise)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Fungsional Keterampilan</source>
        <translation>Functional (Skill)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Individu</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Istimewa</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>JPT / Pimpinan Unit Kerja</source>
        <translation>JPT / Work-unit leader</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>JPT Madya</source>
        <translation>JPT Madya</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>JPT Pratama</source>
        <translation>JPT Pratama</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>JPT Utama</source>
        <translation>JPT Utama</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Katolik</source>
        <translation>Catholic</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Konghucu</source>
        <translation>Confucian</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Kristen</source>
        <translation>Protestant</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Kualitas</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Kualitatif</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Kuantitas</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Kuantitatif</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Kurang</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Kurang/Misconduct</source>
        <translation>Poor/Misconduct</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Mahir</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Mutasi</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Non-JPT</source>
        <translation>Non-JPT</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Organisasi</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>PP 30/2019</source>
        <translation>PP 30/2019</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>PP 46/2011 (SKP + perilaku 60/40)</source>
        <translation>PP 46/2011 (SKP + behavior 60/40)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>PPPK Paruh Waktu</source>
        <translation>Part-time PPPK</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/ukuran.py"/>
        <source>Pegawai sendiri</source>
        <translation>The employee himself</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Pelaksana</source>
        <translation>Implementer</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Pemula</source>
        <translation>Beginner</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Penerima Layanan</source>
        <translation>Service Recipients</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Pengawas</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Penguatan Internal</source>
        <translation>Internal Strengthening</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Penilai</source>
        <translation>Appraiser</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Penilaian diri diajukan</source>
        <translation>Self-assessment submitted</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Pensiun</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Penyelia</source>
        <translation>Overseer</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Periodik</source>
        <translation>Periodic</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>PermenPANRB 8/2021</source>
        <translation>PermenPANRB 8/2021</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Proses Bisnis</source>
        <translation>Business Processes</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/ukuran.py"/>
        <source>Register layanan</source>
        <translation>Service register</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/ukuran.py"/>
        <source>Register pengaduan</source>
        <translation>Complaint register</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Rekan kerja</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Sangat Baik</source>
        <translation>Very Good</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Sangat Kurang</source>
        <translation>Very Poor</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Sekretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Seksi</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/ukuran.py"/>
        <source>Seluruh kecamatan</source>
        <translation>The whole kecamatan</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Semesteran</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Sesuai Ekspektasi</source>
        <translation>As Expected</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Subbagian</source>
        <translation>Subdivision</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Sudah dinilai</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/ukuran.py"/>
        <source>Survei Kepuasan Masyarakat</source>
        <translation>Community Satisfaction Survey</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Tahunan</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Tambahan</source>
        <translation>Additional</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Tautan</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Terampil</source>
        <translation>Skilled</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Triwulanan</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/ukuran.py"/>
        <source>Unit kerja pegawai</source>
        <translation>The employee&apos;s unit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/domain/enums.py"/>
        <source>e-Kinerja (PermenPANRB 6/2022)</source>
        <translation>e-Kinerja (PermenPANRB 6/2022)</translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Basis data ini sedang dibuka di jendela %1 lain (%2).

Anda tetap dapat bekerja bersamaan: setiap penyimpanan aman, dan bila dua jendela mengubah data yang sama, penyimpanan kedua ditolak dengan pesan agar Anda memuat ulang. Untuk pemulihan cadangan, tutup jendela lain terlebih dahulu.</source>
        <translation>This database is open in another %1 window (%2).

You can still work at the same time: every save is safe, and when two windows change the same data the second save is refused with a message asking you to reload. To restore a backup, close the other window first.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Basis data sedang dibuka</source>
        <translation>Database already open</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>Tetap buka</source>
        <translation>Keep open</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/login.py"/>
        <source>proses %1 di komputer %2</source>
        <translation>process %1 on computer %2</translation>
    </message>
</context>
<context>
    <name>penilaian</name>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/common.py"/>
        <source>Belum ada SKP</source>
        <translation>No SKP yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/common.py"/>
        <source>SKP %1</source>
        <translation>SKP %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/common.py"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/penilaian/common.py"/>
        <source>belum ditetapkan</source>
        <translation>not set yet</translation>
    </message>
</context>
<context>
    <name>recover</name>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Basis data (*.db *.sqlite);;Semua berkas (*)</source>
        <translation>Databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Basis data dipulihkan dari %1.
Berkas yang rusak disimpan di %2.</source>
        <translation>Database restored from %1.
The damaged file was kept at %2.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Basis data rusak</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Buka Pengaturan › Cadangan</source>
        <translation>Open Settings › Backups</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Log audit tidak utuh</source>
        <translation>Audit log not intact</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Pemeriksaan integritas menemukan kerusakan pada basis data. Jangan lanjutkan pekerjaan besar (impor, penilaian massal) sebelum dipulihkan.</source>
        <translation>The integrity check found damage in the database. Do not continue with large jobs (imports, bulk appraisals) before it is restored.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Pemeriksaan menemukan bahwa log audit tidak lagi utuh: ada catatan yang diubah, disisipkan, atau dihapus di luar aplikasi. Data lain (akun, penilaian) mungkin juga diubah. Bandingkan dengan cadangan sebelumnya dan laporkan ke admin.</source>
        <translation>The check found that the audit log is no longer intact: entries were changed, inserted or deleted outside the application. Other data (accounts, ratings) may have been changed too. Compare with an earlier backup and report it to the administrator.</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Pilih berkas cadangan…</source>
        <translation>Choose a backup file…</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>Pulihkan cadangan %1</source>
        <translation>Restore the backup of %1</translation>
    </message>
    <message>
        <location filename="../../asn_desktop/ui/crash.py"/>
        <source>⚠ Log audit tidak utuh: basis data mungkin diubah di luar aplikasi</source>
        <translation>⚠ Audit log not intact: the database may have been changed outside the application</translation>
    </message>
</context>
</TS>
