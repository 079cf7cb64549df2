"""An objective is not recorded as agreed by every partner.

The Transition guide's ingredients: "common objectives accepted by all through a clear
and open process"; the CDC de Laval asks for co-construction, with "the objectives of the
project and the conditions of participation shared by all partners". ``agreed_by`` lists
the partners who agreed to each objective.

Passing::

    objectives:
      - {id: o1, statement: Planter dix bacs., agreed_by: [colibris-creil, emmaus-creil]}

Failing::

    objectives:
      - {id: o1, statement: Planter dix bacs., agreed_by: [colibris-creil]}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "objective-not-agreed-by-all"
SEVERITY = by_level(warning="coordination")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    partners = partnership.partner_ids
    for index, objective in partnership.records("objectives"):
        agreed = objective.get("agreed_by")
        agreed = set(agreed) if isinstance(agreed, list) else set()
        missing = [partnership.partner_name(p) for p in partners if p not in agreed]
        if missing:
            yield Finding(
                join_pointer("objectives", index),
                "rule.objective-not-agreed-by-all.message",
                {"objective": objective.get("id", index), "partners": missing},
            )
