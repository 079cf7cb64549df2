"""Partners are given less time to answer than a democratic process needs.

The CDC de Laval: partners "recognise the democratic processes of community
organisations and give our organisation a reasonable delay". A board or a core circle
meets once a month or less: a response delay under ``min_days`` (default 30) forces a
partner to answer without consulting its members.

Passing::

    governance:
      decision_making: {method: consent, response_delay_days: 30}

Failing::

    governance:
      decision_making: {method: consent, response_delay_days: 7}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "decision-delay-too-short"
SEVERITY = by_level(warning="coordination")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {"min_days": 30}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    days = partnership.get("governance", "decision_making", "response_delay_days")
    if isinstance(days, int) and not isinstance(days, bool) and days < options["min_days"]:
        yield Finding(
            "/governance/decision_making/response_delay_days",
            "rule.decision-delay-too-short.message",
            {"days": days, "minimum": options["min_days"]},
        )
