"""A partner in an active partnership has no recorded decision of its body.

The Colibris notes: take "a real decision in the core circle, with everyone's consent";
the CDC de Laval: our involvement "must be voluntary". ``approval`` records when and how
each partner's decision body agreed to the partnership.

Passing::

    status: active
    partners:
      - id: colibris-creil
        name: Colibris
        approval: {date: 2026-03-02, body: cercle cœur, method: consent}
      - id: emmaus-creil
        name: Emmaüs
        approval: {date: 2026-02-24, body: conseil d'administration, method: consensus}

Failing::

    status: active
    partners:
      - id: colibris-creil
        name: Colibris
        approval: {date: 2026-03-02, body: cercle cœur, method: consent}
      - {id: emmaus-creil, name: Emmaüs}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level, each_partner
from ptk.partnership import IN_FORCE, Partnership, parse_date
from ptk.problem import Finding

ID = "missing-approval"
SEVERITY = by_level(warning="cooperation")
STATUSES = IN_FORCE
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    yield from each_partner(partnership, "rule.missing-approval.message", _unapproved)


def _unapproved(partner: dict[str, Any]) -> bool:
    approval = partner.get("approval")
    return not isinstance(approval, dict) or parse_date(approval.get("date")) is None
