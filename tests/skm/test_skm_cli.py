"""`asn-desktop skm hitung`: real workbooks written here, read back by the command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from asn_desktop.cli import main
from test_skm_domain import CONTOH

KODE = [f"U{i}" for i in range(1, 10)]


def write(path: Path, rows: list[list[Any]], *, title: str | None = "SURVEI KEPUASAN MASYARAKAT",
          sheet: str = "Jawaban", extra_sheet_first: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    if extra_sheet_first:
        ws.title = "Petunjuk"
        ws.append(["Isi lembar Jawaban"])
        ws = wb.create_sheet(sheet)
    else:
        ws.title = sheet
    if title:
        ws.append([title])
        ws.append([])
    ws.append(["No", "Jenis kelamin", *KODE, "Saran"])
    for i, r in enumerate(rows, 1):
        ws.append([i, "L", *r, ""])
    ws.append([])
    ws.append(["", "Camat Contoh"])
    wb.save(path)
    return path


def test_prints_nrr_ikm_konversi_mutu(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path / "skm.xlsx", CONTOH)
    assert main(["skm", "hitung", str(f)]) == 0
    out = capsys.readouterr().out
    assert "10 responden" in out
    assert "IKM (skala 1–4): 3,1556" in out
    assert "Nilai konversi (IKM × 25): 78,89" in out
    assert "Mutu pelayanan: B (kinerja unit: Baik)" in out
    u3 = next(line for line in out.splitlines() if line.startswith("U3 "))
    assert "2,8000" in u3 and "terlemah" in u3


def test_json_and_answer_texts_and_empty_cells(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = {4: "Sangat Baik", 3: "Baik", 2: "Kurang Baik", 1: "Tidak Baik"}
    rows: list[list[Any]] = [[texts[v] for v in r] for r in CONTOH]
    rows[0][3] = None  # not answered: respondent 1 leaves U4 only
    f = write(tmp_path / "teks.xlsx", rows, title=None)
    assert main(["skm", "hitung", str(f), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["lembar"] == "Jawaban" and data["responden"] == 10
    u4 = data["unsur"][3]
    assert (u4["jumlah_responden"], u4["nrr"]) == (9, 4.0)
    assert data["ikm"] == 3.1556 and data["konversi"] == 78.89 and data["mutu"] == "B"
    assert data["masalah"] == []


def test_bad_cells_named_by_sheet_row_column_and_exit_4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows: list[list[Any]] = [list(r) for r in CONTOH]
    rows[2][4] = 5
    rows[5][0] = "Lumayan"
    f = write(tmp_path / "salah.xlsx", rows)
    assert main(["skm", "hitung", str(f)]) == 4
    err = capsys.readouterr().err
    # title, blank, header → data start on row 4; third respondent is row 6, U5 is column G.
    assert "Jawaban baris 6, kolom G (U5) [5]: Jawaban \"5\" tidak dikenal: seharusnya angka 1–4" in err
    assert "Jawaban baris 9, kolom C (U1) [Lumayan]" in err


def test_sheet_option_and_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path / "dua.xlsx", CONTOH, extra_sheet_first=True, sheet="Data SKM")
    assert main(["skm", "hitung", str(f)]) == 0  # the first sheet has no table: the second is found
    assert "lembar \"Data SKM\"" in capsys.readouterr().out
    assert main(["skm", "hitung", str(f), "--sheet", "Petunjuk"]) == 1
    assert "U1, U2, … U9" in capsys.readouterr().err
    assert main(["skm", "hitung", str(f), "--sheet", "Tidak Ada"]) == 1
    assert "Lembar \"Tidak Ada\" tidak ada" in capsys.readouterr().err


def test_unreadable_inputs_fail_with_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["skm", "hitung", str(tmp_path / "hilang.xlsx")]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    junk = tmp_path / "bukan.xlsx"
    junk.write_text("ini bukan excel")
    assert main(["skm", "hitung", str(junk)]) == 1
    assert "Gagal:" in capsys.readouterr().err
    nobody = write(tmp_path / "kosong.xlsx", [[None] * 8 + [3]])
    assert main(["skm", "hitung", str(nobody)]) == 1
    assert "IKM tidak dapat dihitung" in capsys.readouterr().err


def test_population_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path / "skm.xlsx", CONTOH)
    assert main(["skm", "hitung", str(f), "--populasi", "150"]) == 0
    assert "sampel minimum 108" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["skm", "hitung"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert "skm" in capsys.readouterr().out
