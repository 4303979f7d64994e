"""Shared building blocks for the printed documents (reportlab; no Qt here).

Used by the SKP (``skp_pdf.py``) and the Dokumen Evaluasi. Everything
is plain reportlab platypus, so a document is a list of flowables handed to
:func:`build_pdf`:

    from asn_desktop.reports import pdf_common as pc

    st = pc.styles()
    flow = pc.title_block(["DOKUMEN EVALUASI KINERJA PEGAWAI", "PERIODE: TRIWULAN I"])
    flow.append(pc.instansi_periode_row("PEMERINTAH KOTA KUPANG", "PERIODE PENILAIAN: ...", pc.frame_width("A4")))
    flow.append(pc.identity_table([pegawai_block, penilai_block], pc.frame_width("A4")))
    flow.append(pc.grid_table(rows, widths, header_rows=1))
    flow.append(pc.signature_row(pc.Signatory(...), pc.Signatory(...), pc.frame_width("A4")))
    pc.build_pdf("out.pdf", flow, ukuran="F4", judul="Dokumen Evaluasi")

Conventions:
- Page sizes: ``"A4"`` (210 × 297 mm) and ``"F4"`` (folio, 215 × 330 mm), portrait
  (``landscape=True`` for wide tables). Margins 12 mm sides, 12/14 mm top/bottom.
- Font: the standard Helvetica family (always available, no embedding, prints
  Indonesian text). Text outside Windows-1252 is transliterated by
  :func:`pdf_text` (e.g. "≤" → "<=", "ĝ" → "g") instead of printing black boxes.
- Cell text goes through :func:`para`, which escapes ``<``/``&`` and keeps line
  breaks, so user text can never break the Paragraph markup.
- NIP: pass the already spaced form (``domain.nip.format_nip``).
- Footer on every page: document name, optional status mark, "Halaman X dari Y";
  a flowable may switch it from its page on (:func:`set_footer`: bulk prints).
- Tables whose rows can hold long user text use :class:`FlowTable` (our own layout):
  headers repeat and keep rows under them, short rows never split, long cells flow on
  to the next page line by line, and a ``tail`` (ratings, signatures) stays with the last
  row. ``build_pdf(record_boxes=...)`` reports every drawn piece of text, so tests can
  prove that nothing is cut or overprinted.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape as _landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

# Compressed page streams stay binary instead of ASCII85 text: smaller files and
# about 10 % less time per document (the pure-Python encoder is slow).
rl_config.useA85 = 0

# --------------------------------------------------------------------------- page

#: Folio / F4 as used by Indonesian government offices: 215 × 330 mm.
F4 = (215 * mm, 330 * mm)
PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "F4": F4}

MARGIN_X = 12 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 14 * mm

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
FONT_ITALIC = "Helvetica-Oblique"
FONT_BOLD_ITALIC = "Helvetica-BoldOblique"

GRID = colors.black
SHADE = colors.HexColor("#E6E6E6")  # header / section rows: prints well in grey on any printer
LIGHT = colors.HexColor("#F3F3F3")


def page_size(ukuran: str = "A4", landscape: bool = False) -> tuple[float, float]:
    """(width, height) in points for "A4" or "F4"; unknown → ValueError naming the choices."""
    key = (ukuran or "A4").upper().replace("FOLIO", "F4")
    if key not in PAGE_SIZES:
        raise ValueError(f"Ukuran kertas '{ukuran}' tidak dikenal; pilih A4 atau F4.")
    size = PAGE_SIZES[key]
    return _landscape(size) if landscape else size


def frame_width(ukuran: str = "A4", landscape: bool = False) -> float:
    """Usable width between the margins, for column widths."""
    return page_size(ukuran, landscape)[0] - 2 * MARGIN_X


# --------------------------------------------------------------------------- text

_REPLACE = {
    "\u2264": "<=", "\u2265": ">=", "\u2260": "!=", "\u2248": "~", "\u2212": "-", "\u2010": "-",
    "\u2011": "-", "\u2012": "-", "\u2015": "-", "\u2192": "->", "\u2190": "<-", "\u2713": "v",
    "\u2714": "v", "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u200b": "", "\ufeff": "",
}


def _encodable(ch: str) -> bool:
    try:
        ch.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def pdf_text(text: Any) -> str:
    """Make ``text`` printable with the standard fonts (Windows-1252 repertoire).

    Control characters are dropped (tabs become spaces); characters outside the
    repertoire are replaced by a close ASCII form or their decomposed base letter,
    else "?". Indonesian text is untouched.
    """
    if text is None:
        return ""
    s = str(text)
    if s.isascii() and s.isprintable():
        return s
    out: list[str] = []
    for ch in s:
        if ch in "\n":
            out.append(ch)
        elif ch == "\t":
            out.append(" ")
        elif ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0:
            continue
        elif ch in _REPLACE:
            out.append(_REPLACE[ch])
        elif _encodable(ch):
            out.append(ch)
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out.append(base if base and all(_encodable(c) for c in base) else "?")
    return "".join(out)


def markup(text: Any) -> str:
    """Escape user text for a Paragraph and keep its line breaks."""
    return escape(pdf_text(text)).replace("\n", "<br/>")


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of the official forms (size in points)."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    normal: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    section: ParagraphStyle


@lru_cache(maxsize=8)
def styles(size: float = 8.0) -> Styles:
    """Styles for body text of ``size`` points (cached; styles are immutable in use)."""
    lead = size * 1.22

    def ps(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {"fontName": FONT, "fontSize": size, "leading": lead, "spaceAfter": 0,
                                "spaceBefore": 0}
        base.update(kw)
        return ParagraphStyle(f"{name}-{size}", **base)

    return Styles(
        title=ps("title", fontName=FONT_BOLD, fontSize=size + 4, leading=(size + 4) * 1.25, alignment=TA_CENTER),
        subtitle=ps("subtitle", fontName=FONT_BOLD, fontSize=size + 1.5, leading=(size + 1.5) * 1.25,
                    alignment=TA_CENTER),
        normal=ps("normal"),
        bold=ps("bold", fontName=FONT_BOLD),
        small=ps("small", fontSize=size - 1.5, leading=(size - 1.5) * 1.2),
        cell=ps("cell", alignment=TA_LEFT),
        cell_bold=ps("cellb", fontName=FONT_BOLD),
        cell_center=ps("cellc", alignment=TA_CENTER),
        cell_head=ps("cellh", fontName=FONT_BOLD, alignment=TA_CENTER),
        cell_right=ps("cellr", alignment=TA_RIGHT),
        section=ps("section", fontName=FONT_BOLD, fontSize=size + 0.5),
    )


@dataclass(frozen=True)
class DrawnBox:
    """One piece of text as drawn: page (1-based), box in points from the page's lower left,
    the text of the piece and ``key`` (the whole text it belongs to). Collected when
    :func:`build_pdf` gets ``record_boxes``: tests check that no two pieces overlap and
    that the pieces of every text join up to the whole text (nothing cut or overprinted)."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    key: str


