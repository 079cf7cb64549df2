"""The payment schedule moves more money than the partners contribute.

The convention's payment schedule (``budget.payments``) says when money moves. If
its total is more than the financial contributions written in the file, one of the
two is wrong, and the partner who pays will read the higher figure.

Passing::

    contributions:
      - {partner: emmaus-creil, type: financial, description: achat de terreau, value: 600}
    budget:
      currency: EUR
      payments:
        - {date: 2026-04-01, amount: 300, from: emmaus-creil, to: colibris-creil}
        - {date: 2026-09-01, amount: 300, from: emmaus-creil, to: colibris-creil}

Failing::

    contributions:
      - {partner: emmaus-creil, type: financial, description: achat de terreau, value: 600}
    budget:
      currency: EUR
      payments:
        - {date: 2026-04-01, amount: 500, from: emmaus-creil, to: colibris-creil}
        - {date: 2026-09-01, amount: 500, from: emmaus-creil, to: colibris-creil}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, amount_text
from ptk.partnership import MONEY_TYPES, NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "payments-exceed-contributions"
SEVERITY = "warning"
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def _amount(value: object) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    payments = [_amount(p.get("amount")) for _, p in partnership.records("budget", "payments")]
    if not payments:
        return
    given = sum(
        _amount(c.get("value"))
        for _, c in partnership.records("contributions")
        if c.get("type") in MONEY_TYPES
    )
    if sum(payments) > given:
        currency = partnership.get("budget", "currency")
        yield Finding(
            "/budget/payments",
            "rule.payments-exceed-contributions.message",
            {"paid": amount_text(sum(payments), currency), "given": amount_text(given, currency)},
        )
