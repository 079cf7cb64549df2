"""The partnership has been active for months with no decision recorded.

The Belgian guide, under TRACE: a written record is essential, of two kinds — the
convention, and "the minutes of decisions". ``decisions`` keeps the date, the decision,
how it was taken and who was present; after ``months`` (default 3) of activity with no
entry, decisions are being taken without a trace.

Passing::

    status: active
    schedule: {start: 2020-03-15}
    decisions:
      - {date: 2020-04-02, decision: choix des emplacements, method: consent}

Failing::

    status: active
    schedule: {start: 2020-03-15}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import IN_FORCE, Partnership, is_blank
from ptk.problem import Finding

ID = "no-decision-log"
SEVERITY = by_level(warning="coordination")
STATUSES = IN_FORCE
OPTIONS: Mapping[str, Any] = {"months": 3}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    start = partnership.date("schedule", "start")
    if start is None or not is_blank(partnership.get("decisions")):
        return
    months = (context.today.year - start.year) * 12 + context.today.month - start.month
    if months >= options["months"]:
        yield Finding(
            "/decisions" if "decisions" in partnership.data else "/schedule/start",
            "rule.no-decision-log.message",
            {"months": months},
        )
