"""Importing SKM responses as online forms export them: question headers, answer texts, mapping preview."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from asn_desktop.excel import ExcelError
from asn_desktop.excel.skm import pratinjau_jawaban, tebak_kolom, terapkan_pemetaan
from asn_desktop.services import skm
from asn_desktop.services.context import AppContext

KODE = [f"U{i}" for i in range(1, 10)]
QUESTIONS = [
    "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan "
    "dengan hasil yang diberikan?",
    "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
    "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
    "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
    "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
]
HEADER = ["Timestamp", "Jenis Kelamin", "Usia", "Pendidikan Terakhir", "Pekerjaan", *QUESTIONS,
          "Kritik dan saran untuk kami"]
ANSWERS = {
    "U1": ["Sangat sesuai", "Sesuai", "Kurang sesuai"],
    "U2": ["Mudah", "Sangat mudah", "Mudah"],
    "U3": ["Cepat", "Kurang cepat", "Cepat"],
    "U4": ["Gratis", "Gratis", "Murah"],
    "U5": ["Sesuai", "Sesuai", "Sangat sesuai"],
    "U6": ["Kompeten", "Sangat kompeten", "Kompeten"],
    "U7": ["Sopan dan ramah", "Sangat sopan dan ramah", "Sopan dan ramah"],
    "U8": ["Dikelola dengan baik", "Berfungsi kurang maksimal", ""],
    "U9": ["Baik", "Cukup", "Sangat Baik"],
}


def form_export(path: Path, bad: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Form Responses 1"
    ws.append(HEADER)
    profiles = [("Laki-laki", 34, "SMA", "Wirausaha", "Antrean perlu nomor"), ("Perempuan", 27, "D4/S1", "Swasta", ""),
                ("Perempuan", "2x" if bad else 45, "SMP", "Lainnya", "Ruang tunggu panas")]
    for i, (jk, umur, pend, pek, saran) in enumerate(profiles):
        ws.append([datetime(2026, 3, 2 + i, 9, 15), jk, umur, pend, pek, *[ANSWERS[k][i] for k in KODE], saran])
    wb.save(path)
    return path


def test_headers_are_guessed_from_the_question_texts(tmp_path: Path) -> None:
    p = pratinjau_jawaban(form_export(tmp_path / "form.xlsx"))
    assert [k.tebakan for k in p.kolom] == ["tanggal", "jenis_kelamin", "umur", "pendidikan", "pekerjaan", *KODE,
                                          "saran"]
    assert p.kolom[5].contoh[:2] == ["Sangat sesuai", "Sesuai"]
    assert len(p.kolom) == 15 and tebak_kolom("U 4") == "U4" and tebak_kolom("No.") == "nomor"


def test_mapping_reads_answer_texts_and_rejects_whole_rows(tmp_path: Path) -> None:
    p = pratinjau_jawaban(form_export(tmp_path / "form.xlsx", bad=True))
    rows = terapkan_pemetaan(p, p.pemetaan_awal(), KODE)
    assert len(rows) == 3
    assert rows[0].jawaban == {"U1": 4, "U2": 3, "U3": 3, "U4": 4, "U5": 3, "U6": 3, "U7": 3, "U8": 4, "U9": 3}
    assert rows[0].profil["jenis_kelamin"] == "L" and rows[0].profil["tanggal"] == date(2026, 3, 2)
    assert rows[2].jawaban["U8"] is None  # empty: not answered
    assert [m.teks() for m in rows[2].masalah] == [
        "Form Responses 1 baris 4, kolom C (Usia) [2x]: Umur \"2x\" tidak valid: seharusnya bilangan bulat 10–120 "
        "(tahun)."]


def test_import_stores_accepted_rows_only(tmp_path: Path, ctx: AppContext) -> None:
    sv = skm.buat_survei(ctx, "KTP", "Triwulan I 2026", date(2026, 1, 1), date(2026, 3, 31))
    skm.simpan_responden(ctx, sv.id, [skm.RespondenInput(7, {"U1": 3})])
    p = pratinjau_jawaban(form_export(tmp_path / "form.xlsx", bad=True))
    res = skm.impor_responden(ctx, sv.id, terapkan_pemetaan(p, p.pemetaan_awal(), sv.kode_unsur))
    assert (res.baru, res.jumlah) == (2, 3)
    saved = skm.daftar_responden(ctx, sv.id)
    assert [r.nomor for r in saved] == [7, 8, 9] and saved[1].saran == "Antrean perlu nomor"


def test_csv_with_semicolons(tmp_path: Path) -> None:
    f = tmp_path / "jawaban.csv"
    f.write_text("No;JK;U1;U2;U3;U4;U5;U6;U7;U8;U9\n1;P;4;3;3;4;3;3;4;3;3\n2;L;Baik;3;;4;3;3;4;3;3\n",
                 encoding="utf-8-sig")
    p = pratinjau_jawaban(f)
    rows = terapkan_pemetaan(p, p.pemetaan_awal(), KODE)
    assert [r.nomor for r in rows] == [1, 2] and rows[1].jawaban["U1"] == 3 and rows[1].jawaban["U3"] is None


def test_unusable_files(tmp_path: Path) -> None:
    with pytest.raises(ExcelError, match="tidak ditemukan"):
        pratinjau_jawaban(tmp_path / "x.xlsx")
    f = tmp_path / "kosong.csv"
    f.write_text("hanya satu kolom\n")
    with pytest.raises(ExcelError, match="Tabel jawaban tidak ditemukan"):
        pratinjau_jawaban(f)
