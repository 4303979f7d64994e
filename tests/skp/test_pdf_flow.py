"""Printed forms never cut, overprint or strand text: long texts flow across pages whole,
table headers keep rows under them, signatures stay with the block above them.

The layout reports every piece of text it draws (``record_boxes``), so the checks are made
on what was really put on the page; the PDF's own text (pdftotext) is checked as well.
"""

from __future__ import annotations

import io
import random
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from asn_desktop.domain.berakhlak import BERAKHLAK
from asn_desktop.reports import pdf_common as pc
from asn_desktop.reports.skp_pdf import (
    SkpDokumen,
    SkpIndikatorCetak,
    SkpOrang,
    SkpPerilakuCetak,
    SkpRhkCetak,
    render_skp,
)

WORDS = ("pelayanan administrasi terpadu kecamatan dokumen laporan kependudukan surat arsip desa kelurahan "
         "tepat waktu rapat koordinasi data warga penyaluran bantuan sosial monitoring evaluasi").split()


def _flat(s: str) -> str:
    return " ".join(s.split())


def _text(key: str, length: int, seed: int) -> str:
    """A text of ``length`` characters (words and spaces; at least the key) starting with a unique key."""
    rnd = random.Random(seed)
    out = key
    while len(out) < length:
        out += " " + rnd.choice(WORDS)
    return out[:max(length, len(key))].rstrip()


def _orang(peran: str) -> SkpOrang:
    return SkpOrang(peran, "Maria Ndolu, S.H.", "19860926 201505 2 001", "NIP", "Penata Muda (III/a)",
                    "Analis Kebijakan Ahli Pertama", "Seksi Pemerintahan")


def _doc(rhk: list[SkpRhkCetak], perilaku_teks: str = "-", lampiran: str = "", jpt: bool = False) -> SkpDokumen:
    perilaku = [SkpPerilakuCetak(k, b.nama, list(b.panduan), perilaku_teks if k == 3 else "-")
                for k, b in enumerate(BERAKHLAK, start=1)]
    return SkpDokumen(jpt=jpt, kualitatif=False, instansi="PEMERINTAH KOTA KUPANG", unit_organisasi="Kecamatan",
                      periode="1 JANUARI SD 31 DESEMBER TAHUN 2026", tahun=2026, pegawai=_orang("PEGAWAI YANG DINILAI"),
                      penilai=_orang("PEJABAT PENILAI KINERJA"), rhk=rhk, perilaku=perilaku,
                      lampiran_dukungan=lampiran, tempat_tanggal="Kupang, 2 Januari 2026")


def _render(doc: SkpDokumen, ukuran: str = "A4") -> tuple[bytes, list[pc.DrawnBox]]:
    boxes: list[pc.DrawnBox] = []
    buf = io.BytesIO()
    render_skp(doc, buf, ukuran=ukuran, record_boxes=boxes)
    return buf.getvalue(), boxes


def _pdftotext_pages(pdf: bytes, tmp: Path) -> list[str]:
    path = tmp / "x.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return [_flat(p) for p in out.stdout.decode("utf-8").split("\f")]


