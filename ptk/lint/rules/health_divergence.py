"""In the latest health check, partners see a dimension differently; nothing decided since.

When one partner's people rate trust at 4.5 and the other's at 2, the partnership is
not the same partnership for both. The CDC de Laval guide asks partners to name power
imbalances and tensions openly; the Transition guide, to keep the relationship
healthy before the project. Partners *diverge* on a dimension when their means are
1.5 or more apart (``ptk health report`` shows them). Talk it over together, then
write what you decide in ``decisions``: a decision dated after the round answers it.

Passing::

    decisions:
      - {date: 2026-07-02, decision: un binôme par partenaire prépare chaque comité}
    ---
    # in health/example/2026-06-10.yaml
    ptk: 1
    partnership: example
    date: 2026-06-10
    responses:
      - {partner: colibris-creil, answers: {fair-power.1: 5, fair-power.2: 4}}
      - {partner: emmaus-creil, answers: {fair-power.1: 2, fair-power.2: 2}}

Failing::

    decisions: []
    ---
    # in health/example/2026-06-10.yaml
    ptk: 1
    partnership: example
    date: 2026-06-10
    responses:
      - {partner: colibris-creil, answers: {fair-power.1: 5, fair-power.2: 4}}
      - {partner: emmaus-creil, answers: {fair-power.1: 2, fair-power.2: 2}}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.health.findings import score, title, unanswered
from ptk.lint.rule import Context
from ptk.partnership import IN_FORCE, Partnership
from ptk.problem import Day, Finding

ID = "health-divergence"
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
    for dimension in measured.divergent():
        means = sorted(dimension.by_partner.items(), key=lambda item: (-item[1], item[0]))
        (high, high_mean), (low, low_mean) = means[0], means[-1]
        yield Finding(
            pointer,
            "rule.health-divergence.message",
            {
                "date": Day(last.date.isoformat()),
                "dimension": title(dimension.id),
                "high": partnership.partner_name(high),
                "high_mean": score(high_mean),
                "low": partnership.partner_name(low),
                "low_mean": score(low_mean),
            },
        )
