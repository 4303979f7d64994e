"""Evaluation periods (PermenPANRB 6/2022 Pasal 31)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from asn_desktop.domain.enums import JenisPeriode, SkemaPeriode
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.periode import NOMOR_TAHUNAN, PeriodeDef, bulan_periode, periode_defs


def _check_contiguous(periodik: list[PeriodeDef], tahun: int) -> None:
    assert periodik[0].mulai == date(tahun, 1, 1)
    assert periodik[-1].selesai == date(tahun, 12, 31)
    for a, b in itertools.pairwise(periodik):
        assert b.mulai == a.selesai + timedelta(days=1)


@pytest.mark.parametrize(
    "skema,names,months",
    [
        (
            SkemaPeriode.BULANAN,
            ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember"],
            1,
        ),
        (SkemaPeriode.TRIWULANAN, ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"], 3),
        (SkemaPeriode.SEMESTERAN, ["Semester I", "Semester II"], 6),
    ],
)
def test_periode_defs(skema: SkemaPeriode, names: list[str], months: int) -> None:
    defs = periode_defs(2026, skema)
    periodik, tahunan = defs[:-1], defs[-1]
    assert [p.nama for p in periodik] == names
    assert [p.nomor for p in periodik] == list(range(1, len(names) + 1))
    assert all(p.jenis is JenisPeriode.PERIODIK for p in periodik)
    assert all(bulan_periode(p) == months for p in periodik)
    _check_contiguous(periodik, 2026)
    assert tahunan == PeriodeDef(
        NOMOR_TAHUNAN, "Tahunan", JenisPeriode.TAHUNAN, date(2026, 1, 1), date(2026, 12, 31)
    )
    assert tahunan.nomor == 0
    assert bulan_periode(tahunan) == 12
    assert tahunan.label == "Tahunan 2026"


def test_leap_year_february_and_quarter_ends() -> None:
    feb = periode_defs(2024, SkemaPeriode.BULANAN)[1]
    assert (feb.mulai, feb.selesai) == (date(2024, 2, 1), date(2024, 2, 29))
    tw = periode_defs(2025, SkemaPeriode.TRIWULANAN)
    assert [p.selesai for p in tw[:4]] == [
        date(2025, 3, 31), date(2025, 6, 30), date(2025, 9, 30), date(2025, 12, 31)
    ]
    assert tw[1].label == "Triwulan II 2025"


def test_accepts_stored_code() -> None:
    assert len(periode_defs(2026, "semesteran")) == 3  # type: ignore[arg-type]


@pytest.mark.parametrize("tahun", [1999, 2101, "2026", True])
def test_bad_year(tahun: object) -> None:
    with pytest.raises(DomainError, match="Tahun penilaian"):
        periode_defs(tahun, SkemaPeriode.BULANAN)  # type: ignore[arg-type]
