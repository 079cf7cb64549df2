"""A commitment longer than a local group's mandate, or than ``years``, with no way out.

The Colibris notes: a local group's core circle is renewed, so "you cannot commit your
local group for ten years" — keep "lightness in attachment". The CDC de Laval: "if the
partnership does not work, do not hesitate to withdraw". A long commitment needs an exit
clause (``exit.conditions``) so that the next team can leave cleanly — and even with
one, a local group does not commit beyond ``years``: the partners renew the agreement
instead, each new team deciding for itself.

Passing::

    partners:
      - {id: colibris-creil, name: Colibris, kind: local_group, mandate_months: 12}
      - {id: emmaus-creil, name: Emmaüs Creil}
    schedule: {start: 2026-01-01, end: 2028-12-31}
    exit: {notice_days: 90, conditions: Chaque partenaire peut se retirer en fin d'année.}

Failing::

    partners:
      - {id: colibris-creil, name: Colibris, kind: local_group, mandate_months: 12}
      - {id: emmaus-creil, name: Emmaüs Creil}
    schedule: {start: 2026-01-01, end: 2028-12-31}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "long-commitment"
SEVERITY = "warning"
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {"years": 3}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    start, end = partnership.date("schedule", "start"), partnership.date("schedule", "end")
    if start is None or end is None:
        return
    months = _months(start, end)
    way_out = bool(partnership.text("exit", "conditions"))
    local_groups = [
        (index, partner)
        for index, partner in partnership.records("partners")
        if partner.get("kind") == "local_group"
    ]
    if not way_out:
        for index, partner in local_groups:
            mandate = partner.get("mandate_months")
            if isinstance(mandate, int) and months > mandate:
                yield Finding(
                    join_pointer("partners", index, "mandate_months"),
                    "rule.long-commitment.mandate",
                    {"partner": partner.get("name"), "months": months, "mandate": mandate},
                )
                return
    if months <= 12 * options["years"]:
        return
    if not way_out:
        yield Finding(
            "/schedule/end",
            "rule.long-commitment.years",
            {"months": months, "years": options["years"]},
        )
    elif local_groups:
        yield Finding(
            "/schedule/end",
            "rule.long-commitment.local-group",
            {
                "partner": partnership.label(local_groups[0][1]),
                "months": months,
                "years": options["years"],
            },
        )


def _months(start: date, end: date) -> int:
    return (
        (end.year - start.year) * 12 + end.month - start.month + (1 if end.day >= start.day else 0)
    )
