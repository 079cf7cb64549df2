"""No celebration is planned or recorded.

The Transition guide: "it is essential to stop, celebrate and have fun along the way;
partnership is about relationships, and one of the best ways to care for them is to
laugh, have fun and celebrate". Nexus Santé: "celebrate the successes!". A note, not a
fault.

Passing::

    celebrations: [{date: 2026-06-27, description: Repas partagé pour l'inauguration.}]

Failing::

    celebrations: []
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import ONGOING, Partnership, is_blank
from ptk.problem import Finding

ID = "no-celebration"
SEVERITY = by_level(info="coordination")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if is_blank(partnership.get("celebrations")):
        yield Finding("/celebrations", "rule.no-celebration.message")
