"""Core values BerAKHLAK and their panduan perilaku (printed on every SKP).

Source: UU 20/2023 tentang ASN (nilai dasar BerAKHLAK); panduan perilaku per
PermenPANRB 6/2022 lampiran, applied without levels (kinerja-asn.md §4). The
texts are printed verbatim: do not paraphrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg


@dataclass(frozen=True)
class NilaiBerakhlak:
    """One BerAKHLAK value: stable ``kode`` (stored), ``nomor`` (1–7 order), name, guidance."""

    kode: str
    nomor: int
    nama: str
    panduan: tuple[str, ...]


#: The seven values in their official order (UU 20/2023; kinerja-asn.md §4).
BERAKHLAK: tuple[NilaiBerakhlak, ...] = (
    NilaiBerakhlak(
        "berorientasi_pelayanan",
        1,
        "Berorientasi Pelayanan",
        (
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ),
    ),
    NilaiBerakhlak(
        "akuntabel",
        2,
        "Akuntabel",
        (
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan "
            "berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, "
            "dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ),
    ),
    NilaiBerakhlak(
        "kompeten",
        3,
        "Kompeten",
        (
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ),
    ),
    NilaiBerakhlak(
        "harmonis",
        4,
        "Harmonis",
        (
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        ),
    ),
    NilaiBerakhlak(
        "loyal",
        5,
        "Loyal",
        (
            "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia "
            "Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan "
            "yang sah",
            "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
            "Menjaga rahasia jabatan dan negara",
        ),
    ),
    NilaiBerakhlak(
        "adaptif",
        6,
        "Adaptif",
        (
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ),
    ),
    NilaiBerakhlak(
        "kolaboratif",
        7,
        "Kolaboratif",
        (
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
        ),
    ),
)

_BY_KODE = {n.kode: n for n in BERAKHLAK}


def nilai_by_kode(kode: str) -> NilaiBerakhlak:
    """Look up a value by its stored code; unknown → DomainError listing valid codes."""
    try:
        return _BY_KODE[kode]
    except (KeyError, TypeError):
        valid = ", ".join(_BY_KODE)
        raise DomainError(
            Msg.of(QT_TRANSLATE_NOOP("Pesan", "Kode nilai BerAKHLAK {kode} tidak dikenal; yang berlaku: {valid}."), kode=repr(kode), valid=valid)
        ) from None
