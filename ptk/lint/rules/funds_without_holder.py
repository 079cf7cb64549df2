"""Money is involved and nobody is named to hold it.

The Belgian guide's convention must state "funds management". When there is a budget
or a financial contribution, one partner holds the funds and reports on them
(``budget.funds_management.holder`` and ``reporting``).

Passing::

    budget:
      currency: EUR
      lines: [{label: terreau et graines, amount: 450}]
      funds_management: {holder: emmaus-creil, reporting: à chaque comité de suivi}

Failing::

    budget:
      currency: EUR
      lines: [{label: terreau et graines, amount: 450}]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "funds-without-holder"
SEVERITY = "error"
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if partnership.involves_money() and not partnership.text(
        "budget", "funds_management", "holder"
    ):
        pointer = "/budget/funds_management" if partnership.get("budget") else "/budget"
        yield Finding(pointer, "rule.funds-without-holder.message")
