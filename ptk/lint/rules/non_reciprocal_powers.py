"""Decision power is held by one partner: veto, casting vote, majority of seats, lead decides.

"Power was badly distributed within the partnership" (Transition guide); the CDC de
Laval asks for "equitable relations: our powers, responsibilities, duties and advantages
are comparable and reciprocal"; Nexus Santé calls it power equalisation. A veto is
reciprocal only when every partner holds one.

Passing::

    governance:
      decision_making: {method: consent, veto: [colibris-creil, emmaus-creil]}

Failing::

    governance:
      decision_making: {method: majority, veto: [emmaus-creil]}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "non-reciprocal-powers"
SEVERITY = by_level(warning="coordination")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    partners = partnership.partner_ids
    making = partnership.get("governance", "decision_making") or {}
    if not isinstance(making, dict):
        return
    vetoes = making.get("veto")
    if isinstance(vetoes, list) and vetoes and set(partners) - set(vetoes):
        yield Finding(
            "/governance/decision_making/veto",
            "rule.non-reciprocal-powers.veto",
            {"partners": [partnership.partner_name(p) for p in vetoes]},
        )
    if making.get("casting_vote") is not None:
        yield Finding(
            "/governance/decision_making/casting_vote",
            "rule.non-reciprocal-powers.casting",
            {"partner": partnership.partner_name(making["casting_vote"])},
        )
    if making.get("method") == "lead_decides":
        yield Finding("/governance/decision_making/method", "rule.non-reciprocal-powers.lead")
    yield from _majority_of_seats(partnership)


def _majority_of_seats(partnership: Partnership) -> Iterator[Finding]:
    for index, body in partnership.records("governance", "bodies"):
        seats = [
            s
            for s in body.get("seats") or []
            if isinstance(s, dict) and isinstance(s.get("count"), int)
        ]
        total = sum(seat["count"] for seat in seats)
        for seat in seats:
            if total and 2 * seat["count"] > total and len(partnership.partner_ids) > 1:
                yield Finding(
                    join_pointer("governance", "bodies", index, "seats"),
                    "rule.non-reciprocal-powers.seats",
                    {
                        "partner": partnership.partner_name(seat.get("partner")),
                        "body": body.get("name", ""),
                        "count": seat["count"],
                        "total": total,
                    },
                )
