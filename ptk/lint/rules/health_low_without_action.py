"""In the latest health check, a dimension scores under 2.5 out of 5, and no decision followed.

A health check is only worth the time if its answers lead somewhere. Nexus Santé asks
partners to evaluate and then adjust; the Colibris guide, to act on what the group
says of its own functioning. When the partners' members rate a dimension (trust,
fair power, resources…) under 2.5 on average, meet, decide what to change, and
write it in ``decisions``: a decision dated after the round answers it.

Passing::

    decisions:
      - {date: 2026-07-02, decision: comptes rendus envoyés sous huit jours}
    ---
    # in health/example/2026-06-10.yaml
    ptk: 1
    partnership: example
    date: 2026-06-10
    responses:
      - {partner: colibris-creil, answers: {communication.1: 2, communication.2: 2}}
      - {partner: emmaus-creil, answers: {communication.1: 2, communication.2: 3}}

Failing::

    decisions:
      - {date: 2026-05-20, decision: calendrier des ateliers}
    ---
    # in health/example/2026-06-10.yaml
    ptk: 1
    partnership: example
    date: 2026-06-10
    responses:
      - {partner: colibris-creil, answers: {communication.1: 2, communication.2: 2}}
      - {partner: emmaus-creil, answers: {communication.1: 2, communication.2: 3}}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.health.findings import score, title, unanswered
from ptk.lint.rule import Context
from ptk.partnership import IN_FORCE, Partnership
from ptk.problem import Day, Finding

ID = "health-low-without-action"
SEVERITY = "warning"
STATUSES = IN_FORCE
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    found = unanswered(partnership, context.rounds(partnership))
    if found is None:
        return
    last, measured, pointer = found
    for dimension in measured.low():
        yield Finding(
            pointer,
            "rule.health-low-without-action.message",
            {
                "date": Day(last.date.isoformat()),
                "dimension": title(dimension.id),
                "mean": score(dimension.mean),
            },
        )
