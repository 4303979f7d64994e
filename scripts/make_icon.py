"""Draw the application icon with Qt (offscreen) and write it as PNG and Windows ICO.

    python -m scripts.make_icon    # -> resources/icons/app.png (256 px) and app.ico (16…256 px)

A green rounded square (the colour of the civil-service uniform badge), a white
document with three rising bars (performance) and a tick. Drawn per size so the
small icons stay crisp; the ICO holds PNG-compressed images, as Windows accepts
since Vista. Re-run only when the design changes; the files are committed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZES = [16, 24, 32, 48, 64, 128, 256]


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0
    # badge
    grad = QLinearGradient(0, 0, 0, size)
    grad.setColorAt(0, QColor("#2e7d32"))
    grad.setColorAt(1, QColor("#1b5e20"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(grad)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    # document
    doc = QPainterPath()
    doc.moveTo(64 * s, 40 * s)
    doc.lineTo(160 * s, 40 * s)
    doc.lineTo(196 * s, 76 * s)
    doc.lineTo(196 * s, 216 * s)
    doc.lineTo(64 * s, 216 * s)
    doc.closeSubpath()
    p.setBrush(QColor("#ffffff"))
    p.drawPath(doc)
    p.setBrush(QColor("#c8e6c9"))
    fold = QPainterPath()
    fold.moveTo(160 * s, 40 * s)
    fold.lineTo(160 * s, 76 * s)
    fold.lineTo(196 * s, 76 * s)
    fold.closeSubpath()
    p.drawPath(fold)
    # rising bars
    p.setBrush(QColor("#f9a825"))
    for i, h in enumerate((44, 72, 104)):
        x = (84 + i * 34) * s
        p.drawRect(QRectF(x, (196 - h) * s, 24 * s, h * s))
    # tick
    if size >= 24:
        pen = QPen(QColor("#1b5e20"), max(1.5, 14 * s))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        tick = QPainterPath(QPointF(86 * s, 92 * s))
        tick.lineTo(104 * s, 110 * s)
        tick.lineTo(138 * s, 72 * s)
        p.drawPath(tick)
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def write_ico(path: Path, images: list[tuple[int, bytes]]) -> None:
    """ICONDIR + one ICONDIRENTRY per size + the PNG payloads."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for size, png in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    path.write_bytes(header + entries + payload)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - painting needs it
    OUT.mkdir(parents=True, exist_ok=True)
    images = [(n, png_bytes(draw(n))) for n in SIZES]
    (OUT / "app.png").write_bytes(images[-1][1])
    write_ico(OUT / "app.ico", images)
    print(f"{OUT / 'app.png'}, {OUT / 'app.ico'} ({', '.join(str(n) for n in SIZES)} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
