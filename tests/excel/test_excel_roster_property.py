"""One generated roster, rendered in the layouts real offices send, reads back the same.

Flat table, group headings with unmerged sub-headers, the classic two-row DUK (No merged,
NIP and TMTs on the second row), two tables stacked on one sheet with different column
orders, a table far below a cover block, two NIP columns (old 9-digit and 18-digit), and
cells stacking two values ("Nama⏎NIP", "GR / TMT"):
each must give the same employees with the same values.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from excel_helpers import make_workbook
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asn_desktop.excel.roster import parse_roster

TODAY = date(2026, 6, 1)
FIELDS = ("nip", "nama", "gelar_belakang", "golongan", "tmt_golongan", "nama_jabatan", "tmt_jabatan",
          "tempat_lahir", "tanggal_lahir")
_WORDS = ("Budi", "Santoso", "Ani", "Lestari", "Yohanes", "Benu", "Maria", "Tefa", "Markus", "Ndun", "Rina")


def _d(x: date) -> str:
    return x.strftime("%d-%m-%Y")


@st.composite
def employee(draw: Any, i: int) -> dict[str, Any]:
    lahir = draw(st.dates(date(1966, 1, 1), date(1998, 12, 28)))
    cpns_year = draw(st.integers(lahir.year + 20, 2024))
    cpns_month = draw(st.integers(1, 12))
    gender = draw(st.sampled_from("12"))
    nip = f"{lahir:%Y%m%d}{cpns_year}{cpns_month:02d}{gender}{i + 1:03d}"
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=3))
    tmt_gol = draw(st.dates(date(cpns_year, 1, 1), date(2025, 12, 31)))
    tmt_jab = draw(st.dates(date(cpns_year, 1, 1), date(2025, 12, 31)))
    return {
        "nip": nip, "nip_lama": f"{130000000 + i}", "nama": " ".join(words),
        "gelar_belakang": draw(st.sampled_from([None, "S.Sos", "S.E.", "M.Si"])),
        "golongan": draw(st.sampled_from(["II/c", "III/a", "III/b", "IV/a"])), "tmt_golongan": tmt_gol,
        "nama_jabatan": draw(st.sampled_from(["Pengelola Keuangan", "Kepala Seksi Pemerintahan", "Camat"])),
        "tmt_jabatan": tmt_jab, "tempat_lahir": draw(st.sampled_from(["Kupang", "SoE", "ATAMBUA"])),
        "tanggal_lahir": lahir,
    }


roster = st.integers(1, 5).flatmap(lambda n: st.tuples(*[employee(i) for i in range(n)]))


def _full(e: dict[str, Any]) -> str:
    return e["nama"] + (f", {e['gelar_belakang']}" if e["gelar_belakang"] else "")


def flat(es: list[dict[str, Any]]) -> tuple[list[list[Any]], list[str]]:
    rows = [["No", "NIP", "Nama", "Tempat Lahir", "Tgl Lahir", "Gol", "TMT Gol", "Jabatan", "TMT Jabatan"]]
    for i, e in enumerate(es):
        rows.append([i + 1, e["nip"], _full(e), e["tempat_lahir"], e["tanggal_lahir"], e["golongan"],
                     e["tmt_golongan"], e["nama_jabatan"], _d(e["tmt_jabatan"])])
    return rows, []


def grouped(es: list[dict[str, Any]]) -> tuple[list[list[Any]], list[str]]:
    rows: list[list[Any]] = [
        ["Satuan Kerja : Semua ›"],
        ["No", "NIP", "Nama", "Tempat Lahir", "Tanggal Lahir", "PANGKAT", None, "JABATAN", None],
        [None, None, None, None, None, "Gol. Ruang", "TMT", "Nama Jabatan", "TMT"],
    ]
    for i, e in enumerate(es):
        rows.append([i + 1, e["nip"], _full(e), e["tempat_lahir"], _d(e["tanggal_lahir"]), e["golongan"],
                     _d(e["tmt_golongan"]), e["nama_jabatan"], _d(e["tmt_jabatan"])])
    return rows, []


def two_row_duk(es: list[dict[str, Any]]) -> tuple[list[list[Any]], list[str]]:
    rows: list[list[Any]] = [
        ["DAFTAR URUT KEPANGKATAN"],
        ["NO", "NAMA", "PANGKAT", "JABATAN", "TEMPAT, TGL LAHIR"],
        [None, "NIP", "TMT", "TMT", None],
    ]
    merges = []
    for i, e in enumerate(es):
        r = len(rows) + 1
        rows.append([i + 1, _full(e), e["golongan"], e["nama_jabatan"],
                     f"{e['tempat_lahir']}, {e['tanggal_lahir']:%d %b %Y}"])
        rows.append([None, f"{e['nip'][:8]} {e['nip'][8:14]} {e['nip'][14]} {e['nip'][15:]}",
                     f"{e['tmt_golongan']:%d %b %Y}", _d(e["tmt_jabatan"]), None])
        merges.append(f"A{r}:A{r + 1}")
    return rows, merges


def stacked_tables(es: list[dict[str, Any]]) -> tuple[list[list[Any]], list[str]]:
    half = (len(es) + 1) // 2
    rows, _ = flat(es[:half])
    rows = [["UNIT: SEKRETARIAT"], *rows, [], ["UNIT: SEKSI PEMERINTAHAN"],
            ["No", "Nama", "NIP", "Gol / Rg", "Tanggal TMT Pangkat", "Jabatan", "Tanggal TMT Jabatan",
             "tmp_lhr_pegawai", "Tgl Lahir"]]
    for i, e in enumerate(es[half:]):
        rows.append([i + 1, _full(e), e["nip"], e["golongan"], _d(e["tmt_golongan"]), e["nama_jabatan"],
                     _d(e["tmt_jabatan"]), e["tempat_lahir"], _d(e["tanggal_lahir"])])
    return rows, []


def far_down(es: list[dict[str, Any]]) -> tuple[list[list[Any]], list[str]]:
    rows, _ = flat(es)
    return [[f"Keterangan pengantar {i}"] for i in range(1, 60)] + rows, []


def two_nips(es: list[dict[str, Any]]) -> tuple[list[list[Any]], list[str]]:
    rows, _ = flat(es)
    rows[0].insert(1, "NIP")
    rows[0][2] = "NIP Baru"
    for e, row in zip(es, rows[1:]):
        row.insert(1, e["nip_lama"])
    return rows, []


def stacked_cells(es: list[dict[str, Any]]) -> tuple[list[list[Any]], list[str]]:
    rows: list[list[Any]] = [["No", "Nama / NIP", "GR / TMT", "Jabatan / TMT", "Tempat, Tgl Lahir"]]
    for i, e in enumerate(es):
        rows.append([i + 1, f"{_full(e)}\nNIP. {e['nip']}", f"{e['golongan']}\n{e['tmt_golongan']:%d %b %Y}",
                     f"{e['nama_jabatan']}\n{_d(e['tmt_jabatan'])}", f"{e['tempat_lahir']}, {_d(e['tanggal_lahir'])}"])
    return rows, []


LAYOUTS = (flat, grouped, two_row_duk, stacked_tables, far_down, two_nips, stacked_cells)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(roster)
def test_one_roster_in_every_layout_reads_the_same(es: tuple[dict[str, Any], ...]) -> None:
    es = list(es)
    expected = {e["nip"]: {f: e[f] for f in FIELDS if e[f] is not None} for e in es}
    with tempfile.TemporaryDirectory() as tmp:
        for render in LAYOUTS:
            rows, merges = render(es)
            path = make_workbook(Path(tmp) / f"{render.__name__}.xlsx", {"Data": rows}, merges={"Data": merges})
            res = parse_roster(path, today=TODAY)
            problems = [(r.row, p.column, p.message) for r in res.records for p in r.errors]
            assert not problems, (render.__name__, problems)
            got = {r.values["nip"]: {f: r.values[f] for f in FIELDS if r.values.get(f) is not None}
                   for r in res.records}
            assert got == expected, render.__name__
            if render is two_nips:
                assert {r.values["nip_lama"] for r in res.records} == {e["nip_lama"] for e in es}
