"""Unit names at regency scale carry their kecamatan; a single office sees no change."""

from __future__ import annotations

from asn_desktop.domain.unit import nama_dengan_kecamatan

UNITS_KABUPATEN = [
    (1, None, "Pemerintah Kabupaten Kupang", "lainnya"),
    (2, 1, "Kecamatan Maulafa", "kecamatan"),
    (3, 2, "Sekretariat Kecamatan", "sekretariat"),
    (4, 3, "Subbagian Umum", "subbagian"),
    (5, 1, "Kecamatan Alak", "kecamatan"),
    (6, 5, "Sekretariat Kecamatan", "sekretariat"),
]


def test_two_kecamatan_each_unit_names_its_kecamatan() -> None:
    nama = nama_dengan_kecamatan(UNITS_KABUPATEN)
    assert nama[3] == "Sekretariat Kecamatan — Kecamatan Maulafa"
    assert nama[4] == "Subbagian Umum — Kecamatan Maulafa"  # deeper units too
    assert nama[6] == "Sekretariat Kecamatan — Kecamatan Alak"  # the same name, told apart
    assert nama[2] == "Kecamatan Maulafa" and nama[1] == "Pemerintah Kabupaten Kupang"


def test_one_kecamatan_keeps_its_names() -> None:
    kantor = [(2, None, "Kecamatan Maulafa", "kecamatan"), (3, 2, "Sekretariat Kecamatan", "sekretariat"),
              (4, 3, "Subbagian Umum", "subbagian")]
    assert nama_dengan_kecamatan(kantor) == {2: "Kecamatan Maulafa", 3: "Sekretariat Kecamatan", 4: "Subbagian Umum"}


def test_offices_without_kecamatan_kind_are_told_apart_by_their_top_unit() -> None:
    units = [(1, None, "Kantor A", "lainnya"), (2, 1, "Seksi X", "seksi"),
             (3, None, "Kantor B", "lainnya"), (4, 3, "Seksi X", "seksi")]
    nama = nama_dengan_kecamatan(units)
    assert nama[2] == "Seksi X — Kantor A" and nama[4] == "Seksi X — Kantor B"
