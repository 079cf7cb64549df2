"""A milestone's date has passed and it is not marked done.

The Belgian guide's PLAN step: "create a timeline, for the project's steps as well as
administrative ones". A milestone past its date is either done (``done: true``) or
needs a new date agreed with the partners — flexibility is one of the guide's watchwords.

Passing::

    schedule:
      milestones: [{date: 2020-06-30, label: dix bacs plantés, done: true}]

Failing::

    schedule:
      milestones: [{date: 2020-06-30, label: dix bacs plantés, done: false}]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context
from ptk.partnership import IN_FORCE, Partnership, parse_date
from ptk.problem import Day, Finding

ID = "milestone-overdue"
SEVERITY = "warning"
STATUSES = IN_FORCE
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    for index, milestone in partnership.records("schedule", "milestones"):
        when = parse_date(milestone.get("date"))
        if when is not None and when < context.today and milestone.get("done") is not True:
            yield Finding(
                join_pointer("schedule", "milestones", index),
                "rule.milestone-overdue.message",
                {"label": milestone.get("label", ""), "date": Day(when.isoformat())},
            )
