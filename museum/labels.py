"""Printable QR label sheets: an A4 SVG, three labels across, eight down.

Each label holds the QR code of the page's short address, its Vietnamese
name, its scientific name (for species) and the address in letters, for
phones that cannot scan.
"""

import io
from xml.sax.saxutils import escape

import segno

from museum.shortcodes import short_code, short_url

PAGE_W, PAGE_H = 210, 297  # mm
COLS, ROWS = 3, 8
MARGIN_X, MARGIN_Y = 10, 12
CELL_W = (PAGE_W - 2 * MARGIN_X) / COLS
CELL_H = (PAGE_H - 2 * MARGIN_Y) / ROWS
QR_SIZE = 26  # mm, with its quiet zone


def _qr_svg(url, x, y):
    qr = segno.make(url, error="m", micro=False)
    out = io.BytesIO()
    qr.save(out, kind="svg", xmldecl=False, svgns=False, nl=False, border=2, omitsize=True)
    inner = out.getvalue().decode()
    # Nest segno's drawing (its own viewBox) at the label's position.
    return inner.replace(
        "<svg ", f'<svg x="{x:.1f}" y="{y:.1f}" width="{QR_SIZE}" height="{QR_SIZE}" ', 1
    )


def _text(x, y, text, size, width, style=""):
    """A line of text squeezed to ``width`` mm when it would run into the next label."""
    fit = ""
    if len(text) * size * 0.56 > width:
        fit = f' textLength="{width:.1f}" lengthAdjust="spacingAndGlyphs"'
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}"{fit} {style}>{escape(text)}</text>'


def _label(page, col, row):
    specific = page.specific
    url = short_url(short_code(page))
    x, y = MARGIN_X + col * CELL_W, MARGIN_Y + row * CELL_H
    text_x = x + QR_SIZE + 1
    text_width = CELL_W - QR_SIZE - 4
    name = getattr(specific, "title_vi", None) or specific.title
    latin = getattr(specific, "scientific_name", "") or ""
    lines = [
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{CELL_W - 2:.1f}" height="{CELL_H - 2:.1f}" '
        'fill="none" stroke="#999" stroke-width="0.2" stroke-dasharray="1 1"/>',
        _qr_svg(url, x + 1, y + 1),
        _text(text_x, y + 9, name, 3.6, text_width, 'font-weight="bold"'),
    ]
    if latin:
        lines.append(_text(text_x, y + 14, latin, 3, text_width, 'font-style="italic"'))
    lines.append(_text(x + 2, y + QR_SIZE + 3.5, url, 2.6, CELL_W - 6, 'font-family="monospace"'))
    return "\n".join(lines)


def label_sheets(pages):
    """One SVG document with as many A4 pages (stacked) as the labels need."""
    pages = list(pages)
    per_sheet = COLS * ROWS
    sheets = max(1, -(-len(pages) // per_sheet))
    height = PAGE_H * sheets
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{PAGE_W}mm" height="{height}mm" '
        f'viewBox="0 0 {PAGE_W} {height}" font-family="DejaVu Sans, Arial, sans-serif">',
        f'<rect width="{PAGE_W}" height="{height}" fill="#fff"/>',
    ]
    for i, page in enumerate(pages):
        sheet, slot = divmod(i, per_sheet)
        row, col = divmod(slot, COLS)
        parts.append(f'<g transform="translate(0 {sheet * PAGE_H})">{_label(page, col, row)}</g>')
    parts.append("</svg>")
    return "\n".join(parts)
