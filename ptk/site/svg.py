"""Inline SVG, written by ptk: the progress bars and the network map.

Every text that comes from a partnership file is escaped (markupsafe) before it is
placed in the drawing; numbers are ptk's own.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from ptk.site.layout import Layout, layout
from ptk.site.model import Portfolio, organisation_ids

_STATUS_CLASSES = frozenset(
    {"exploring", "negotiating", "active", "under_review", "renewed", "ended", "declined"}
)


def progress(fraction: float, label: str) -> Markup:
    """A bar filled to ``fraction`` (0–1), named ``label`` for screen readers."""
    width = round(max(0.0, min(1.0, fraction)) * 100, 1)
    return Markup(
        '<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" '
        'aria-label="{label}"><rect class="bar-track" width="100" height="10" rx="5"/>'
        '<rect class="bar-fill" width="{width}" height="10" rx="5"/></svg>'
    ).format(label=label, width=width)


def fraction(baseline: object, current: object, target: object) -> float | None:
    """How far ``current`` has gone from ``baseline`` to ``target`` (None: not measurable).

    >>> fraction(0, 7, 12)
    0.5833333333333334
    >>> fraction(40, 25, 10)  # a target below the baseline: going down is progress
    0.5
    >>> fraction(None, 3, 10), fraction(0, None, 10), fraction(5, 5, 5)
    (0.3, None, None)
    """
    numbers = (int, float)
    start = baseline if isinstance(baseline, numbers) and not isinstance(baseline, bool) else 0
    if not isinstance(current, numbers) or isinstance(current, bool):
        return None
    if not isinstance(target, numbers) or isinstance(target, bool) or target == start:
        return None
    return max(0.0, min(1.0, (current - start) / (target - start)))


def network(portfolio: Portfolio, label: str) -> Markup:
    """The map: organisations (circles, with their names) and partnerships (squares),
    each a link to its page; ``label`` names the drawing."""
    nodes = [f"o:{oid}" for oid in portfolio.organisations]
    nodes += [f"p:{entry.slug}" for entry in portfolio.entries]
    edges = [
        (f"p:{entry.slug}", f"o:{oid}")
        for entry in portfolio.entries
        for oid in dict.fromkeys(oid for oid, _ in organisation_ids(entry.data))
        if oid in portfolio.organisations
    ]
    places = layout(nodes, edges)
    parts = [_edges(places, edges), _partnerships(portfolio, places), _orgs(portfolio, places)]
    width, height = max(places.width, 200.0), max(places.height, 120.0)
    return Markup(
        '<svg class="map" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="group" '
        'aria-label="{label}">{body}</svg>'
    ).format(w=round(width, 1), h=round(height, 1), label=label, body=Markup("").join(parts))


def _edges(places: Layout, edges: list[tuple[str, str]]) -> Markup:
    lines = [
        Markup('<line x1="{}" y1="{}" x2="{}" y2="{}"/>').format(
            *places.positions[a], *places.positions[b]
        )
        for a, b in sorted(edges)
    ]
    return Markup('<g class="edges">') + Markup("").join(lines) + Markup("</g>")


def _partnerships(portfolio: Portfolio, places: Layout) -> Markup:
    items = []
    for entry in portfolio.entries:
        node = f"p:{entry.slug}"
        x, y = places.positions[node]
        status = entry.p.status if entry.p.status in _STATUS_CLASSES else "unknown"
        label = _label(entry.title, x, y + 22, "label-p", False) if node in places.small else ""
        items.append(
            Markup(
                '<a href="partnerships/{slug}.html" class="node node-p status-{status}">'
                '<title>{title}</title><rect x="{x}" y="{y}" width="14" height="14" rx="2"/>'
                "{label}</a>"
            ).format(
                slug=entry.slug,
                status=status,
                title=entry.title,
                x=round(x - 7, 1),
                y=round(y - 7, 1),
                label=label,
            )
        )
    return Markup('<g class="partnerships">') + Markup("").join(items) + Markup("</g>")


def _orgs(portfolio: Portfolio, places: Layout) -> Markup:
    items = []
    for oid, organisation in portfolio.organisations.items():
        x, y = places.positions[f"o:{oid}"]
        items.append(
            Markup(
                '<a href="organisations/{slug}.html" class="node node-o"><title>{name}</title>'
                '<circle cx="{x}" cy="{y}" r="10"/>{label}</a>'
            ).format(
                slug=organisation.slug,
                name=organisation.name,
                x=x,
                y=y,
                label=_label(organisation.name, x, y - 16, "label-o", True),
            )
        )
    return Markup('<g class="organisations">') + Markup("").join(items) + Markup("</g>")


def _label(text: str, x: float, y: float, css: str, above: bool) -> Markup:
    """A name on up to two lines, centred on ``x``, ending at ``y`` (above a node) or
    starting there (below it)."""
    lines = _wrap(text, 22)
    first = y - 13 * (len(lines) - 1) if above else y
    spans = [
        Markup('<tspan x="{}" y="{}">{}</tspan>').format(x, round(first + 13 * index, 1), line)
        for index, line in enumerate(lines)
    ]
    return Markup('<text class="{}">{}</text>').format(css, Markup("").join(spans))


def _wrap(text: str, width: int) -> list[str]:
    """Words on up to two lines of about ``width`` characters, the rest shortened.

    >>> _wrap("Groupe local Colibris de Kembs", 22)
    ['Groupe local Colibris', 'de Kembs']
    """
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 2:
        lines = [lines[0], _short(" ".join(lines[1:]), width)]
    return [_short(line, width) for line in lines]


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


__all__ = ["Markup", "escape", "fraction", "network", "progress"]
