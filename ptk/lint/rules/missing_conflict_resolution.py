"""Nothing says what to do when partners disagree.

The Belgian guide asks, when clarifying the decision process, "what to do in case of
conflict?"; the Transition guide reminds partners to accept "that you will not always
agree". Writing the steps down before a disagreement keeps it from becoming a rupture.

Passing::

    governance:
      conflict_resolution: Le désaccord est d'abord porté au comité de suivi.

Failing::

    governance:
      decision_making: {method: consent}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "missing-conflict-resolution"
SEVERITY = by_level(warning="coordination")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if not partnership.text("governance", "conflict_resolution"):
        yield Finding("/governance/conflict_resolution", "rule.missing-conflict-resolution.message")
