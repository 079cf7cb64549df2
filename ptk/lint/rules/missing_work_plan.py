"""The partners have no joint work plan: no milestones in the timeline.

The Belgian guide's PLAN step: "create a timeline, for the project's steps as much as
for the administrative ones (authorisations, grants, evaluation…)"; Nexus Santé: "a
joint, well-documented work plan will guide the teams at all times", with "common
action plans with clearly defined objectives and expected results". The Transition
guide plans "the project's calendar" together. ``schedule.milestones`` are that plan:
a date, a step, who carries it.

Passing::

    schedule:
      start: 2026-03-15
      milestones:
        - {date: 2026-04-18, label: chantier des bacs, owner: emmaus-creil}
        - {date: 2026-05-30, label: demande de subvention déposée, owner: colibris-creil}

Failing::

    schedule: {start: 2026-03-15, end: 2027-03-14}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "missing-work-plan"
SEVERITY = by_level(warning="cooperation", info="coordination")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if not any(True for _ in partnership.records("schedule", "milestones")):
        yield Finding("/schedule/milestones", "rule.missing-work-plan.message")
