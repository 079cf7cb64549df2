"""An unincorporated group (« association de fait ») signs a commitment involving its money.

A group with ``legal_entity: false`` — most Colibris local groups — has no legal
personality: it cannot sign contracts, hold funds or commit money itself. When such a
group signs while it contributes money, holds the funds or funds a budget line, a partner
with legal personality (or the group's members personally) must carry that commitment.

Passing::

    partners:
      - {id: colibris-creil, name: Colibris du Pays creillois, legal_entity: false}
      - {id: emmaus-creil, name: Emmaüs Creil, legal_entity: true}
    budget:
      lines: [{label: terreau, amount: 450, funded_by: emmaus-creil}]
      funds_management: {holder: emmaus-creil}
    signatures: [{partner: colibris-creil, name: Claire Dubois, date: 2026-03-10}]

Failing::

    partners:
      - {id: colibris-creil, name: Colibris du Pays creillois, legal_entity: false}
      - {id: emmaus-creil, name: Emmaüs Creil, legal_entity: true}
    budget:
      lines: [{label: terreau, amount: 450, funded_by: colibris-creil}]
      funds_management: {holder: colibris-creil}
    signatures: [{partner: colibris-creil, name: Claire Dubois, date: 2026-03-10}]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context
from ptk.partnership import MONEY_TYPES, Partnership
from ptk.problem import Finding

ID = "association-de-fait-signs"
SEVERITY = "error"
OPTIONS: Mapping[str, Any] = {}


def _money_partners(partnership: Partnership) -> set[object]:
    involved = {
        c.get("partner")
        for _, c in partnership.records("contributions")
        if c.get("type") in MONEY_TYPES
    }
    involved |= {line.get("funded_by") for _, line in partnership.records("budget", "lines")}
    involved.add(partnership.get("budget", "funds_management", "holder"))
    return involved


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    money = _money_partners(partnership)
    for index, signature in partnership.records("signatures"):
        partner = partnership.partner(signature.get("partner"))
        if partner and partner.get("legal_entity") is False and partner.get("id") in money:
            yield Finding(
                join_pointer("signatures", index),
                "rule.association-de-fait-signs.message",
                {"partner": partnership.label(partner)},
            )
