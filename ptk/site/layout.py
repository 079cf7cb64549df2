"""Where each node of the network map goes: the same places on every run.

The graph has two kinds of node, organisations and partnerships, an edge joining a
partnership to each organisation in it. Each connected group is laid out on its own —
a small one by a force layout (Fruchterman–Reingold, a fixed number of steps from a
circle in sorted order), a large one as two rings, organisations inside, partnerships
outside next to their organisations — and the groups are packed in rows, largest first.
No randomness: the same graph gives the same coordinates.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

Node = str  # "o:<organisation id>" or "p:<partnership slug>"
Point = tuple[float, float]

FORCE_LIMIT = 60  # nodes: above it, rings (a force layout costs n² per step)
STEPS = 120
WIDTH = 1200.0
GAP = 10.0
SPACING = 150.0


@dataclass
class Layout:
    """Node positions, and the size of the drawing."""

    positions: dict[Node, Point] = field(default_factory=dict)
    width: float = 0.0
    height: float = 0.0
    small: set[Node] = field(default_factory=set)  # nodes of force-laid groups (labelled)


def components(nodes: Iterable[Node], edges: list[tuple[Node, Node]]) -> list[list[Node]]:
    """The connected groups, each sorted, largest first (then by first node)."""
    neighbours: dict[Node, list[Node]] = {node: [] for node in nodes}
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    seen: set[Node] = set()
    groups = []
    for start in sorted(neighbours):
        if start in seen:
            continue
        group, stack = [], [start]
        seen.add(start)
        while stack:
            node = stack.pop()
            group.append(node)
            for other in neighbours[node]:
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        groups.append(sorted(group))
    return sorted(groups, key=lambda group: (-len(group), group[0]))


def layout(nodes: Iterable[Node], edges: list[tuple[Node, Node]]) -> Layout:
    """Positions for every node, groups packed in rows."""
    result = Layout()
    x = y = row = 0.0
    for group in components(nodes, edges):
        members = set(group)
        inside = [(a, b) for a, b in edges if a in members] if len(group) > 1 else []
        if len(group) <= FORCE_LIMIT:
            places = _force(group, inside)
            result.small.update(group)
        else:
            places = _rings(group, inside)
        width, height = _normalise(places)
        if x > 0 and x + width > WIDTH:
            x, y, row = 0.0, y + row + GAP, 0.0
        for node, (px, py) in places.items():
            result.positions[node] = (round(px + x, 1), round(py + y, 1))
        x, row = x + width + GAP, max(row, height)
        result.width = max(result.width, x - GAP)
    result.height = y + row
    return result


def _normalise(
    places: dict[Node, Point], side: float = 100.0, top_margin: float = 50.0
) -> tuple[float, float]:
    """Move ``places`` to start at (side, top_margin), room left for names; its size."""
    xs = [p[0] for p in places.values()]
    ys = [p[1] for p in places.values()]
    left, top = min(xs), min(ys)
    for node, (px, py) in places.items():
        places[node] = (px - left + side, py - top + top_margin)
    return max(xs) - left + 2 * side, max(ys) - top + 2 * top_margin


def _circle(nodes: list[Node], radius: float, turn: float = 0.0) -> dict[Node, Point]:
    count = max(len(nodes), 1)
    return {
        node: (
            radius * math.cos(2 * math.pi * (index / count) + turn),
            radius * math.sin(2 * math.pi * (index / count) + turn),
        )
        for index, node in enumerate(nodes)
    }


def _force(group: list[Node], edges: list[tuple[Node, Node]]) -> dict[Node, Point]:
    if len(group) == 1:
        return {group[0]: (0.0, 0.0)}
    k = SPACING  # the distance a link settles at: room for a name between two nodes
    side = k * math.sqrt(len(group))
    places = _circle(group, k * len(group) / (2 * math.pi))
    for step in range(STEPS):
        heat = side / 10 * (1 - step / STEPS) + 0.5
        moves = {node: [0.0, 0.0] for node in group}
        for i, a in enumerate(group):
            ax, ay = places[a]
            for b in group[i + 1 :]:
                dx, dy = ax - places[b][0], ay - places[b][1]
                distance = math.hypot(dx, dy) or 0.01
                push = k * k / distance / distance
                moves[a][0] += dx * push
                moves[a][1] += dy * push
                moves[b][0] -= dx * push
                moves[b][1] -= dy * push
        for a, b in edges:
            dx, dy = places[a][0] - places[b][0], places[a][1] - places[b][1]
            pull = math.hypot(dx, dy) / k
            moves[a][0] -= dx * pull
            moves[a][1] -= dy * pull
            moves[b][0] += dx * pull
            moves[b][1] += dy * pull
        for node, (mx, my) in moves.items():
            length = math.hypot(mx, my) or 1.0
            scale = min(length, heat) / length
            places[node] = (places[node][0] + mx * scale, places[node][1] + my * scale)
    return places


def _rings(group: list[Node], edges: list[tuple[Node, Node]]) -> dict[Node, Point]:
    """Organisations on an inner ring; each partnership on the outer ring, at the mean
    angle of its organisations."""
    organisations = [node for node in group if node.startswith("o:")]
    partnerships = [node for node in group if not node.startswith("o:")]
    inner = max(80.0, 16.0 * len(organisations) / math.pi)
    places = _circle(organisations, inner)
    angle = {node: math.atan2(y, x) for node, (x, y) in places.items()}
    linked: dict[Node, list[float]] = {node: [] for node in partnerships}
    for a, b in edges:
        partnership, organisation = (a, b) if a in linked else (b, a)
        if partnership in linked and organisation in angle:
            linked[partnership].append(angle[organisation])
    ordered = sorted(partnerships, key=lambda node: (_mean_angle(linked[node]), node))
    outer = max(inner + 140.0, 9.0 * len(partnerships) / math.pi)
    places.update(_circle(ordered, outer, -math.pi))
    return places


def _mean_angle(angles: list[float]) -> float:
    if not angles:
        return math.pi
    return math.atan2(sum(map(math.sin, angles)), sum(map(math.cos, angles)))