def _record(canvas: Any, x: float, y: float, w: float, h: float, text: str, key: str) -> None:
    rec = getattr(canvas, "box_recorder", None)
    if rec is None:
        return
    a, b, c, d, e, f = canvas._currentMatrix  # reportlab keeps it in the saved state
    xs = [a * px + c * py + e for px, py in ((x, y), (x + w, y + h))]
    ys = [b * px + d * py + f for px, py in ((x, y), (x + w, y + h))]
    rec.append(DrawnBox(canvas.getPageNumber(), min(xs), min(ys), max(xs), max(ys), text, key))


class Para(Paragraph):
    """A Paragraph that remembers the text it was made from through splits across pages,
    and reports where it was drawn (see :class:`DrawnBox`)."""

    key: str = ""

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803 - reportlab API
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, Para):
                part.key = self.key
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802 - reportlab API
        if getattr(canvas, "box_recorder", None) is not None:
            _record(canvas, x, y, self.width, self.height, self._drawn_text(), self.key)
        super().drawOn(canvas, x, y, _sW)

    def _drawn_text(self) -> str:
        """The text of the lines this (part of a) paragraph draws."""
        bl = getattr(self, "blPara", None)
        if bl is None:
            return self.getPlainText()
        out = []
        for line in bl.lines:
            if bl.kind == 0:
                out.append(" ".join(line[1]))
            else:
                out.append("".join(getattr(f, "text", "") for f in line.words))
        return "\n".join(out)


def _para(body: str, style: ParagraphStyle, key: str) -> Para:
    p = Para(body, style)
    p.key = key
    return p


def para(text: Any, style: ParagraphStyle | None = None, *, bold: bool = False) -> Paragraph:
    """A Paragraph from plain user text (escaped). ``bold`` wraps it in <b>."""
    st = style or styles().cell
    body = markup(text)
    return _para(f"<b>{body}</b>" if bold else body, st, pdf_text(text))


