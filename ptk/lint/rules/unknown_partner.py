"""A role, contribution, decision, signature or objective names a partner that is not listed.

Partners are named by their id everywhere in the file. A misspelt id silently
detaches a role or a signature from its partner: the convention would then show a
responsibility nobody holds, or a signature for nobody.

Passing::

    roles:
      - {partner: emmaus-creil, role: logistique}

Failing::

    roles:
      - {partner: emaus-creil, role: logistique}
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context
from ptk.partnership import Partnership
from ptk.problem import Finding

ID = "unknown-partner"
SEVERITY = "error"
OPTIONS: Mapping[str, Any] = {}

# (list, field) whose value is one partner id
SINGLE = (
    (("roles",), "partner"),
    (("contributions",), "partner"),
    (("signatures",), "partner"),
    (("schedule", "milestones"), "owner"),
)
# (list, field) whose value is a list of partner ids
MANY = ((("decisions",), "present"), (("objectives",), "agreed_by"))


Where = tuple[str | int, ...]


def references(partnership: Partnership) -> Iterator[tuple[Where, object]]:
    """Every ``(path, value)`` where the file names a partner (the coordinator aside)."""
    for path, field in SINGLE:
        for index, record in partnership.records(*path):
            if field in record:
                yield (*path, index, field), record[field]
    for path, field in MANY:
        for index, record in partnership.records(*path):
            values = record.get(field)
            for position, value in enumerate(values if isinstance(values, list) else []):
                yield (*path, index, field, position), value
    yield from _governance(partnership)


def _governance(partnership: Partnership) -> Iterator[tuple[Where, object]]:
    holder = partnership.get("budget", "funds_management", "holder")
    if holder is not None:
        yield ("budget", "funds_management", "holder"), holder
    vetoes = partnership.get("governance", "decision_making", "veto")
    for position, value in enumerate(vetoes if isinstance(vetoes, list) else []):
        yield ("governance", "decision_making", "veto", position), value
    casting = partnership.get("governance", "decision_making", "casting_vote")
    if casting is not None:
        yield ("governance", "decision_making", "casting_vote"), casting
    for field in ("vision", "shared_values", "scope"):
        agreed = partnership.get("agreed_by", field)
        for position, value in enumerate(agreed if isinstance(agreed, list) else []):
            yield ("agreed_by", field, position), value
    for index, body in partnership.records("governance", "bodies"):
        for position, seat in enumerate(body.get("seats") or []):
            if isinstance(seat, dict) and "partner" in seat:
                yield ("governance", "bodies", index, "seats", position, "partner"), seat["partner"]


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    known = partnership.partner_ids
    for where, value in references(partnership):
        if isinstance(value, str) and value not in known:
            pointer = join_pointer(*where)
            close = difflib.get_close_matches(value, known, n=1)
            yield Finding(
                pointer,
                "rule.unknown-partner.message",
                {"id": value, "hint": f" (→ `{close[0]}`?)" if close else ""},
            )
