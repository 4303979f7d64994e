"""Library RHKs whose indicators measure themselves (front desk, Kasi Pelayanan, Camat).

Kept apart from the general examples in services/template_rhk.py because each indicator
carries a binding to a measure (domain/ukuran.py): its realisasi comes from the SKM
surveys and the service and complaint registers (kinerja-asn.md §9).
"""

from __future__ import annotations

from asn_desktop.domain.enums import Aspek, JenisRhk, Perspektif
from asn_desktop.domain.ukuran import IkatanUkuran

K, Q, W = Aspek.KUANTITAS, Aspek.KUALITAS, Aspek.WAKTU

# (jenis, RHK text, perspektif, [(aspek, indikator, target_min, target_max, satuan, ikatan)])
CONTOH_TERUKUR: dict[str, list[tuple]] = {
    "Kepala Seksi Pelayanan Umum": [
        (JenisRhk.UTAMA, "Meningkatnya mutu pelayanan PATEN yang terukur dari register dan SKM", None, [
            (K, "Jumlah layanan PATEN yang diselesaikan unit (register layanan)", 900, None, "layanan",
             IkatanUkuran("jumlah_layanan_selesai", "unit")),
            (Q, "Indeks kepuasan masyarakat layanan unit (SKM, nilai konversi)", 82, None, "nilai",
             IkatanUkuran("ikm_layanan", "unit")),
            (W, "Persentase layanan unit yang selesai tepat waktu sesuai standar pelayanan", 95, None, "%",
             IkatanUkuran("persen_tepat_waktu", "unit")),
        ]),
        (JenisRhk.UTAMA, "Tertanganinya pengaduan masyarakat dengan cepat", None, [
            (W, "Rata-rata waktu respon pengaduan unit (register pengaduan)", 24, None, "jam",
             IkatanUkuran("rata_respon_pengaduan", "unit")),
        ]),
    ],
    "Operator Layanan Operasional": [
        (JenisRhk.UTAMA, "Terselesaikannya permohonan layanan di loket sesuai standar pelayanan", None, [
            (K, "Jumlah layanan yang saya selesaikan (register layanan)", 600, None, "layanan",
             IkatanUkuran("jumlah_layanan_selesai", "pegawai")),
            (W, "Persentase layanan saya yang selesai tepat waktu", 95, None, "%",
             IkatanUkuran("persen_tepat_waktu", "pegawai")),
        ]),
        (JenisRhk.TAMBAHAN, "Terresponnya pengaduan yang diterima di loket", None, [
            (W, "Rata-rata waktu respon pengaduan yang saya tangani", 8, None, "jam",
             IkatanUkuran("rata_respon_pengaduan", "pegawai")),
        ]),
    ],
    "Camat": [
        (JenisRhk.UTAMA, "Meningkatnya kepuasan masyarakat atas seluruh layanan kecamatan (SKM)",
         Perspektif.PENERIMA_LAYANAN, [
             (K, "IKM seluruh layanan kecamatan (nilai konversi)", 82, None, "nilai",
              IkatanUkuran("ikm_layanan", "kecamatan")),
             (K, "Persentase layanan kecamatan yang selesai tepat waktu", 90, None, "%",
              IkatanUkuran("persen_tepat_waktu", "kecamatan")),
         ]),
    ],
}
