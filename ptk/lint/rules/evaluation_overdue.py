"""The next review date has passed.

Nexus Santé: "take the time to reflect on what you achieved together and evaluate it".
A review date in the past means the evaluation slipped; hold it, then write the next
date and the review's summary in ``evaluation.reviews``.

Passing::

    evaluation: {method: réunion bilan, next_review: 2099-06-30}

Failing::

    evaluation: {method: réunion bilan, next_review: 2020-06-30}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context
from ptk.partnership import IN_FORCE, Partnership
from ptk.problem import Day, Finding

ID = "evaluation-overdue"
SEVERITY = "warning"
STATUSES = IN_FORCE
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    due = partnership.date("evaluation", "next_review")
    if due is not None and due < context.today:
        yield Finding(
            "/evaluation/next_review",
            "rule.evaluation-overdue.message",
            {"date": Day(due.isoformat()), "days": (context.today - due).days},
        )
