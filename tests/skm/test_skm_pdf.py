"""The printed Laporan SKM: sections, figures and the Camat's signature, read back from the PDF."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from asn_desktop.domain.enums import Role
from asn_desktop.services import skm
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.services.errors import PermissionDenied
from test_skm_domain import CONTOH


def test_laporan_skm_pdf(demo_ctx: AppContext, tmp_path: Path) -> None:
    sv = skm.buat_survei(demo_ctx, "Surat keterangan", "Semester I 2026", date(2026, 1, 1), date(2026, 6, 30),
                         populasi=100)
    skm.simpan_responden(demo_ctx, sv.id, [
        skm.RespondenInput(i, {f"U{k + 1}": v for k, v in enumerate(r)}, "LP"[i % 2], 20 + 3 * i, "SMA", "Swasta",
                           "Ruang tunggu perlu kipas angin." if i == 4 else None)
        for i, r in enumerate(CONTOH, 1)])
    out = tmp_path / "laporan_skm.pdf"
    skm.cetak_laporan_skm(demo_ctx, sv.id, out, tanggal=date(2026, 7, 3))
    assert out.read_bytes().startswith(b"%PDF")
    with pytest.raises(PermissionDenied):
        skm.cetak_laporan_skm(demo_ctx.as_actor(Actor(9, "loket", Role.OPERATOR)), sv.id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    for expected in ("LAPORAN SURVEI KEPUASAN MASYARAKAT", "A. RESPONDEN", "sampel minimum", "BELUM TERPENUHI",
                     "B. NILAI PER UNSUR PELAYANAN", "3,1556", "78,89", "Baik", "D. UNSUR TERLEMAH",
                     "U3 Waktu penyelesaian: NRR 2,8000", "Ruang tunggu perlu kipas angin.", "Camat",
                     "3 Juli 2026"):
        assert expected in text, expected
    shots = os.environ.get("H14_SHOTS")
    if shots and shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(out), str(Path(shots) / "laporan_skm")], check=True)
