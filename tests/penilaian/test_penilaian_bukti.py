"""Evidence files copied into the data dir with sha256; links validated."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from penilaian_helpers import Kantor

from asn_desktop.domain.enums import JenisBukti, Role
from asn_desktop.services import evaluasi as ev
from asn_desktop.services.evaluasi import bukti_dukung
from asn_desktop.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError


def _setup(kantor_kecil: Kantor) -> tuple[int, int]:
    skp_id = kantor_kecil.skp[kantor_kecil.staf[0]]
    return ev.ensure_evaluasi(kantor_kecil.ctx, skp_id, kantor_kecil.tw1), kantor_kecil.indikator[skp_id][0]


def test_file_is_copied_with_sha256_and_original_name(kantor_kecil: Kantor, tmp_path: Path) -> None:
    eid, ind = _setup(kantor_kecil)
    src = tmp_path / "Laporan Bulanan Januari.PDF"
    data = b"%PDF-1.4 laporan " * 1000
    src.write_bytes(data)
    pegawai = kantor_kecil.as_role(Role.PEGAWAI, kantor_kecil.staf[0], "peg")
    b = ev.add_bukti_file(pegawai, eid, ind, src, "Laporan TW I")
    sha = hashlib.sha256(data).hexdigest()
    assert b.sha256 == sha and b.nama == "Laporan Bulanan Januari.PDF" and b.ukuran == len(data)
    assert b.path_relatif == f"bukti/2026/{sha[:2]}/{sha}.pdf"
    stored = kantor_kecil.ctx.db.path.parent / b.path_relatif
    assert stored.read_bytes() == data
    assert ev.bukti_path(pegawai, b.id, periksa=True) == stored
    src.unlink()  # the copy does not depend on the original
    assert stored.exists()
    d = ev.get_evaluasi(pegawai, eid)
    assert [x.nama for i in d.indikator() for x in i.bukti] == ["Laporan Bulanan Januari.PDF"]
    # the same content twice: two records, one copy; deleting one keeps the file
    src.write_bytes(data)
    b2 = ev.add_bukti_file(pegawai, eid, ind, src)
    ev.delete_bukti(pegawai, b.id)
    assert stored.exists()
    ev.delete_bukti(pegawai, b2.id)
    assert not stored.exists()


def test_tampered_file_is_detected(kantor_kecil: Kantor, tmp_path: Path) -> None:
    eid, ind = _setup(kantor_kecil)
    src = tmp_path / "foto.jpg"
    src.write_bytes(b"\xff\xd8 foto")
    b = ev.add_bukti_file(kantor_kecil.ctx, eid, ind, src)
    (kantor_kecil.ctx.db.path.parent / b.path_relatif).write_bytes(b"lain")
    with pytest.raises(ServiceError, match="sha256"):
        ev.bukti_path(kantor_kecil.ctx, b.id, periksa=True)


def test_bad_files_are_refused(kantor_kecil: Kantor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    eid, ind = _setup(kantor_kecil)
    with pytest.raises(NotFound):
        ev.add_bukti_file(kantor_kecil.ctx, eid, ind, tmp_path / "tidak-ada.pdf")
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="kosong"):
        ev.add_bukti_file(kantor_kecil.ctx, eid, ind, empty)
    with pytest.raises(ValidationError, match="bukan berkas"):
        ev.add_bukti_file(kantor_kecil.ctx, eid, ind, tmp_path)
    big = tmp_path / "besar.bin"
    big.write_bytes(b"x" * 2048)
    monkeypatch.setattr(bukti_dukung, "MAKS_UKURAN_BUKTI", 1024)  # where the check reads it
    with pytest.raises(ValidationError, match="terlalu besar"):
        ev.add_bukti_file(kantor_kecil.ctx, eid, ind, big)
    other = kantor_kecil.as_role(Role.PEGAWAI, kantor_kecil.staf[1], "lain")
    ok = tmp_path / "ok.pdf"
    ok.write_bytes(b"isi")
    with pytest.raises(PermissionDenied):
        ev.add_bukti_file(other, eid, ind, ok)
    assert all(not i.bukti for i in ev.get_evaluasi(kantor_kecil.ctx, eid).indikator())


def test_links(kantor_kecil: Kantor) -> None:
    eid, ind = _setup(kantor_kecil)
    b = ev.add_bukti_tautan(kantor_kecil.ctx, eid, ind, " https://drive.example.go.id/laporan-tw1 ", "Folder bersama")
    assert b.jenis is JenisBukti.TAUTAN and b.url == "https://drive.example.go.id/laporan-tw1"
    for bad in ("", "laporan saya", "javascript:alert(1)", "https://" + "x" * 3000):
        with pytest.raises(ValidationError):
            ev.add_bukti_tautan(kantor_kecil.ctx, eid, ind, bad)
    with pytest.raises(ServiceError, match="tautan"):
        ev.bukti_path(kantor_kecil.ctx, b.id)
