"""The column-wise roster reading gives exactly what reading row by row gives.

``_RowParser.parse_rows`` builds the rows whose every cell is accepted from checked columns
and hands every other row to ``_RowParser.parse``. Whatever the mix, the records must be the
same: values and derived values (in the same key order: the audit stores them as written),
problems with their wording, column and order. Also the NIP fast path against ``parse_nip``
and the footer test's quick look at the first letters against its regular expression.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from excel_helpers import make_workbook

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.nip import NipKind, nip_warnings, parse_nip, plain_nip_column, plain_nip_fields
from asn_desktop.excel import reader
from asn_desktop.excel.reader import SkippedRows, Workbook, detect_layout, find_tables, iter_data_rows
from asn_desktop.excel.roster import _RowParser, parse_roster

TODAY = date(2026, 6, 1)

LAYOUTS: dict[str, list[str]] = {
    "siasn": ["nip_baru", "nama", "gelar_depan", "gelar_belakang", "tgl_lahir", "jenis_kelamin", "gol_ruang_akhir",
              "tmt_gol_akhir", "jabatan_nama", "unor_nama"],
    "kantor": ["NIP", "NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "GOL", "TMT GOL", "JABATAN", "UNIT KERJA", "TMT CPNS",
               "KELAS JABATAN", "EMAIL", "NO HP", "AGAMA", "NIK", "ESELON", "JENIS JABATAN"],
    "status": ["NIP", "NAMA", "STATUS KEPEGAWAIAN", "STATUS", "TANGGAL LAHIR", "JENIS KELAMIN", "GOLONGAN",
               "TMT GOLONGAN", "JABATAN", "ESELON", "JENJANG", "JENIS JABATAN", "UNIT KERJA", "TMT CPNS"],
    "pangkat": ["NIP", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TEMPAT LAHIR", "TANGGAL LAHIR", "PANGKAT",
                "GOL. RUANG", "TMT GOL", "JABATAN", "UNIT KERJA"],
}


def _cell(rnd: random.Random, head: str, i: int, nip: str, born: date, gender: str, tmt: tuple[int, int] | None,
          odd: float) -> Any:
    """A clean value, or (with chance ``odd``) one of the things offices really send."""
    def pick(options: list[Any], clean: Any) -> Any:
        return rnd.choice(options) if rnd.random() < odd else clean

    u = head.upper()
    if u.startswith("NIP"):
        return pick([nip[:-1], float(nip), f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}", "'" + nip,
                     nip[:14] + "3" + nip[15:], "2099" + nip[4:], "", "   ", nip[:9], "1.98E+17", None], nip)
    if u == "NAMA":
        return pick(["Ñoño Pérez", "BUDI SANTOSO, S.Sos", "Drs. Markus Ndun, M.Si", "Rina Lestari SH", "  Budi  Santoso ",
                     "123", "", "Dominggus Ndun\nNIP. 19930925 201901 1 004", "Ana\u00a0Benu", "Andi Ilham,",
                     "Mengetahui"], f"Pegawai {chr(65 + i % 26)}{chr(97 + (i * 7) % 26)} O'Neil-Ndun")
    if u in ("GELAR_DEPAN", "GELAR DEPAN"):
        return pick(["", None, " dr. ", "Ir."], "Drs.")
    if u in ("GELAR_BELAKANG", "GELAR BELAKANG"):
        return pick(["", None, "S.E., M.M.", " S.H "], "M.Si")
    if u == "TEMPAT LAHIR":
        return pick(["", None, "  SoE "], "Kupang")
    if "LAHIR" in u:
        return pick([born.strftime("%d-%m-%Y"), datetime(born.year, born.month, born.day), born, "31-02-2020",
                     "2099-01-01", born.strftime("%d-%m-%y"), "", None, 30000.0, "1985-13-01"], born.isoformat())
    if "KELAMIN" in u:
        return pick(["Laki-laki", "Perempuan", "X", "", None], "L" if gender == "1" else "P")
    if u in ("GOL_RUANG_AKHIR", "GOL", "GOLONGAN", "GOL. RUANG"):
        return pick(["Penata Muda, III/a", "3a", "X/z", "", "IX", None, 3.0], rnd.choice(["III/a", "IV/a"]) if tmt else "IX")
    if u == "PANGKAT":
        return pick(["Penata", "Pembina", ""], None)
    if u == "TMT CPNS" and tmt is not None:
        return pick(["01-01-1990", "", None], f"01-{tmt[1]:02d}-{tmt[0]}")
    if "TMT" in u:
        return pick(["01-01-1950", datetime(born.year + 30, 3, 1), "", "1-1-20"], f"01-04-{born.year + 30}")
    if u in ("JABATAN_NAMA", "JABATAN"):
        return pick(["", None, "Operator", "Pranata Komputer Terampil"],
                    rnd.choice(["Pengelola Keuangan", "Analis Kebijakan Ahli Muda", "Camat Maulafa", "Lurah Naikolan"]))
    if u in ("UNOR_NAMA", "UNIT KERJA"):
        return pick(["", None, "Seksi Pemerintahan"], "Kecamatan Maulafa")
    if u == "STATUS KEPEGAWAIAN":
        return pick(["CPNS", "PPPK", "Honorer", "", None], "PNS" if tmt else "PPPK")
    if u == "STATUS":
        return pick(["Pensiun", "PNS", "Cuti", "", None], "Aktif")
    if u == "JENIS JABATAN":
        return pick(["Struktural", "Fungsional Tertentu", "JFT", "Lain", "", None], "Pelaksana")
    if u == "ESELON":
        return pick(["III.a", "IVb", "Non Eselon", "XII", 4], None)
    if u == "JENJANG":
        return pick(["Ahli Muda", "Terampil", "Senior"], None)
    if u == "KELAS JABATAN":
        return pick([8, "8 (80%)", "x", 20], "8")
    if u == "EMAIL":
        return pick(["bad", None], "a@b.id")
    if u == "NO HP":
        return pick([81234567.0, None], "0812")
    if u == "AGAMA":
        return pick(["Katholik", "X", None], "Islam")
    if u == "NIK":
        return pick(["123", 5371010101800001.0, None], "5371010101800001")
    return None


def _roster(path: Path, layout: str, seed: int, odd: float, rows: int = 150) -> Path:
    rnd = random.Random(seed)
    heads = LAYOUTS[layout]
    data: list[list[Any]] = [heads]
    for i in range(rows):
        if data[1:] and rnd.random() < odd / 2:
            data.append(list(rnd.choice(data[1:])))  # the same employee again (same or changed)
            if rnd.random() < 0.5:
                data[-1][-1] = "Kelurahan Lain"
            continue
        y, m, d = rnd.randint(1962, 2000), rnd.randint(1, 12), rnd.randint(1, 28)
        gender = rnd.choice("12")
        if rnd.random() < 0.15:
            nip, tmt = f"{y}{m:02d}{d:02d}{min(y + 25, 2025)}21{gender}{i + 1:03d}", None
        else:
            tmt = (min(y + rnd.randint(18, 30), 2025), rnd.randint(1, 12))
            nip = f"{y}{m:02d}{d:02d}{tmt[0]}{tmt[1]:02d}{gender}{i + 1:03d}"
        data.append([_cell(rnd, h, i, nip, date(y, m, d), gender, tmt, odd) for h in heads])
    make_workbook(path, {"Data": data})
    return path


def _both(path: Path) -> tuple[list[Any], list[Any], int]:
    """(column-wise records, row-by-row records, rows read row by row by the column-wise pass)."""
    with Workbook(path) as wb:
        sheet = wb.read("Data")
    lay = find_tables(sheet, detect_layout(sheet))[0]
    rows = list(iter_data_rows(sheet, lay, SkippedRows()))
    columnwise = _RowParser("Data", lay, TODAY)
    by_row = columnwise.parse
    fell_back: list[int] = []

    def counted(data: Any) -> Any:
        fell_back.append(data.index)
        return by_row(data)

    columnwise.parse = counted  # type: ignore[method-assign]
    got = columnwise.parse_rows(rows)
    reference = _RowParser("Data", lay, TODAY)
    return got, [reference.parse(r) for r in rows], len(fell_back)


def _shape(r: Any) -> tuple[Any, ...]:
    return (r.sheet, r.row, list(r.values.items()), list(r.derived.items()), [p.as_dict() for p in r.problems])


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("odd", [0.0, 0.03, 0.3])
def test_columnwise_records_equal_row_by_row(tmp_path: Path, layout: str, odd: float) -> None:
    path = _roster(tmp_path / f"{layout}.xlsx", layout, seed=sorted(LAYOUTS).index(layout) * 10 + int(odd * 100), odd=odd)
    got, want, fell_back = _both(path)
    assert [_shape(r) for r in got] == [_shape(r) for r in want]
    if odd == 0.0:
        assert fell_back == 0  # a clean roster is read column by column throughout
    if odd == 0.3:
        assert 0 < fell_back < len(got) or layout == "kantor"


def test_parse_roster_report_unchanged_by_mixture(tmp_path: Path) -> None:
    """Through parse_roster: duplicates (same and different) and the problems of a mixed roster."""
    path = _roster(tmp_path / "r.xlsx", "siasn", seed=7, odd=0.1, rows=300)
    parsed = parse_roster(path, today=TODAY)
    got, want, _ = _both(path)
    assert [_shape(r) for r in parsed.records] != [] and len(parsed.records) == len(want)
    assert {r.nip for r in parsed.records if r.duplicate_of} <= {r.values.get("nip") for r in want}
    assert any(r.problems for r in parsed.records) and any(r.ok and not r.problems for r in parsed.records)


def test_plain_nip_fields_agree_with_parse_nip() -> None:
    rnd = random.Random(18)
    samples = ["198001012005011001", "199704152024211001", "199704152024201001", "198013012005011001",
               "198002302005011001", "193001012005011001", "202701012030011001", "198001011990011001",
               "198001012005131001", "198001012005213001", "198001012005011301", "19800101200501100",
               "１９８００１０１２００５０１１００１", " 198001012005011001", "12345678901234567a"]
    for _ in range(4000):
        y, m, d = rnd.randint(1930, 2030), rnd.randint(0, 13), rnd.randint(0, 32)
        t, tm = rnd.randint(y, y + 40), rnd.choice([rnd.randint(0, 13), 21])
        samples.append(f"{y:04d}{m:02d}{d:02d}{t:04d}{tm:02d}{rnd.randint(0, 3)}{rnd.randint(0, 999):03d}")
    for pppk in (None, True, False):
        column = plain_nip_column(samples, [pppk] * len(samples), TODAY)
        for raw, fast in zip(samples, column):
            assert fast == plain_nip_fields(raw, pppk=pppk, today=TODAY)
            try:
                info = parse_nip(raw, pppk=pppk, today=TODAY)
            except DomainError:
                assert fast is None, raw
                continue
            if fast is None:  # only what parse_nip notes, or a shape it cleans first
                assert (info.kind is NipKind.PPPK and info.digits[12:14] != "21") or info.kind is NipKind.LAMA \
                    or raw != info.digits, raw
                continue
            assert fast == (info.kind is NipKind.PPPK, info.tanggal_lahir, info.tmt_tahun, info.tmt_bulan,
                            info.jenis_kelamin.value), raw
            assert not nip_warnings(info, tanggal_lahir=None, jenis_kelamin=None, tmt_cpns=None)


def test_footer_quick_look_agrees_with_regex() -> None:
    words = ["Mengetahui", "MENYETUJUI", "a.n. Camat", "an. Camat", "Plt. Lurah", "pj Camat", "CAMAT MAULAFA",
             "Kupang, 2 Januari 2026", "NIP. 1972", "nip 1972", "Jumlah", "ttd", "t.t.d", "Wali kota", "walikota",
             "ſekretaris", "Kepala", "Herman Lenggu", "Yohanes", "Ñ", "x", "  Tembusan", "Ä", "İnspektur",
             "Sumber: BKN", "Total", "Yang bertanda", "Penata Muda", "Juru", "Drs. Markus", "\u212aepala Seksi"]
    for w in words:
        s = w.strip()
        slow = bool(reader._FOOTER_START.match(s)) or ("," in s and bool(reader._PLACE_DATE.match(reader.clean_text(s))))
        assert reader.is_footer_text(w) == slow, w
