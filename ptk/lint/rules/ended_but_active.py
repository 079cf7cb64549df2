"""The partnership's end date has passed while its status is still active.

Either the partnership was renewed (set ``status: renewed`` and a new ``schedule.end``,
after an evaluation), or it ended (``status: ended``, with its lessons learned). Nexus
Santé: "celebrate, evaluate and renew" — the end of a term is the moment to decide.

Passing::

    status: active
    schedule: {start: 2026-03-15, end: 2099-03-14}

Failing::

    status: active
    schedule: {start: 2019-03-15, end: 2020-03-14}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context
from ptk.partnership import Partnership
from ptk.problem import Day, Finding

ID = "ended-but-active"
SEVERITY = "error"
STATUSES = ("active",)
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    end = partnership.date("schedule", "end")
    if end is not None and end < context.today:
        yield Finding(
            "/schedule/end", "rule.ended-but-active.message", {"date": Day(end.isoformat())}
        )