def _assert_whole_and_apart(pdf: bytes, boxes: list[pc.DrawnBox], texts: list[str], tmp: Path,
                            ukuran: str = "A4", notes: dict[str, str] | None = None) -> None:
    """``notes``: text printed in the same cell after a text (the JPT RHK cell)."""
    w, h = pc.page_size(ukuran)
    pages = _pdftotext_pages(pdf, tmp)
    for t in texts:
        pieces = [b for b in boxes if b.key == pc.pdf_text(t)]
        assert pieces, f"text {t[:30]!r} not drawn"
        whole = _flat(t + " " + (notes or {}).get(t, ""))
        assert _flat(" ".join(b.text for b in pieces)) == whole, f"text {t[:30]!r} cut or garbled"
        for b in pieces:  # and the PDF itself holds each piece on its page
            assert _flat(b.text) in pages[b.page - 1], f"piece of {t[:30]!r} missing from page {b.page}"
    by_page: dict[int, list[pc.DrawnBox]] = {}
    for b in boxes:
        assert b.y0 >= pc.MARGIN_BOTTOM - 0.5 and b.y1 <= h - pc.MARGIN_TOP + 0.5, f"{b.text[:30]!r} off the frame"
        assert b.x0 >= pc.MARGIN_X - 0.5 and b.x1 <= w - pc.MARGIN_X + 0.5, f"{b.text[:30]!r} off the frame"
        by_page.setdefault(b.page, []).append(b)
    for page, items in by_page.items():
        items.sort(key=lambda b: b.y0)
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                if b.y0 >= a.y1 - 0.01:
                    break
                overlap = min(a.x1, b.x1) - max(a.x0, b.x0) > 0.01 and min(a.y1, b.y1) - max(a.y0, b.y0) > 0.01
                assert not overlap, f"page {page}: {a.text[:30]!r} overprints {b.text[:30]!r}"


@settings(max_examples=10, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    rhk=st.lists(st.tuples(st.integers(1, 5000), st.integers(0, 2000), st.integers(1, 20), st.integers(1, 600)),
                 min_size=1, max_size=3),
    perilaku=st.integers(1, 5000),
    lampiran=st.integers(0, 5000),
    jpt=st.booleans(),
    seed=st.integers(0, 10**6),
)
@example(rhk=[(5000, 2000, 20, 600), (4400, 0, 15, 300), (5000, 2000, 20, 600)], perilaku=5000, lampiran=5000,
         jpt=False, seed=1)
@example(rhk=[(5000, 2000, 20, 600)], perilaku=5000, lampiran=5000, jpt=True, seed=2)
def test_any_text_length_flows_whole_and_never_overprints(rhk: list[tuple[int, int, int, int]], perilaku: int,
                                                         lampiran: int, jpt: bool, seed: int,
                                                         tmp_path: Path) -> None:
    texts: list[str] = []
    notes: dict[str, str] = {}
    items: list[SkpRhkCetak] = []
    for k, (n_rhk, n_atasan, n_ind, n_teks) in enumerate(rhk):
        teks = _text(f"RHK{k}", n_rhk, seed + k)
        atasan = _text(f"ATS{k}", n_atasan, seed + 100 + k) if n_atasan > 10 else ""
        inds = [SkpIndikatorCetak("Kuantitas", _text(f"IKI{k}x{j}", max(8, n_teks - 20 * j), seed + j), f"{j + 1} dokumen")
                for j in range(n_ind)]
        items.append(SkpRhkCetak(f"A.{k + 1}", "utama" if k < 2 else "tambahan", teks, rhk_atasan=atasan,
                                 perspektif="Penerima Layanan", indikator=inds))
        texts += [teks] + [i.teks for i in inds] + ([atasan] if atasan and not jpt else [])
        if jpt and atasan:
            notes[teks] = f"RHK atasan yang diintervensi: {atasan}"
    ekspektasi = _text("EKS", perilaku, seed + 7)
    lamp = _text("LMP", lampiran, seed + 9) if lampiran > 5 else ""
    texts += [ekspektasi] + ([lamp] if lamp else [])
    pdf, boxes = _render(_doc(items, ekspektasi, lamp, jpt=jpt))
    _assert_whole_and_apart(pdf, boxes, texts, tmp_path, notes=notes)


def test_the_old_overprint_case_flows_over_pages(tmp_path: Path) -> None:
    """An RHK of ~4,400 characters with 15 indicators used to run over the PERILAKU table
    (or was cut at 700 characters with only 12 indicators kept)."""
    teks = _text("RHKPANJANG", 4400, 1)
    inds = [SkpIndikatorCetak("Kuantitas", _text(f"IKI{j}", 600, j), f"{j + 1} dokumen") for j in range(15)]
    doc = _doc([SkpRhkCetak("A.1", "utama", teks, rhk_atasan=_text("ATASAN", 2500, 3), indikator=inds)])
    pdf, boxes = _render(doc, "F4")
    _assert_whole_and_apart(pdf, boxes, [teks] + [i.teks for i in inds], tmp_path, "F4")
    text = _flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "dipotong" not in text and "IKI14" in text


