"""Working time, timeliness and the register figures: pure functions with hand-checked numbers."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from asn_desktop.domain import layanan as dl
from asn_desktop.domain.errors import DomainError

LIBUR = {date(2026, 12, 25)}  # Friday, Christmas


def dt(d: int, h: int, m: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, d, h, m)


def test_working_hours_skip_nights_weekends_and_holidays() -> None:
    assert dl.jam_kerja(dt(7, 9), dt(7, 11, 30), LIBUR) == 2.5  # Monday morning
    assert dl.jam_kerja(dt(7, 15), dt(8, 9), LIBUR) == 2.0  # overnight: 15-16 and 8-9
    assert dl.jam_kerja(dt(4, 15), dt(7, 9), LIBUR) == 2.0  # Friday to Monday: the weekend is not counted
    assert dl.jam_kerja(dt(24, 15), dt(28, 9), LIBUR) == 2.0  # Thursday to Monday over the Christmas holiday
    assert dl.jam_kerja(dt(5, 20), dt(7, 8, 30), LIBUR) == 0.5  # received on Saturday evening
    assert dl.jam_kerja(dt(7, 9), dt(7, 8), LIBUR) == 0.0


def test_deadline_counts_the_promise_in_working_hours() -> None:
    assert dl.batas_waktu(dt(7, 10), dl.janji_jam(1, "hari"), LIBUR) == dt(8, 10)
    assert dl.batas_waktu(dt(24, 14), dl.janji_jam(1, "hari"), LIBUR) == dt(28, 14)
    assert dl.batas_waktu(dt(5, 11), dl.janji_jam(4, "jam"), LIBUR) == dt(7, 12)
    assert dl.batas_waktu(dt(7, 16), 8.0, set()) == dt(8, 16)


def test_statistics_on_time_median_and_nearest_rank_p90() -> None:
    janji = dl.janji_jam(1, "hari")  # 8 working hours
    rows = [dl.Permohonan(dt(7, 8), dt(7, 8 + h), janji) for h in (1, 2, 3, 4, 5, 6, 7)]
    rows += [dl.Permohonan(dt(7, 8), dt(8, 10), janji),  # 10 h: late
             dl.Permohonan(dt(7, 8), None, janji),  # open, past its deadline on the 9th
             dl.Permohonan(dt(9, 8), None, janji)]  # open, not yet due
    st = dl.hitung_statistik_layanan(rows, LIBUR, sekarang=dt(9, 9))
    assert (st.jumlah, st.selesai, st.tepat_waktu, st.terlambat, st.lewat_batas) == (10, 8, 7, 1, 1)
    assert st.persen_tepat_waktu == pytest.approx(700 / 9)  # 7 of the 8 finished + 1 overdue
    assert st.median_jam == 4.5 and st.p90_jam == 10.0
    assert st.median_hari == pytest.approx(4.5 / 8)
    empty = dl.hitung_statistik_layanan([], LIBUR)
    assert (empty.jumlah, empty.persen_tepat_waktu, empty.median_jam, empty.p90_jam) == (0, None, None, None)


def test_percentile_is_a_value_that_occurred() -> None:
    assert dl.persentil([5.0], 90) == 5.0
    assert dl.persentil(list(map(float, range(1, 21))), 90) == 18.0
    assert dl.persentil([3.0, 1.0, 2.0], 90) == 3.0


def test_complaint_figures() -> None:
    rows = [dl.Aduan(dt(7, 9), dt(7, 10), dt(8, 9)),  # response 1 h, resolved 8 h
            dl.Aduan(dt(7, 9), dt(7, 12), None),  # response 3 h
            dl.Aduan(dt(5, 20), None, None)]  # Saturday WhatsApp, not yet answered
    st = dl.hitung_statistik_pengaduan(rows, LIBUR)
    assert (st.jumlah, st.direspon, st.selesai) == (3, 2, 1)
    assert st.rata_respon_jam == 2.0 and st.median_respon_jam == 2.0 and st.p90_respon_jam == 3.0
    assert st.rata_selesai_jam == 8.0


def test_channels_and_typed_date_times() -> None:
    assert dl.parse_saluran("SP4N-LAPOR!") is dl.Saluran.LAPOR
    assert dl.parse_saluran("wa") is dl.Saluran.WHATSAPP
    assert dl.parse_saluran("Tatap muka") is dl.Saluran.LANGSUNG
    with pytest.raises(DomainError, match="SP4N-LAPOR!, WhatsApp"):
        dl.parse_saluran("merpati pos")
    assert dl.parse_waktu_ketikan("07-12-2026 09.15") == dt(7, 9, 15)
    assert dl.parse_waktu_ketikan("7 Des 2026") == dt(7, 8)
    assert dl.parse_waktu_ketikan("071226 14:05", hari_ini=date(2026, 12, 1)) == dt(7, 14, 5)
    with pytest.raises(DomainError, match="jj:mm"):
        dl.parse_waktu_ketikan("07-12-2026 25:00")
    with pytest.raises(DomainError, match="hh-bb-tttt"):
        dl.parse_waktu_ketikan("kemarin")
    assert dl.periksa_urutan([("Diterima", dt(7, 9)), ("Selesai", dt(7, 8))]) == \
        "Selesai tidak boleh sebelum diterima."
