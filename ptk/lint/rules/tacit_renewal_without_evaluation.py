"""The partnership renews itself tacitly, without an evaluation first.

Nexus Santé's sixth activity is "celebrate, evaluate and renew", in that order; the CDC
de Laval asks to "regularly assess the relevance of the project". Tacit renewal with no
evaluation lets a partnership continue just because nobody stopped it.

Passing::

    renewal: {mode: tacit, requires_evaluation: true}
    evaluation: {method: bilan annuel, next_review: 2027-02-15}

Failing::

    renewal: {mode: tacit}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "tacit-renewal-without-evaluation"
SEVERITY = "warning"
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if partnership.get("renewal", "mode") != "tacit":
        return
    evaluated = partnership.get("renewal", "requires_evaluation") is True and bool(
        partnership.text("evaluation", "method")
    )
    if not evaluated:
        yield Finding("/renewal", "rule.tacit-renewal-without-evaluation.message")
