"""The printed Piagam Penghargaan: one A4 landscape page per certificate.

Layout as kecamatan offices print them: the office header (logo, pemerintah daerah,
kecamatan, address) over a rule, the title and its number, "diberikan kepada" with the
name, NIP and jabatan, the achievement in words, and the Camat's signature block, all
inside a double frame. No Qt, no database: the service hands over :class:`DataPiagam`
values (domain/piagam.py: the stored snapshot, so a reprint shows exactly what was issued).
"""

from __future__ import annotations

import base64
import binascii
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, PageBreak, Spacer, Table, TableStyle

from asn_desktop.domain.piagam import DataPiagam
from asn_desktop.reports import pdf_common as pc

UKURAN = "A4"
BINGKAI = colors.Color(0.55, 0.42, 0.1)  # dark gold: prints as a clear grey on a mono printer


def logo_image(data: str, max_w: float, max_h: float) -> Flowable | None:
    """The logo scaled into max_w × max_h, or None when there is none or it cannot be read."""
    if not data:
        return None
    try:
        raw = base64.b64decode(data, validate=True)
        w, h = ImageReader(BytesIO(raw)).getSize()
    except (binascii.Error, ValueError, OSError, TypeError):
        return None
    if w <= 0 or h <= 0:
        return None
    scale = min(max_w / w, max_h / h)
    return Image(BytesIO(raw), w * scale, h * scale)


def _st(name: str, size: float, *, bold: bool = False, leading: float | None = None,
        color: Any = colors.black) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=pc.FONT_BOLD if bold else pc.FONT, fontSize=size,
                          leading=leading or size * 1.25, alignment=TA_CENTER, textColor=color)


def _header(d: DataPiagam, width: float, k: float) -> Table:
    logo = logo_image(d.logo, 24 * pc.mm * k, 27 * pc.mm * k)
    lines = [pc.para(d.instansi.upper(), _st("i", 15 * k, bold=True)),
             pc.para(d.kantor.upper(), _st("k", 18 * k, bold=True, leading=22 * k))]
    if d.alamat:
        lines.append(pc.para(d.alamat, _st("a", 10 * k)))
    side = 30 * pc.mm
    t = Table([[logo or "", lines, ""]], colWidths=[side, width - 2 * side, side])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, 0), "CENTER"),
        ("LINEBELOW", (0, 0), (-1, 0), 2, colors.black),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def _signature(d: DataPiagam, width: float, k: float) -> Table:
    center = _st("s", 11.5 * k)
    block: list[Any] = [pc.para(d.tempat_tanggal, center),
                        pc.para(d.ttd_jabatan.upper() + ",", _st("j", 11.5 * k, bold=True)),
                        Spacer(1, 20 * pc.mm * k),
                        pc.rich(f"<u><b>{pc.markup(d.ttd_nama or '.' * 40)}</b></u>", center)]
    if d.ttd_pangkat:
        block.append(pc.para(d.ttd_pangkat, center))
    if d.ttd_nip:
        block.append(pc.para(f"NIP. {d.ttd_nip}", center))
    t = Table([["", block]], colWidths=[width * 0.55, width * 0.45])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _body(d: DataPiagam, inner: float, k: float) -> list[Any]:
    """The certificate's content at scale ``k`` (1 = the designed sizes)."""
    ident = [pc.para(d.nama, _st("n", 24 * k, bold=True, leading=29 * k)),
             pc.para(f"NIP. {d.nip}" if d.nip else "", _st("nip", 12.5 * k))]
    for extra in (d.pangkat, d.jabatan, d.unit):
        if extra:
            ident.append(pc.para(extra, _st("x", 12.5 * k)))
    return [
        _header(d, inner, k),
        Spacer(1, 6 * pc.mm * k),
        pc.para("PIAGAM PENGHARGAAN", _st("t", 32 * k, bold=True, leading=38 * k, color=BINGKAI)),
        pc.para(f"Nomor: {d.nomor}", _st("no", 12 * k)),
        Spacer(1, 5 * pc.mm * k),
        pc.para("diberikan kepada:", _st("d", 12.5 * k)),
        Spacer(1, 2 * pc.mm * k),
        *ident,
        Spacer(1, 5 * pc.mm * k),
        pc.para("sebagai penghargaan atas prestasi kerja:", _st("sp", 12.5 * k)),
        pc.para(d.prestasi, _st("p", 14 * k, bold=True, leading=18 * k)),
        Spacer(1, 2 * pc.mm * k),
        pc.para("Semoga prestasi ini menjadi teladan dan terus ditingkatkan dalam pengabdian kepada masyarakat.",
                _st("h", 11 * k)),
        Spacer(1, 3 * pc.mm * k),
        _signature(d, inner, k),
    ]


def muat(d: DataPiagam, inner: float, height: float) -> tuple[float, list[Any], float]:
    """Scale, content and its height: long names or achievements shrink the whole page in
    steps until it fits inside the frame (the smallest step is used if nothing fits)."""
    for k in (1.0, 0.92, 0.84, 0.76, 0.68, 0.6, 0.52):
        body = _body(d, inner, k)
        tinggi = sum(f.wrap(inner, height)[1] for f in body)
        if tinggi <= height - 8:
            break
    return k, body, tinggi


def ukuran_isi() -> tuple[float, float]:
    """Width and height available to a certificate's content inside the frame."""
    w, h = pc.page_size(UKURAN, landscape=True)
    pad = 12 + 6 + 2  # the frame's own padding (6 pt a side), the outer frame line, a margin for rounding
    return w - 2 * pc.MARGIN_X - pad, h - pc.MARGIN_TOP - pc.MARGIN_BOTTOM - pad


def _page(d: DataPiagam, width: float, height: float) -> Table:
    inner = width - 16 * pc.mm
    _k, body, _h = muat(d, inner, height)
    t = Table([[body]], colWidths=[width], rowHeights=[height])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 3, BINGKAI),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8 * pc.mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8 * pc.mm),
    ]))
    outer = Table([[t]], colWidths=[width + 6], rowHeights=[height + 6])
    outer.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, BINGKAI),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return outer


def tulis_piagam(items: list[DataPiagam], out: str | Path | BinaryIO) -> None:
    """Write the certificates, one page each, to a path or binary stream."""
    if not items:
        raise ValueError("no certificates to print")
    fw, fh = ukuran_isi()
    flow: list[Any] = []
    for i, d in enumerate(items):
        if i:
            flow.append(PageBreak())
        flow.append(_page(d, fw, fh))
    judul = f"Piagam Penghargaan {items[0].nomor}" if len(items) == 1 else f"Piagam Penghargaan ({len(items)})"
    pc.build_pdf(out, flow, ukuran=UKURAN, landscape=True, judul=judul,
                 decor=pc.PageDecor(page_numbers=False))


__all__ = ["DataPiagam", "logo_image", "muat", "tulis_piagam", "ukuran_isi"]
