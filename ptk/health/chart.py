"""A radar chart of a health-check round, as SVG text.

Written by hand (a few dozen elements) so that the same round gives the same bytes on
every run and every machine. Each series differs by its dash pattern and its marker,
not by colour alone, so the chart reads the same printed in black and white.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

WIDTH = 600
RADIUS = 150
CENTRE_Y = 200
TOP = 5  # the scale goes from 1 to 5; the centre is 0
FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"

# (dash pattern, marker, stroke width, grey): one look per series, never colour alone
_STYLES = (
    ("", "circle", 2.6, "#000000"),
    ("7 4", "square", 1.8, "#333333"),
    ("2 3", "triangle", 1.8, "#333333"),
    ("9 3 2 3", "diamond", 1.8, "#555555"),
    ("12 5", "cross", 1.8, "#555555"),
)


@dataclass(frozen=True)
class Series:
    """One line of the chart: a name for the legend, a value per dimension (None: no answer)."""

    name: str
    values: Sequence[float | None]


def radar_svg(labels: Sequence[str], series: Sequence[Series], title: str = "") -> str:
    """The SVG of a radar chart: one axis per label (clockwise from the top), one closed
    line per series, a legend under it. Same input, same bytes."""
    count = len(labels)
    height = CENTRE_Y + RADIUS + 70 + 24 * len(series)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label={quoteattr(title)} '
        f'font-family={quoteattr(FONT)} font-size="13">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
    ]
    if count >= 3:
        parts += _grid(count) + _labels(labels)
        for index, line in enumerate(series):
            parts += _series(line, count, _STYLES[index % len(_STYLES)])
    parts += _legend(series, CENTRE_Y + RADIUS + 62)
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _point(axis: int, count: int, value: float) -> tuple[float, float]:
    angle = -math.pi / 2 + 2 * math.pi * axis / count
    distance = RADIUS * value / TOP
    return WIDTH / 2 + distance * math.cos(angle), CENTRE_Y + distance * math.sin(angle)


def _xy(point: tuple[float, float]) -> str:
    return f"{point[0]:.1f},{point[1]:.1f}"


def _grid(count: int) -> list[str]:
    parts = []
    for ring in range(1, TOP + 1):
        points = " ".join(_xy(_point(axis, count, ring)) for axis in range(count))
        width = "1" if ring == TOP else "0.6"
        parts.append(
            f'<polygon points="{points}" fill="none" stroke="#999999" stroke-width="{width}"/>'
        )
        x, y = _point(0, count, ring)
        parts.append(
            f'<text x="{x + 4:.1f}" y="{y + 4:.1f}" font-size="10" fill="#555555">{ring}</text>'
        )
    for axis in range(count):
        x, y = _point(axis, count, TOP)
        parts.append(
            f'<line x1="{WIDTH / 2:.1f}" y1="{CENTRE_Y:.1f}" x2="{x:.1f}" y2="{y:.1f}" '
            'stroke="#999999" stroke-width="0.6"/>'
        )
    return parts


def _labels(labels: Sequence[str]) -> list[str]:
    parts = []
    for axis, label in enumerate(labels):
        x, y = _point(axis, len(labels), TOP + 0.55)
        dx = x - WIDTH / 2
        anchor = "start" if dx > 8 else "end" if dx < -8 else "middle"
        lines = _wrap(label)
        y -= 7 * (len(lines) - 1) if y < CENTRE_Y + 5 else 0
        spans = "".join(
            f'<tspan x="{x:.1f}" dy="{0 if i == 0 else 15}">{escape(text)}</tspan>'
            for i, text in enumerate(lines)
        )
        parts.append(f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">{spans}</text>')
    return parts


def _wrap(label: str, width: int = 18) -> list[str]:
    """A long label on two lines, cut at the space nearest the middle."""
    if len(label) <= width or " " not in label:
        return [label]
    middle = len(label) // 2
    spaces = [i for i, char in enumerate(label) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return [label[:cut], label[cut + 1 :]]


def _series(line: Series, count: int, style: tuple[str, str, float, str]) -> list[str]:
    dash, marker, width, grey = style
    points = [
        _point(axis, count, value)
        for axis, value in enumerate(line.values[:count])
        if value is not None
    ]
    if not points:
        return []
    dashed = f' stroke-dasharray="{dash}"' if dash else ""
    parts = [
        f'<polygon points="{" ".join(_xy(p) for p in points)}" fill="none" stroke="{grey}" '
        f'stroke-width="{width}"{dashed} stroke-linejoin="round"/>'
    ]
    parts += [_marker(marker, x, y, grey) for x, y in points]
    return parts


def _marker(shape: str, x: float, y: float, grey: str) -> str:
    r = 4.0
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{grey}"/>'
    if shape == "square":
        return (
            f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" '
            f'fill="#ffffff" stroke="{grey}" stroke-width="1.5"/>'
        )
    if shape == "cross":
        return (
            f'<path d="M{x - r:.1f},{y - r:.1f}L{x + r:.1f},{y + r:.1f}'
            f'M{x - r:.1f},{y + r:.1f}L{x + r:.1f},{y - r:.1f}" stroke="{grey}" '
            'stroke-width="1.8"/>'
        )
    corners = {
        "triangle": [(0.0, -1.2 * r), (1.1 * r, 0.8 * r), (-1.1 * r, 0.8 * r)],
        "diamond": [(0.0, -1.3 * r), (1.3 * r, 0.0), (0.0, 1.3 * r), (-1.3 * r, 0.0)],
    }[shape]
    points = " ".join(f"{x + dx:.1f},{y + dy:.1f}" for dx, dy in corners)
    fill = "#ffffff" if shape == "triangle" else grey
    return f'<polygon points="{points}" fill="{fill}" stroke="{grey}" stroke-width="1.5"/>'


def _legend(series: Sequence[Series], top: float) -> list[str]:
    parts = []
    for index, line in enumerate(series):
        dash, marker, width, grey = _STYLES[index % len(_STYLES)]
        y = top + 24 * index
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(
            f'<line x1="60" y1="{y:.1f}" x2="110" y2="{y:.1f}" stroke="{grey}" '
            f'stroke-width="{width}"{dashed}/>'
        )
        parts.append(_marker(marker, 85, y, grey))
        parts.append(f'<text x="122" y="{y + 4.5:.1f}">{escape(line.name)}</text>')
    return parts
