"""No common objective is written.

"Lack of a clear objective" is a reason partnerships fail (Transition guide); the Belgian
guide's convention must hold the objectives, and its first step is to DEFINE them and
agree on what is at stake.

Passing::

    objectives:
      - {id: o1, statement: Planter dix bacs de culture en libre-service.}

Failing::

    objectives: []
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "missing-objectives"
SEVERITY = by_level(error="collaboration", warning="coordination")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if not any(str(o.get("statement", "")).strip() for _, o in partnership.records("objectives")):
        yield Finding("/objectives", "rule.missing-objectives.message")
