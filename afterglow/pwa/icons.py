"""Draw the app's icons as PNG files (``python -m afterglow.pwa.icons``).

Run once; the files are committed under ``static/afterglow/icons/``. Written with the
standard library (zlib + struct) so no imaging package is needed: the icon is the favicon's
two circles, and the maskable one keeps them inside the safe zone (the middle 80 %) on a
full-bleed background, as launchers crop it to their own shape.
"""

import struct
import sys
import zlib
from pathlib import Path

PAPER = (255, 250, 245)
OUTER = (180, 83, 42)
INNER = (251, 227, 201)
FOLDER = Path(__file__).resolve().parent.parent / "static" / "afterglow" / "icons"


def _pixel(x: float, y: float, size: int, scale: float) -> tuple[int, int, int, int]:
    centre = size / 2
    d = ((x - centre) ** 2 + (y - centre) ** 2) ** 0.5 / (size / 2)
    if d <= 0.5 * scale:
        return (*INNER, 255)
    if d <= 0.875 * scale:
        return (*OUTER, 255)
    return (*PAPER, 255)


def draw(size: int, *, maskable: bool) -> bytes:
    scale = 0.8 if maskable else 1.0
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # no filter
        for x in range(size):
            rows.extend(_pixel(x + 0.5, y + 0.5, size, scale))
    return _png(size, bytes(rows))


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def _png(size: int, raw: bytes) -> bytes:
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 9))
        + _chunk(b"IEND", b"")
    )


def main(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, size, maskable in (
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("maskable-512.png", 512, True),
        ("apple-touch-icon.png", 180, False),
    ):
        (folder / name).write_bytes(draw(size, maskable=maskable))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER)
