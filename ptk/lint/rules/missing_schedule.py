"""The partnership has no start date.

The Belgian guide's PLAN step: "create a timeline"; its written convention holds the
"timeline" (« échéancier »). A start date (and usually an end date) lets partners know
when they are committed, and lets ptk tell when reviews and renewals are due.

Passing::

    schedule: {start: 2026-03-15, end: 2027-03-14}

Failing::

    schedule: {milestones: []}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "missing-schedule"
SEVERITY = by_level(warning="coordination")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if partnership.date("schedule", "start") is None:
        yield Finding("/schedule/start", "rule.missing-schedule.message")
