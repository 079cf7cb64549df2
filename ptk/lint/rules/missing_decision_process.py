"""How decisions are taken is not written.

"Be clear about how you work together and take decisions" is one of the Transition
guide's ingredients of a good partnership; the Belgian guide's convention must state
the "decision-making process", and its CLARIFY step asks how decisions are taken and
what to do in a conflict.

Passing::

    governance:
      decision_making: {method: consent, response_delay_days: 30}

Failing::

    governance:
      bodies: [{name: comité de suivi, meets: chaque trimestre}]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "missing-decision-process"
SEVERITY = by_level(error="cooperation", warning="coordination")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if not partnership.text("governance", "decision_making", "method"):
        yield Finding("/governance/decision_making", "rule.missing-decision-process.message")
