"""No evaluation plan: how the partners will evaluate, and when next.

"Lack of evaluation or control system" is one of the Transition guide's reasons
partnerships fail; EVALUATE is the fourth step of the Belgian guide, and Nexus Santé
ends its cycle with "celebrate, evaluate and renew". An evaluation plan names a method
and the date of the next review.

Passing::

    evaluation:
      method: Réunion bilan du comité de suivi avec les habitants.
      next_review: 2027-02-15

Failing::

    evaluation:
      method: Réunion bilan du comité de suivi avec les habitants.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "missing-evaluation"
SEVERITY = by_level(error="coordination", warning="consultation")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    has_method = bool(partnership.text("evaluation", "method"))
    has_date = partnership.date("evaluation", "next_review") is not None
    if not has_method and not has_date:
        yield Finding("/evaluation", "rule.missing-evaluation.none")
    elif not has_method:
        yield Finding("/evaluation/method", "rule.missing-evaluation.method")
    elif not has_date:
        yield Finding("/evaluation/next_review", "rule.missing-evaluation.next-review")
