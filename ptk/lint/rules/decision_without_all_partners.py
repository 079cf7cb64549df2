"""A decision was taken while a partner was absent.

The CDC de Laval: "our organisation is involved before decisions are made, and our
opinion is taken into account"; the Transition guide's "deciding together" level takes
decisions "with the others". The Belgian guide keeps "minutes of decisions". When a
decision in ``decisions`` lists who was ``present``, ptk notes the partners missing, so
that they are consulted before it is applied.

Passing::

    decisions:
      - date: 2026-03-02
        decision: choix des emplacements
        present: [colibris-creil, emmaus-creil]

Failing::

    decisions:
      - {date: 2026-03-02, decision: choix des emplacements, present: [colibris-creil]}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Day, Finding

ID = "decision-without-all-partners"
SEVERITY = by_level(warning="collaboration", info="coordination")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    for index, decision in partnership.records("decisions"):
        present = decision.get("present")
        if not isinstance(present, list):
            continue
        absent = [partnership.partner_name(p) for p in partnership.partner_ids if p not in present]
        if absent:
            yield Finding(
                join_pointer("decisions", index, "present"),
                "rule.decision-without-all-partners.message",
                {"date": Day(str(decision.get("date") or "")), "partners": absent},
            )