def _page_of(boxes: list[pc.DrawnBox], text: str) -> list[int]:
    return sorted({b.page for b in boxes if b.text.startswith(text) or b.key.startswith(text)})


@pytest.mark.parametrize("n_rhk", range(1, 9))
def test_headers_keep_rows_and_signatures_stay_with_the_table(n_rhk: int) -> None:
    """Whatever the number of RHK: "A. UTAMA" never ends a page, the HASIL KERJA header has
    rows under it on its page, BerAKHLAK rows are never split, and the signatures share a
    page with rows of the table above them."""
    items = [SkpRhkCetak(f"A.{k}", "utama", _text(f"RHK{k}", 180, k), rhk_atasan=_text(f"ATS{k}", 120, k),
                         indikator=[SkpIndikatorCetak(a, _text(f"IKI{k}{a}", 90, k), "12 dokumen")
                                    for a in ("Kuantitas", "Kualitas", "Waktu")])
             for k in range(1, n_rhk + 1)]
    for ukuran in ("A4", "F4"):
        _, boxes = _render(_doc(items), ukuran)
        utama = [b for b in boxes if b.text == "A. UTAMA"]
        assert len(utama) == 1
        assert _page_of(boxes, "RHK1") == [utama[0].page]  # the section row has its first RHK beside it
        heads = {b.page for b in boxes if b.text == "HASIL KERJA"}
        for page in heads:
            assert any(b.page == page and b.key.startswith("RHK") for b in boxes), f"{ukuran}: header alone"
        for b in BERAKHLAK:  # a BerAKHLAK row: its last panduan line is on the page of its name
            name_pages = {x.page for x in boxes if x.text.startswith(b.nama)}
            assert len(name_pages) == 1
        sig = [b for b in boxes if b.text == "Pegawai yang Dinilai"]
        assert len(sig) == 2  # SKP page and lampiran
        kolaboratif = next(x.page for x in boxes if x.text.startswith("Kolaboratif"))
        assert sig[0].page == kolaboratif, f"{ukuran}: signatures left alone on page {sig[0].page}"


