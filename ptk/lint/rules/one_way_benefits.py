"""A partner expects something from the partnership, and no other partner brings anything.

The CDC de Laval: "our powers, responsibilities, duties and advantages are comparable
and reciprocal", and involvement "motivated by several advantages"; the Transition
guide asks how the partnership "will help you both reach your objectives". When a
partner lists ``expectations`` but every ``contributions`` entry comes from that
partner itself, the advantages run one way.

Passing::

    partners:
      - {id: colibris-creil, name: Colibris, expectations: [un lieu pour les ateliers]}
      - {id: emmaus-creil, name: Emmaüs Creil}
    contributions:
      - {partner: emmaus-creil, type: premises, description: le terrain}
      - {partner: colibris-creil, type: volunteer_time, description: les ateliers}

Failing::

    partners:
      - {id: colibris-creil, name: Colibris, expectations: [un lieu pour les ateliers]}
      - {id: emmaus-creil, name: Emmaüs Creil}
    contributions:
      - {partner: colibris-creil, type: volunteer_time, description: les ateliers}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context, by_level
from ptk.partnership import ONGOING, Partnership, is_blank
from ptk.problem import Finding

ID = "one-way-benefits"
SEVERITY = by_level(warning="cooperation", info="coordination")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    givers = {c.get("partner") for _, c in partnership.records("contributions")}
    if not givers:
        return  # partner-without-contribution says what is missing
    for index, partner in partnership.records("partners"):
        if is_blank(partner.get("expectations")):
            continue
        if not givers - {partner.get("id")}:
            yield Finding(
                join_pointer("partners", index, "expectations"),
                "rule.one-way-benefits.message",
                {"partner": partnership.label(partner)},
            )
