"""Draw Organiser's app icon with QPainter and save the PNG sizes and a Windows .ico.

    .venv/bin/python packaging/make_icon.py   # writes packaging/icons/ and resources/icons/organiser.png

The icon is an agenda sheet (gold header, two binder rings) with three people on it: a seminar.
Drawn here, so it carries no third-party artwork. Each size is drawn, not scaled, and the
smallest sizes leave out details that would turn to mush.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

OUT = Path(__file__).resolve().parent / "icons"
RESOURCES_ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "organiser.png"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

TEAL_LIGHT = QColor("#16877f")
TEAL_DARK = QColor("#0b4f4a")
GOLD = QColor("#f2a93b")
PAPER = QColor("#fdfaf3")
INK = QColor("#0e6660")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 100.0, size / 100.0)  # draw on a 100 x 100 grid
    small = size <= 24

    # background tile
    margin = 2.0 if size >= 32 else 0.5
    tile = QRectF(margin, margin, 100 - 2 * margin, 100 - 2 * margin)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomRight())
    gradient.setColorAt(0.0, TEAL_LIGHT)
    gradient.setColorAt(1.0, TEAL_DARK)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(tile, 22, 22)

    # the agenda sheet, with a soft shadow below it
    sheet = QRectF(19, 22, 62, 62) if not small else QRectF(14, 18, 72, 70)
    if not small:
        p.setBrush(QColor(0, 0, 0, 60))
        p.drawRoundedRect(sheet.translated(0, 2.5), 7, 7)
    p.setBrush(PAPER)
    p.drawRoundedRect(sheet, 7, 7)

    # gold header band (top corners rounded like the sheet)
    header_height = 17 if not small else 20
    header = QPainterPath()
    header.addRoundedRect(QRectF(sheet.left(), sheet.top(), sheet.width(), header_height + 8), 7, 7)
    clip = QPainterPath()
    clip.addRect(QRectF(sheet.left(), sheet.top(), sheet.width(), header_height))
    p.setBrush(GOLD)
    p.drawPath(header.intersected(clip))

    if not small:
        # binder rings across the top edge
        p.setPen(QPen(QColor("#3a3a3a"), 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for x in (37.0, 63.0):
            p.drawLine(QPointF(x, sheet.top() - 6), QPointF(x, sheet.top() + 6))
        p.setPen(Qt.PenStyle.NoPen)

    # three people: the seminar
    body_top = sheet.top() + header_height
    space = sheet.bottom() - body_top
    p.setBrush(INK)
    people = (
        (sheet.center().x() - 17, 0.80),
        (sheet.center().x() + 17, 0.80),
        (sheet.center().x(), 1.0),
    )
    if small:  # one clear figure reads better than three blurred ones
        people = ((sheet.center().x(), 1.0),)
    for cx, scale in people:
        head_r = (7.0 if not small else 10.0) * scale
        head_y = body_top + space * (0.40 if scale == 1.0 else 0.36)
        if scale != 1.0:
            p.setBrush(QColor("#4f9c95"))
        else:
            p.setBrush(INK)
        p.drawEllipse(QPointF(cx, head_y), head_r, head_r)
        shoulders = QRectF(cx - head_r * 1.9, head_y + head_r * 1.25, head_r * 3.8, head_r * 3.4)
        path = QPainterPath()
        path.moveTo(shoulders.left(), shoulders.center().y())
        path.arcTo(shoulders, 180, -180)
        path.closeSubpath()
        clip_body = QPainterPath()
        clip_body.addRect(
            QRectF(sheet.left(), body_top, sheet.width(), sheet.bottom() - 5 - body_top)
        )
        p.drawPath(path.intersected(clip_body))
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BMP entry for the .ico (what every Windows version reads at small sizes)."""
    img = image.convertToFormat(QImage.Format.Format_ARGB32)
    w, h = img.width(), img.height()
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, w * h * 4, 0, 0, 0, 0)
    rows = []
    for y in range(h - 1, -1, -1):  # bottom-up
        line = img.constScanLine(y)
        rows.append(bytes(line)[: w * 4])  # ARGB32 is BGRA in memory on little-endian
    mask_row = ((w + 31) // 32) * 4
    return header + b"".join(rows) + b"\0" * (mask_row * h)


def write_ico(path: Path, images: dict[int, QImage]) -> None:
    entries = []
    for size in sorted(images):
        data = png_bytes(images[size]) if size >= 256 else dib_bytes(images[size])
        entries.append((size, data))
    offset = 6 + 16 * len(entries)
    out = [struct.pack("<HHH", 0, 1, len(entries))]
    blobs = []
    for size, data in entries:
        dim = 0 if size >= 256 else size
        out.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
        blobs.append(data)
    path.write_bytes(b"".join(out + blobs))


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in PNG_SIZES}
    for size, image in images.items():
        image.save(str(OUT / f"organiser-{size}.png"), "PNG")
    write_ico(OUT / "organiser.ico", {s: images[s] for s in ICO_SIZES})
    # The window icon the app sets (resources/ is bundled as organiser/resources).
    images[256].save(str(RESOURCES_ICON), "PNG")
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
