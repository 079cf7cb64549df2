"""Semantic diff: what changed between two versions of a partnership, field by field.

Lists of records are matched by their key — partners and objectives by ``id``, roles and
signatures by ``partner``, milestones by ``date`` and ``label``, … — so that reordering
a list is not a change and an edited partner is one change, not a removal and an
addition. Lists of plain values (shared values, responsibilities) are compared as sets.

>>> old = {"status": "negotiating", "partners": [{"id": "a", "name": "A"}]}
>>> new = {"status": "active", "partners": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}]}
>>> [change.line() for change in diff(old, new)]
['partners: + b', 'status: negotiating → active']
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ptk.document import join_pointer, split_pointer

# list (by field names, indices and keys left out) → the fields that identify an item
KEYS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("partners",): ("id",),
    ("objectives",): ("id",),
    ("roles",): ("partner",),
    ("signatures",): ("partner",),
    ("amendments",): ("number",),
    ("amendments", "signatures"): ("partner",),
    ("contributions",): ("partner", "type", "description"),
    ("needs",): ("type", "description"),
    ("schedule", "milestones"): ("date", "label"),
    ("decisions",): ("date", "decision"),
    ("evaluation", "reviews"): ("date",),
    ("celebrations",): ("date", "description"),
    ("budget", "lines"): ("label",),
    ("governance", "bodies"): ("name",),
}
_MISSING = object()


@dataclass(frozen=True)
class Change:
    """One field that changed: its path (keyed items by their key), how, and the values."""

    path: str
    kind: str  # changed | added | removed
    old: Any = None
    new: Any = None
    field: str = ""  # objectives[o1].indicators[0].target
    item: str = ""  # the key or index when a whole list item was added or removed

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "kind": self.kind, "old": self.old, "new": self.new}

    def line(self) -> str:
        """``objectives[o1].indicators[0].target: 10 → 12``, ``partners: + emmaus-creil``:
        for logs and tools; a reader gets :func:`ptk.history.wording.sentence`."""
        if self.kind == "changed":
            return f"{self.field}: {show(self.old)} → {show(self.new)}"
        sign = "+" if self.kind == "added" else "−"
        if self.item:
            return f"{self.field}: {sign} {self.item}"
        return f"{self.field}: {sign} {show(self.new if self.kind == 'added' else self.old)}"


def show(value: Any, width: int = 60) -> str:
    """A value in a line: text as it is, the rest as compact JSON, shortened."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def diff(old: Any, new: Any) -> list[Change]:
    """Every change from ``old`` to ``new`` (plain data of two versions), sorted by path."""
    return sorted(_diff(old, new, _Where()), key=lambda change: change.path)


@dataclass(frozen=True)
class _Where:
    """Where the walk is: pointer parts, field names (for KEYS), display text."""

    path: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    text: str = ""

    def key(self, name: str) -> _Where:
        return _Where(
            (*self.path, name), (*self.names, name), f"{self.text}.{name}" if self.text else name
        )

    def item(self, key: str) -> _Where:
        return _Where((*self.path, key), self.names, f"{self.text}[{key}]")


def _diff(old: Any, new: Any, where: _Where, item: str = "") -> Iterator[Change]:
    pointer = join_pointer(*where.path)
    field = where.text.rsplit("[", 1)[0] if item else where.text
    if not item and (old is _MISSING or new is _MISSING):
        present = new if old is _MISSING else old
        if isinstance(present, dict | list) and present:  # a whole field: say what it holds
            empty: Any = {} if isinstance(present, dict) else []
            before, after = (empty, new) if old is _MISSING else (old, empty)
            yield from _diff(before, after, where)
            return
    if old is _MISSING:
        yield Change(pointer, "added", None, new, field, item)
    elif new is _MISSING:
        yield Change(pointer, "removed", old, None, field, item)
    elif isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new), key=str):
            yield from _diff(old.get(key, _MISSING), new.get(key, _MISSING), where.key(str(key)))
    elif isinstance(old, list) and isinstance(new, list):
        yield from _lists(old, new, where)
    elif old != new or type(old) is not type(new):
        yield Change(pointer, "changed", old, new, where.text)


def _lists(old: list[Any], new: list[Any], where: _Where) -> Iterator[Change]:
    fields = KEYS.get(where.names)
    if fields and all(isinstance(item, dict) for item in old + new):
        before, after = _keyed(old, fields), _keyed(new, fields)
        if before is not None and after is not None:
            for key in [*before, *(k for k in after if k not in before)]:
                yield from _diff(
                    before.get(key, _MISSING), after.get(key, _MISSING), where.item(key), key
                )
            return
    if all(_scalar(item) for item in old + new):
        pointer = join_pointer(*where.path)
        for value in old:
            if value not in new:
                yield Change(pointer, "removed", value, None, where.text)
        for value in new:
            if value not in old:
                yield Change(pointer, "added", None, value, where.text)
        return
    for index in range(max(len(old), len(new))):
        yield from _diff(
            old[index] if index < len(old) else _MISSING,
            new[index] if index < len(new) else _MISSING,
            where.item(str(index)),
            str(index),
        )


def _keyed(items: list[dict[str, Any]], fields: tuple[str, ...]) -> dict[str, Any] | None:
    """Items by key (``"a"``, or ``"2026-06-30 bilan"`` for several fields); None if ambiguous."""
    keyed: dict[str, Any] = {}
    for item in items:
        key = " ".join(str(item.get(field, "")) for field in fields).strip()
        if not key or key in keyed:
            return None
        keyed[key] = item
    return keyed


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def locate(data: Any, path: str) -> str:
    """The JSON pointer, with list indices, of a change's keyed path in ``data`` (or its
    nearest existing ancestor): ``/objectives/o1/target`` → ``/objectives/0/target``."""
    parts: list[str] = []
    names: tuple[str, ...] = ()
    node = data
    for segment in split_pointer(path):
        if isinstance(node, dict) and segment in node:
            parts.append(segment)
            names = (*names, segment)
            node = node[segment]
        elif isinstance(node, list):
            index = _index(node, segment, KEYS.get(names))
            if index is None:
                break
            parts.append(str(index))
            node = node[index]
        else:
            break
    return join_pointer(*parts)


def _index(items: list[Any], segment: str, fields: tuple[str, ...] | None) -> int | None:
    if fields:
        for index, item in enumerate(items):
            if (
                isinstance(item, dict)
                and " ".join(str(item.get(f, "")) for f in fields).strip() == segment
            ):
                return index
    return int(segment) if segment.isdigit() and int(segment) < len(items) else None
