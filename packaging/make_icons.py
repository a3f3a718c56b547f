"""Draw the app icon with Qt and write it as .png, .ico (Windows) and .icns (macOS).

    python packaging/make_icons.py          # rewrites packaging/icons/subcontract-assist.*

The icon is a contract sheet with a red 도장 (seal), drawn from shapes only so it does not
depend on the fonts of the machine that runs this. The .ico and .icns containers hold PNG images
(supported since Windows Vista and macOS 10.7), so no image library beyond Qt is needed.
The outputs are committed; run this again only when the drawing changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parent / "icons"
NAME = "subcontract-assist"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types that hold PNG data, by pixel size.
ICNS_TYPES = ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32))
ICNS_TYPES += ((b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def draw(size: int) -> QImage:
    """Return the icon drawn at ``size`` × ``size`` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 100, size / 100)  # draw on a 100 × 100 canvas
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f4e8c"))  # navy tile
    p.drawRoundedRect(QRectF(4, 4, 92, 92), 18, 18)
    sheet = QPainterPath()  # the contract sheet with a folded corner
    sheet.moveTo(24, 14)
    sheet.lineTo(64, 14)
    sheet.lineTo(78, 28)
    sheet.lineTo(78, 86)
    sheet.lineTo(24, 86)
    sheet.closeSubpath()
    p.setBrush(QColor("#ffffff"))
    p.drawPath(sheet)
    p.setBrush(QColor("#c9d6ea"))
    p.drawPolygon([QPointF(64, 14), QPointF(64, 28), QPointF(78, 28)])
    p.setPen(QPen(QColor("#1f4e8c"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for y, end in ((32, 56), (44, 68), (56, 68), (68, 50)):  # lines of text
        p.drawLine(QPointF(32, y), QPointF(end, y))
    p.setPen(QPen(QColor("#c62828"), 4.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(66, 72), 11, 11)  # the seal
    p.drawLine(QPointF(61, 72), QPointF(65, 76))  # a check inside it: fair terms
    p.drawLine(QPointF(65, 76), QPointF(72, 67))
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """Encode ``image`` as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """Pack PNG images into a Windows .ico container."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """Pack PNG images into a macOS .icns container."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[px])) + images[px] for kind, px in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    """Write the three icon files."""
    app = QGuiApplication(sys.argv[:1])
    sizes = sorted({*ICO_SIZES, *(px for _, px in ICNS_TYPES)})
    images = {size: png_bytes(draw(size)) for size in sizes}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{NAME}.png").write_bytes(images[512])
    (OUT / f"{NAME}.ico").write_bytes(ico({s: images[s] for s in ICO_SIZES}))
    (OUT / f"{NAME}.icns").write_bytes(icns(images))
    for path in sorted(OUT.glob(f"{NAME}.*")):
        print(f"{path.name}: {path.stat().st_size} bytes")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
