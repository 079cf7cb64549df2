"""An objective has nothing to measure it by.

The Belgian guide's first step is to DEFINE "the objectives and the evaluation
indicators"; Nexus Santé asks for "objectives and clearly defined expected results".
Without an indicator, nobody can say at the review whether the objective was reached.

Passing::

    objectives:
      - id: o1
        statement: Animer un atelier de jardinage chaque mois.
        indicators: [{name: ateliers tenus, baseline: 0, target: 12}]

Failing::

    objectives:
      - id: o1
        statement: Animer un atelier de jardinage chaque mois.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership, is_blank
from ptk.problem import Finding

ID = "objective-without-indicator"
SEVERITY = by_level(warning="cooperation")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    for index, objective in partnership.records("objectives"):
        if is_blank(objective.get("indicators")):
            yield Finding(
                join_pointer("objectives", index),
                "rule.objective-without-indicator.message",
                {"objective": objective.get("id", index)},
            )