def cell(text: Any, width: float, style: ParagraphStyle | None = None, *, padding: float = 6.5) -> Any:
    """A left-aligned table cell: a plain string when it fits on one line of
    ``width`` (much faster to lay out than a Paragraph), else a
    wrapping Paragraph. Tables built here set the body font for plain strings."""
    st = style or styles().cell
    s = pdf_text(text)
    if "\n" not in s and len(s) < 200 and stringWidth(s, st.fontName, st.fontSize) <= width - padding:
        return s
    return _para(markup(s), st, s)


def rich(html: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A Paragraph from trusted markup (build it with :func:`markup` for user parts)."""
    return _para(html, style or styles().cell, "")


def rhk_jpt(teks: str, rhk_atasan: str, penugasan_dari: str, klasifikasi: str, style: ParagraphStyle,
            size: float) -> Paragraph:
    """The JPT RHK cell, the same on the SKP and the Dokumen Evaluasi: the RHK, then (smaller)
    the intervened RHK, penugasan dari and klasifikasi (PermenPANRB 6/2022 lampiran, SKP JPT)."""
    notes = []
    if rhk_atasan:
        notes.append(f"<i>RHK atasan yang diintervensi:</i> {markup(rhk_atasan)}")
    if penugasan_dari:
        notes.append(f"<i>Penugasan dari:</i> {markup(penugasan_dari)}")
    if klasifikasi:
        notes.append(f"<i>Klasifikasi:</i> {markup(klasifikasi)}")
    cell = rich(markup(teks or "-") + "".join(f"<br/><font size={size - 1}>{n}</font>" for n in notes), style)
    cell.key = pdf_text(teks)
    return cell


def bullets(items: Sequence[str], style: ParagraphStyle | None = None, *, head: str = "",
            mark: str = "-") -> Paragraph:
    """A cell with an optional bold heading and a list of items, one per line."""
    parts = [f"<b>{markup(head)}</b>"] if head else []
    parts += [f"{mark} {markup(x)}" for x in items]
    return _para("<br/>".join(parts), style or styles().cell, "")


# --------------------------------------------------------------------------- blocks


def title_block(lines: Sequence[str], *, size: float = 8.0, space_after: float = 3 * mm) -> list[Flowable]:
    """Centered bold heading lines: the first as title, the others as subtitles."""
    st = styles(size)
    out: list[Flowable] = []
    for k, line in enumerate(lines):
        out.append(para(line, st.title if k == 0 else st.subtitle))
    out.append(Spacer(1, space_after))
    return out


def instansi_periode_row(left: str, right: str, width: float, *, size: float = 8.0) -> Table:
    """The line under the title: instansi on the left, the period on the right (bold)."""
    st = styles(size)
    right_style = ParagraphStyle("r", parent=st.bold, alignment=TA_RIGHT)
    t = Table([[para(left, st.bold), para(right, right_style)]], colWidths=[width * 0.5, width * 0.5])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


@dataclass
class PersonBlock:
    """One side of an identity table: a heading and (label, value) rows."""

    judul: str
    baris: list[tuple[str, str]]


def person_rows(nama: str, nip_label: str, nip: str, pangkat: str, jabatan: str, unit: str,
                *, instansi: str | None = None) -> list[tuple[str, str]]:
    """The standard header rows (kinerja-asn.md §3): NAMA, NIP, PANGKAT/GOL, JABATAN, UNIT KERJA."""
    rows = [("NAMA", nama), (nip_label or "NIP", nip), ("PANGKAT / GOL. RUANG", pangkat), ("JABATAN", jabatan),
            ("UNIT KERJA", unit)]
    if instansi is not None:
        rows.append(("INSTANSI", instansi))
    return rows


def identity_table(blocks: Sequence[PersonBlock], width: float, *, size: float = 8.0,
                   label_ratio: float = 0.30) -> Table:
    """Side-by-side identity blocks (usually pegawai | pejabat penilai):
    ``NO | HEADING (label, value) | NO | HEADING (label, value)`` with a grid."""
    st = styles(size)
    n = len(blocks)
    per = width / n
    no_w = 8 * mm
    label_w = (per - no_w) * label_ratio
    value_w = per - no_w - label_w
    widths: list[float] = []
    for _ in blocks:
        widths += [no_w, label_w, value_w]
    head: list[Any] = []
    for b in blocks:
        head += [para("NO", st.cell_head), para(b.judul, st.cell_bold), ""]
    data: list[list[Any]] = [head]
    rows = max(len(b.baris) for b in blocks)
    for i in range(rows):
        row: list[Any] = []
        for b in blocks:
            if i < len(b.baris):
                label, value = b.baris[i]
                row += [str(i + 1), cell(label, label_w, st.cell), cell(value, value_w, st.cell)]
            else:
                row += ["", "", ""]
        data.append(row)
    cmds: list[Any] = [
        ("FONT", (0, 0), (-1, -1), FONT, size, size * 1.22),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for k in range(n):
        cmds.append(("SPAN", (3 * k + 1, 0), (3 * k + 2, 0)))
        cmds.append(("ALIGN", (3 * k, 1), (3 * k, -1), "CENTER"))
    t = Table(data, colWidths=widths, repeatRows=0)
    t.setStyle(TableStyle(cmds))
    return t


def grid_table(
    data: list[list[Any]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    extra: Sequence[Any] = (),
    shade_rows: Sequence[int] = (),
    split_in_row: bool = True,
    size: float = 8.0,
) -> Table:
    """A bordered table whose header rows repeat on every page; long rows split.

    ``extra``: further TableStyle commands (SPANs, alignment); ``shade_rows``:
    row indices with a grey background (section rows such as "A. UTAMA").
    """
    cmds: list[Any] = [
        ("FONT", (0, 0), (-1, -1), FONT, size, size * 1.22),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        cmds += [("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
                 ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE")]
    for r in shade_rows:
        cmds.append(("BACKGROUND", (0, r), (-1, r), LIGHT))
    cmds.extend(extra)
    t = Table(data, colWidths=list(col_widths), repeatRows=header_rows, splitInRow=1 if split_in_row else 0)
    t.setStyle(TableStyle(cmds))
    return t


def header_row(labels: Sequence[str], *, size: float = 8.0) -> list[Paragraph]:
    st = styles(size)
    return [para(x, st.cell_head) for x in labels]


def section_bar(text: str, width: float, *, size: float = 8.0) -> Table:
    """A full-width shaded heading bar such as "HASIL KERJA" or "PERILAKU KERJA"."""
    st = styles(size)
    t = Table([[para(text, st.section)]], colWidths=[width])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return t


@dataclass
class Signatory:
    """One signature column: caption lines above the space, name (bold, underlined) and NIP below."""

    jabatan_ttd: str  # "Pegawai yang Dinilai", "Pejabat Penilai Kinerja"
    nama: str
    nip: str = ""
    nip_label: str = "NIP"
    tempat_tanggal: str = ""  # printed above the caption ("Kupang, 2 Januari 2026")


def signature_row(left: Signatory | None, right: Signatory | None, width: float, *, size: float = 8.0,
                  space: float = 18 * mm, middle: Signatory | None = None) -> Flowable:
    """Two (or three) signature blocks side by side, kept together on one page.

    To keep them with the block above as well, pass :func:`signature_parts` as the
    ``tail`` of that block's :class:`FlowTable` instead.
    """
    return KeepTogether(signature_parts(left, right, width, size=size, space=space, middle=middle))


def signature_parts(left: Signatory | None, right: Signatory | None, width: float, *, size: float = 8.0,
                    space: float = 18 * mm, middle: Signatory | None = None) -> list[Flowable]:
    """The signature blocks as [gap, table]; both columns get the same number of caption
    lines so the names line up."""
    st = styles(size)
    center = ParagraphStyle("sig", parent=st.normal, alignment=TA_CENTER)
    cols = [c for c in (left, middle, right)]
    n = len(cols)

    def block(sig: Signatory | None, need_place: bool) -> list[Any]:
        if sig is None:
            return ["", "", "", ""]
        place = sig.tempat_tanggal if sig.tempat_tanggal else ("&nbsp;" if need_place else "")
        top = rich(markup(place) if sig.tempat_tanggal else place, center)
        name = f"<u><b>{markup(sig.nama or '.' * 40)}</b></u>"
        nip = f"{markup(sig.nip_label)}. {markup(sig.nip)}" if sig.nip else "&nbsp;"
        return [top, para(sig.jabatan_ttd, center), Spacer(1, space), rich(name + "<br/>" + nip, center)]

    need_place = any(c is not None and c.tempat_tanggal for c in cols)
    blocks = [block(c, need_place) for c in cols]
    data = [[blocks[c][r] for c in range(n)] for r in range(4)]
    t = Table(data, colWidths=[width / n] * n)
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return [Spacer(1, 5 * mm), t]


def text_section(heading: str, body: str, width: float, *, size: float = 8.0, number: str = "") -> Table:
    """A numbered heading with a free-text box below (lampiran texts); "-" when empty."""
    st = styles(size)
    title = f"{number}. {heading}" if number else heading
    t = Table([[para(title, st.cell_bold)], [para(body.strip() if body and body.strip() else "-", st.cell)]],
              colWidths=[width], splitInRow=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


# --------------------------------------------------------------------------- flowing tables


@dataclass
class Cell:
    """One cell of a :class:`FlowTable` row: a plain string (one line), a Paragraph, or nothing,
    over ``span`` columns. ``align`` applies to plain strings; ``shade`` fills the cell."""

    value: Any = ""
    span: int = 1
    align: str = "left"
    shade: Any = None
    merge_up: bool = False  # in a Stack: continues the cell above (no line between them)


@dataclass
class Stack:
    """Rows stacked inside ``span`` columns of one row: an RHK's indicators beside the RHK
    text. Each sub-row is a list of :class:`Cell`."""

    rows: list[list[Cell]]
    span: int = 1


Slot = Cell | Stack


@dataclass
class GridRow:
    """A row of a :class:`FlowTable`. ``keep_with_next``: never the last row on a page
    (section rows such as "A. UTAMA"); ``middle``: content centred vertically (headers)."""

    slots: list[Slot]
    keep_with_next: bool = False
    middle: bool = False
    shade: Any = None


PAD_X = 3.0
PAD_TOP = 1.5
PAD_BOTTOM = 2.5
#: a row up to this height never splits across pages (a BerAKHLAK row, a short RHK)
SHORT_ROW = 45 * mm
#: with at least this much room left on a page, the keep rules give way rather than
#: leaving the page empty (a single row taller than a page must start somewhere)
RELAX_AT = 120 * mm


def _is_empty(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v)


class FlowTable(Flowable):
    """A bordered table laid out by our own code, so that the rules of the signed forms hold:

    - header rows repeat on every page the table spans;
    - the header keeps at least ``min_rows`` rows under it, and a ``keep_with_next`` row
      is never the last on a page (no "HASIL KERJA" / "A. UTAMA" alone at the foot);
    - rows up to :data:`SHORT_ROW` never split; taller rows flow on to the next page cell
      by cell (Paragraphs split between lines), so no text is ever cut or drawn over
      what follows; an RHK's indicators (a :class:`Stack`) flow on row by row;
    - ``tail`` flowables (a rating line, the signatures) stay on the page of the last row.

    reportlab's own Table cannot do this with row spans: a long spanned cell was drawn past
    the page foot over the next table.
    """

    def __init__(self, col_widths: Sequence[float], header: Sequence[GridRow], body: Sequence[GridRow], *,
                 tail: Sequence[Flowable] = (), size: float = 8.0, min_rows: int = 2) -> None:
        super().__init__()
        self.col_widths = list(col_widths)
        self.header = list(header)
        self.body = list(body)
        self.tail = list(tail)
        self.size = size
        self.min_rows = min_rows
        self.width = sum(self.col_widths)
        self.height = 0.0
        self._heights: dict[tuple[int, float], float] = {}  # wrapping a Paragraph is the slow part
        self.hAlign = "CENTER"  # like reportlab's tables: the frame's own padding is not ours to lose

    # ---- geometry

    def _span_width(self, col: int, span: int) -> float:
        return sum(self.col_widths[col:col + span])

    def _cell_height(self, cell: Cell, width: float) -> float:
        v = cell.value
        if _is_empty(v):
            return PAD_TOP + PAD_BOTTOM
        if isinstance(v, str):
            return self.size * 1.22 * (v.count("\n") + 1) + PAD_TOP + PAD_BOTTOM
        key = (id(v), width)
        h = self._heights.get(key)
        if h is None:
            h = self._heights[key] = v.wrap(width - 2 * PAD_X, 10**6)[1] + PAD_TOP + PAD_BOTTOM
        return h

    def _slot_height(self, slot: Slot, col: int) -> float:
        if isinstance(slot, Stack):
            return sum(self._row_height(r, col) for r in slot.rows)
        return self._cell_height(slot, self._span_width(col, slot.span))

    def _row_height(self, slots: Sequence[Slot], col: int = 0) -> float:
        h = 0.0
        for slot in slots:
            h = max(h, self._slot_height(slot, col))
            col += slot.span
        return h

    def _tail_height(self, width: float) -> float:
        return sum(f.wrap(width, 10**6)[1] for f in self.tail)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.height = (sum(self._row_height(r.slots) for r in self.header + self.body)
                       + self._tail_height(self.width))
        return self.width, self.height

    # ---- splitting

    def _split_cell(self, cell: Cell, width: float, room: float) -> tuple[Cell, Cell] | None:
        """(part on this page, rest) of one cell in ``room`` points, or None if nothing fits."""
        if self._cell_height(cell, width) <= room:
            return cell, Cell("", cell.span, cell.align, cell.shade, cell.merge_up)
        v = cell.value
        if isinstance(v, str):
            return None
        v.wrap(width - 2 * PAD_X, 10**6)
        parts = v.split(width - 2 * PAD_X, room - PAD_TOP - PAD_BOTTOM)
        if len(parts) < 2:
            return None
        return (Cell(parts[0], cell.span, cell.align, cell.shade, cell.merge_up),
                Cell(parts[1], cell.span, cell.align, cell.shade, cell.merge_up))

    def _split_slots(self, slots: Sequence[Slot], col: int, room: float,
                     short_ok: bool) -> tuple[list[Slot], list[Slot]] | None:
        """Split one (sub-)row: every slot gives what fits in ``room``; None if nothing does."""
        if short_ok and self._row_height(slots, col) <= SHORT_ROW:
            return None  # a short row moves whole
        top: list[Slot] = []
        rest: list[Slot] = []
        progress = False
        c = col
        for slot in slots:
            if isinstance(slot, Stack):
                res = self._split_stack(slot, c, room)
                if res is None:
                    top.append(Stack([[Cell("", x.span) for x in slot.rows[0]]], slot.span))
                    rest.append(slot)
                else:
                    top.append(res[0])
                    rest.append(res[1])
                    progress = True
            else:
                w = self._span_width(c, slot.span)
                parts = self._split_cell(slot, w, room)
                if parts is None:
                    top.append(Cell("", slot.span, slot.align, slot.shade, slot.merge_up))
                    rest.append(slot)
                else:
                    top.append(parts[0])
                    rest.append(parts[1])
                    progress = progress or not isinstance(slot.value, str)  # a lone row number is no progress
            c += slot.span
        return (top, rest) if progress else None

    def _split_stack(self, stack: Stack, col: int, room: float) -> tuple[Stack, Stack] | None:
        top: list[list[Cell]] = []
        used = 0.0
        for i, sub in enumerate(stack.rows):
            h = self._row_height(sub, col)
            if used + h <= room:
                top.append(sub)
                used += h
                continue
            res = self._split_slots(sub, col, room - used, short_ok=True)
            rest_rows = stack.rows[i + 1:]
            if res is not None:
                top.append(res[0])  # type: ignore[arg-type]
                rest_rows = [res[1]] + rest_rows  # type: ignore[list-item]
            else:
                rest_rows = stack.rows[i:]
            if not top:
                return None
            return Stack(top, stack.span), Stack(rest_rows, stack.span)
        return Stack(top, stack.span), Stack([[Cell("", x.span) for x in stack.rows[-1]]], stack.span)

    def _attempt(self, availHeight: float, strict: bool,  # noqa: N803
                 reserve: float = 0.0) -> tuple[list[GridRow], list[GridRow]] | None:
        """Rows for this page and the rest; ``reserve``: room kept free (the tail's height,
        when the rows alone would fit but not with the tail)."""
        room = availHeight - sum(self._row_height(r.slots) for r in self.header) - reserve
        top: list[GridRow] = []
        rest: list[GridRow] = []
        used = 0.0
        for i, row in enumerate(self.body):
            h = self._row_height(row.slots)
            if used + h <= room:
                top.append(row)
                used += h
                continue
            res = None if row.keep_with_next else self._split_slots(row.slots, 0, room - used, short_ok=True)
            if res is not None:
                top.append(GridRow(res[0], False, row.middle, row.shade))
                rest = [GridRow(res[1], row.keep_with_next, row.middle, row.shade)] + self.body[i + 1:]
            else:
                rest = self.body[i:]
            break
        if not rest:
            if not self.tail or not top or reserve:
                return None  # everything fits: no split needed (or nothing at all)
            # the tail does not fit under the last row: make room for it, so that the last
            # row (or its end) goes to the next page with the tail
            return self._attempt(availHeight, strict, self._tail_height(self.width))
        while top and top[-1].keep_with_next:
            rest.insert(0, top.pop())
        if not top:
            return None
        if strict and len(top) < min(self.min_rows, len(self.body)):
            return None
        return top, rest

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        res = self._attempt(availHeight, strict=True)
        if res is None and availHeight >= RELAX_AT:
            res = self._attempt(availHeight, strict=False)
        if res is None:
            return []
        top, rest = res
        first = FlowTable(self.col_widths, self.header, top, size=self.size, min_rows=0)
        second = FlowTable(self.col_widths, self.header, rest, tail=self.tail, size=self.size,
                           min_rows=self.min_rows)
        return [first, second]

    # ---- drawing

    def _draw_cell(self, cell: Cell, x: float, top: float, width: float, height: float, middle: bool,
                   shade: Any, open_top: bool = False, open_bottom: bool = False) -> None:
        canv = self.canv
        fill = cell.shade or shade
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.setStrokeColor(GRID)
        if fill is not None:
            canv.setFillColor(fill)
            canv.rect(x, top - height, width, height, stroke=0, fill=1)
        if open_top or open_bottom:
            bottom = top - height
            canv.line(x, bottom, x, top)
            canv.line(x + width, bottom, x + width, top)
            if not open_top:
                canv.line(x, top, x + width, top)
            if not open_bottom:
                canv.line(x, bottom, x + width, bottom)
        else:
            canv.rect(x, top - height, width, height, stroke=1, fill=0)
        canv.restoreState()
        v = cell.value
        if _is_empty(v):
            return
        content = self._cell_height(cell, width) - PAD_TOP - PAD_BOTTOM
        y_top = top - PAD_TOP - (max(0.0, (height - PAD_TOP - PAD_BOTTOM - content) / 2) if middle else 0)
        if isinstance(v, str):
            canv.saveState()
            canv.setFillColor(colors.black)
            canv.setFont(FONT, self.size)
            for k, line in enumerate(v.split("\n")):
                base = y_top - self.size - k * self.size * 1.22
                if cell.align == "center":
                    canv.drawCentredString(x + width / 2, base, line)
                    w = stringWidth(line, FONT, self.size)
                    _record(canv, x + (width - w) / 2, base - 0.25 * self.size, w, self.size * 1.15, line, line)
                else:
                    canv.drawString(x + PAD_X, base, line)
                    _record(canv, x + PAD_X, base - 0.25 * self.size, stringWidth(line, FONT, self.size),
                            self.size * 1.15, line, line)
            canv.restoreState()
        else:
            v.wrap(width - 2 * PAD_X, 10**6)
            v.drawOn(canv, x + PAD_X, y_top - v.height)

    def _draw_slots(self, slots: Sequence[Slot], col: int, x: float, top: float, height: float, middle: bool,
                    shade: Any, below: Sequence[Slot] = (), first: bool = False) -> None:
        for n, slot in enumerate(slots):
            w = self._span_width(col, slot.span)
            if isinstance(slot, Stack):
                y = top
                for k, sub in enumerate(slot.rows):
                    h = self._row_height(sub, col)
                    if k == len(slot.rows) - 1:
                        h = max(h, y - (top - height))  # the last sub-row fills the row
                    nxt = slot.rows[k + 1] if k + 1 < len(slot.rows) else ()
                    self._draw_slots(sub, col, x, y, h, middle, shade, nxt, k == 0)
                    y -= h
            else:
                under = below[n] if n < len(below) else None
                self._draw_cell(slot, x, top, w, height, middle, shade,
                                open_top=slot.merge_up and not first,
                                open_bottom=isinstance(under, Cell) and under.merge_up)
            x += w
            col += slot.span

    def draw(self) -> None:
        y = self.height
        for row in self.header + self.body:
            h = self._row_height(row.slots)
            self._draw_slots(row.slots, 0, 0.0, y, h, row.middle, row.shade)
            y -= h
        for f in self.tail:
            _, fh = f.wrap(self.width, 10**6)
            f.drawOn(self.canv, 0, y - fh)
            y -= fh


def header_cells(labels: Sequence[str], *, size: float = 8.0) -> GridRow:
    """A shaded header row of centred bold labels (repeated on every page)."""
    st = styles(size)
    return GridRow([Cell(para(x, st.cell_head)) for x in labels], middle=True, shade=SHADE)


def section_row(text: str, ncols: int, *, size: float = 8.0, shade: Any = None) -> GridRow:
    """A full-width bold row such as "A. UTAMA" that always has a row after it on the page."""
    st = styles(size)
    return GridRow([Cell(para(text, st.cell_bold), span=ncols)], keep_with_next=True, shade=shade or LIGHT)



# --------------------------------------------------------------------------- document


@dataclass
class PageDecor:
    """What is drawn on every page outside the frame."""

    footer_left: str = ""  # e.g. "SKP 2026 — Maria Ndolu"
    mark: str = ""  # e.g. "DRAFT": a light diagonal mark for documents not yet approved
    page_numbers: bool = True


class _NumberedCanvas(Canvas):
    """Canvas that knows the page count at save time ("Halaman X dari Y")."""

    decor: PageDecor = PageDecor()
    box_recorder: list[DrawnBox] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        d = self.decor
        w, h = self._pagesize
        self.saveState()
        if d.mark:
            self.setFillColor(colors.Color(0.5, 0.5, 0.5, alpha=0.25))
            self.setFont(FONT_BOLD, 64)
            self.translate(w / 2, h / 2)
            self.rotate(35)
            self.drawCentredString(0, 0, pdf_text(d.mark))
            self.rotate(-35)
            self.translate(-w / 2, -h / 2)
        self.setFillColor(colors.Color(0.35, 0.35, 0.35))
        self.setFont(FONT, 7)
        y = MARGIN_BOTTOM / 2
        footer = getattr(self, "_footer_override", None) or d.footer_left
        if footer:
            self.drawString(MARGIN_X, y, pdf_text(footer)[:150])
        if d.page_numbers:
            self.drawRightString(w - MARGIN_X, y, f"Halaman {self._pageNumber} dari {total}")
        self.restoreState()


def set_footer(canvas: Any, text: str) -> None:
    """From the current page on, print ``text`` at the foot instead of the document's footer
    (a flowable's ``draw`` calls this; the value is kept with each page's state)."""
    canvas._footer_override = text


def build_pdf(
    out: str | Path | BinaryIO,
    flowables: list[Flowable],
    *,
    ukuran: str = "A4",
    landscape: bool = False,
    judul: str = "",
    penulis: str = "ASN Kinerja Desktop",
    decor: PageDecor | None = None,
    record_boxes: list[DrawnBox] | None = None,
) -> None:
    """Lay out ``flowables`` and write the PDF to a path or binary stream.

    ``record_boxes``: when a list is given, every piece of text drawn through
    :class:`Para` or a :class:`FlowTable` string cell is appended (:class:`DrawnBox`).
    """
    size = page_size(ukuran, landscape)
    target: Any = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(
        target, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=pdf_text(judul), author=penulis, creator=penulis,
        pageCompression=1, invariant=0,
    )
    canvas_cls: Callable[..., Canvas] = type(
        "DocCanvas", (_NumberedCanvas,),
        {"decor": decor or PageDecor(), "box_recorder": record_boxes})
    doc.build(flowables, canvasmaker=canvas_cls)


def build_pdf_bytes(flowables: list[Flowable], **kwargs: Any) -> bytes:
    buf = BytesIO()
    build_pdf(buf, flowables, **kwargs)
    return buf.getvalue()


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


@dataclass
class Column:
    """A column of a data table: header text and relative width."""

    judul: str
    lebar: float  # relative share of the frame width
    align: str = "left"  # left / center / right


def widths(columns: Sequence[Column], total: float) -> list[float]:
    s = sum(c.lebar for c in columns)
    return [total * c.lebar / s for c in columns]


__all__ = [
    "F4", "PAGE_SIZES", "MARGIN_X", "FONT", "FONT_BOLD", "Styles", "styles", "page_size", "frame_width",
    "pdf_text", "markup", "para", "cell", "rich", "bullets", "title_block", "instansi_periode_row", "PersonBlock",
    "person_rows", "identity_table", "grid_table", "header_row", "section_bar", "Signatory", "signature_row",
    "text_section", "PageDecor", "Cell", "Stack", "GridRow", "FlowTable", "header_cells", "section_row",
    "signature_parts", "DrawnBox", "Para", "build_pdf", "build_pdf_bytes", "spacer", "Column", "widths", "mm",
]
