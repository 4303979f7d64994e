"""Indonesian number and target printing shared by the SKP and the Dokumen Evaluasi."""

from __future__ import annotations

import pytest

from asn_desktop.domain.angka import format_angka, format_target


@pytest.mark.parametrize(
    ("x", "desimal", "expected"),
    [(None, 3, ""), (12, 3, "12"), (12.5, 3, "12,5"), (1500, 3, "1.500"), (1234567.25, 3, "1.234.567,25"),
     (4.688, 3, "4,688"), (4.688, 2, "4,69"), (0.126, 2, "0,13"), (-3.5, 3, "-3,5")],
)
def test_format_angka(x: float | None, desimal: int, expected: str) -> None:
    assert format_angka(x, desimal) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((12, None, "dokumen", None), "12 dokumen"),
        ((1, 2, "hari kerja", None), "1 – 2 hari kerja"),
        ((90, 90, "%", None), "90 %"),
        ((1500, None, "surat", None), "1.500 surat"),
        ((None, 100, "%", None), "100 %"),  # only a maximum
        ((None, None, None, "Laporan diterima tanpa revisi"), "Laporan diterima tanpa revisi"),
        ((None, None, "dokumen", None), ""),
        ((12.345, None, "indeks", None), "12,35 indeks"),
    ],
)
def test_format_target(args: tuple, expected: str) -> None:
    assert format_target(*args) == expected


def test_kualitatif_target_prints_the_description_even_with_numbers() -> None:
    assert format_target(5, None, "dokumen", "Dokumen lengkap", kualitatif=True) == "Dokumen lengkap"
