"""BerAKHLAK values and panduan perilaku (kinerja-asn.md §4, UU 20/2023)."""

from __future__ import annotations

import pytest

from asn_desktop.domain.berakhlak import BERAKHLAK, nilai_by_kode
from asn_desktop.domain.errors import DomainError

EXPECTED = [
    ("berorientasi_pelayanan", "Berorientasi Pelayanan", (
        "Memahami dan memenuhi kebutuhan masyarakat",
        "Ramah, cekatan, solutif, dan dapat diandalkan",
        "Melakukan perbaikan tiada henti",
    )),
    ("akuntabel", "Akuntabel", (
        "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi",
        "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
        "Tidak menyalahgunakan kewenangan jabatan",
    )),
    ("kompeten", "Kompeten", (
        "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
        "Membantu orang lain belajar",
        "Melaksanakan tugas dengan kualitas terbaik",
    )),
    ("harmonis", "Harmonis", (
        "Menghargai setiap orang apapun latar belakangnya",
        "Suka menolong orang lain",
        "Membangun lingkungan kerja yang kondusif",
    )),
    ("loyal", "Loyal", (
        "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, "
        "setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
        "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
        "Menjaga rahasia jabatan dan negara",
    )),
    ("adaptif", "Adaptif", (
        "Cepat menyesuaikan diri menghadapi perubahan",
        "Terus berinovasi dan mengembangkan kreativitas",
        "Bertindak proaktif",
    )),
    ("kolaboratif", "Kolaboratif", (
        "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
        "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
        "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
    )),
]


def test_seven_values_in_order_with_exact_texts() -> None:
    assert len(BERAKHLAK) == 7
    for i, (nilai, (kode, nama, panduan)) in enumerate(zip(BERAKHLAK, EXPECTED, strict=True), start=1):
        assert nilai.nomor == i
        assert (nilai.kode, nilai.nama, nilai.panduan) == (kode, nama, panduan)


def test_acronym() -> None:
    # Ber-A-K-H-L-A-K: the initials of values 2..7 spell AKHLAK.
    assert "".join(n.nama[0] for n in BERAKHLAK[1:]) == "AKHLAK"


@pytest.mark.parametrize("kode", [k for k, _, _ in EXPECTED])
def test_lookup(kode: str) -> None:
    assert nilai_by_kode(kode).kode == kode


def test_lookup_unknown_lists_valid_codes() -> None:
    with pytest.raises(DomainError, match="akuntabel"):
        nilai_by_kode("jujur")