@settings(max_examples=6, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    rhk=st.lists(st.tuples(st.integers(1, 2000), st.integers(1, 12), st.integers(1, 5000)), min_size=1, max_size=3),
    catatan=st.integers(0, 5000),
    jpt=st.booleans(),
    ukuran=st.sampled_from(["A4", "F4"]),
    seed=st.integers(0, 10**6),
)
@example(rhk=[(2000, 12, 5000), (2000, 12, 5000)], catatan=5000, jpt=False, ukuran="A4", seed=3)
@example(rhk=[(2000, 12, 5000)], catatan=5000, jpt=True, ukuran="F4", seed=4)
def test_evaluation_document_flows_whole_too(rhk: list[tuple[int, int, int]], catatan: int, jpt: bool, ukuran: str,
                                             seed: int, tmp_path: Path) -> None:
    """Dokumen Evaluasi: long realisasi and umpan balik (up to 5,000 characters) flow whole."""
    from asn_desktop.reports.evaluasi_pdf import (
        BarisHasil,
        BarisIndikator,
        BarisPerilaku,
        DokumenEvaluasi,
        Orang,
        dokumen_flowables,
    )

    texts: list[str] = []
    hasil = []
    for k, (n_rhk, n_ind, n_ub) in enumerate(rhk):
        inds = tuple(BarisIndikator("Kuantitas", _text(f"IKI{k}x{j}", 60, seed + j), "12 dokumen",
                                    _text(f"REAL{k}x{j}", max(10, n_ub // (j + 1)), seed + 2 * j),
                                    _text(f"UB{k}x{j}", n_ub if j == 0 else 40, seed + 3 * j)) for j in range(n_ind))
        teks = _text(f"RHK{k}", n_rhk, seed + k)
        hasil.append(BarisHasil("utama", k + 1, "" if jpt else _text(f"ATS{k}", 200, k), teks, "Proses Bisnis", inds))
        texts += [teks] + [x for i in inds for x in (i.realisasi, i.umpan_balik)]
    cat = _text("CAT", catatan, seed + 5) if catatan > 5 else ""
    texts += [cat] if cat else []
    orang = Orang("Maria Ndolu, S.H.", "198609262015052001", "Penata Muda (III/a)", "Analis", "Seksi Pemerintahan")
    d = DokumenEvaluasi("PEMERINTAH KOTA KUPANG", "KECAMATAN MAULAFA", "TRIWULAN I", "1 JANUARI SD 31 MARET TAHUN 2026",
                        orang, orang, orang, "Baik", "Sesuai Ekspektasi", "Sesuai Ekspektasi", "Baik", tuple(hasil),
                        tuple(BarisPerilaku(n, b.nama, b.panduan, "-", "") for n, b in enumerate(BERAKHLAK, 1)),
                        catatan_rekomendasi=cat, jpt=jpt)
    boxes: list[pc.DrawnBox] = []
    buf = io.BytesIO()
    pc.build_pdf(buf, dokumen_flowables(d, ukuran), ukuran=ukuran, landscape=True, record_boxes=boxes)
    w, h = pc.page_size(ukuran, landscape=True)
    # same checks, on the landscape page
    pages = _pdftotext_pages(buf.getvalue(), tmp_path)
    for t in texts:
        pieces = [b for b in boxes if b.key == pc.pdf_text(t)]
        assert _flat(" ".join(b.text for b in pieces)) == _flat(t), f"text {t[:30]!r} cut or garbled"
        assert all(_flat(b.text) in pages[b.page - 1] for b in pieces)
    for b in boxes:
        assert pc.MARGIN_BOTTOM - 0.5 <= b.y0 and b.y1 <= h - pc.MARGIN_TOP + 0.5 and b.x1 <= w - pc.MARGIN_X + 0.5
    for page in {b.page for b in boxes}:
        items = sorted((b for b in boxes if b.page == page), key=lambda b: b.y0)
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                if b.y0 >= a.y1 - 0.01:
                    break
                assert not (min(a.x1, b.x1) - max(a.x0, b.x0) > 0.01), f"{a.text[:30]!r} overprints {b.text[:30]!r}"
    sig = next(b.page for b in boxes if b.text == "Pegawai yang Dinilai")
    catatan_keys = {"CATATAN / REKOMENDASI", pc.pdf_text(cat) if cat else "-"}
    assert any(b.page == sig and b.key in catatan_keys for b in boxes), "signatures alone on a page"


def test_a_row_as_tall_as_the_page_still_takes_the_signatures_along() -> None:
    """A row that fits a page alone but not with the signatures under it: its end goes to
    the next page with them (neither an endless layout nor signatures alone)."""
    width = pc.frame_width("A4")
    st_ = pc.styles()
    body_text = _text("PANJANG", 9000, 5)  # about one page of full-width text
    sig = pc.signature_parts(pc.Signatory("Pegawai yang Dinilai", "A"), pc.Signatory("Pejabat Penilai Kinerja", "B"),
                             width)
    for extra in range(0, 40, 4):  # around the critical height
        t = pc.FlowTable([width], [], [pc.GridRow([pc.Cell(pc.para(body_text[:8000 + 100 * extra], st_.cell))])],
                         tail=sig)
        boxes: list[pc.DrawnBox] = []
        pc.build_pdf(io.BytesIO(), [t], record_boxes=boxes)
        sig_page = next(b.page for b in boxes if b.text == "Pegawai yang Dinilai")
        assert any(b.page == sig_page and b.key.startswith("PANJANG") for b in boxes)
        assert _flat(" ".join(b.text for b in boxes if b.key.startswith("PANJANG"))) == _flat(body_text[:8000 + 100 * extra])
