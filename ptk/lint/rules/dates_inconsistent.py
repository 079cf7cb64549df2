"""Dates contradict each other: the end before the start, a review or milestone outside the term.

The Belgian guide's PLAN step builds the timeline of the project; a timeline whose dates
contradict each other usually hides a typo (2026 for 2027) that would end up in the
signed convention.

Passing::

    schedule: {start: 2026-03-15, end: 2027-03-14}
    evaluation: {method: bilan, next_review: 2026-09-30}

Failing::

    schedule: {start: 2026-03-15, end: 2025-03-14}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context
from ptk.partnership import Partnership, parse_date
from ptk.problem import Day, Finding

ID = "dates-inconsistent"
SEVERITY = "error"
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    start, end = partnership.date("schedule", "start"), partnership.date("schedule", "end")
    if start and end and end < start:
        yield Finding(
            "/schedule/end",
            "rule.dates-inconsistent.end",
            {"end": Day(end.isoformat()), "start": Day(start.isoformat())},
        )
        return
    review = partnership.date("evaluation", "next_review")
    if start and review and review < start:
        yield Finding(
            "/evaluation/next_review",
            "rule.dates-inconsistent.review",
            {"date": Day(review.isoformat()), "start": Day(start.isoformat())},
        )
    for index, milestone in partnership.records("schedule", "milestones"):
        when = parse_date(milestone.get("date"))
        if when and end and when > end:
            yield Finding(
                join_pointer("schedule", "milestones", index, "date"),
                "rule.dates-inconsistent.milestone",
                {
                    "label": milestone.get("label", ""),
                    "date": Day(when.isoformat()),
                    "end": Day(end.isoformat()),
                },
            )
