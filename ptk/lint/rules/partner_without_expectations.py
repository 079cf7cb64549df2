"""A partner has not said what it expects from the partnership.

The Transition guide: be clear with each other about "what you expect from the
partnership"; the Colibris notes: "we should have taken the time to talk about our
respective expectations — in the end we did not understand what they expected from us".
The CDC de Laval wants involvement "motivated by several advantages".

Passing::

    partners:
      - {id: colibris-creil, name: Colibris, expectations: [un lieu pour les ateliers]}
      - {id: emmaus-creil, name: Emmaüs Creil, expectations: [ouvrir la communauté au quartier]}

Failing::

    partners:
      - {id: colibris-creil, name: Colibris, expectations: [un lieu pour les ateliers]}
      - {id: emmaus-creil, name: Emmaüs Creil}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level, each_partner
from ptk.partnership import ONGOING, Partnership, is_blank
from ptk.problem import Finding

ID = "partner-without-expectations"
SEVERITY = by_level(warning="cooperation", info="consultation")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    yield from each_partner(
        partnership,
        "rule.partner-without-expectations.message",
        lambda partner: is_blank(partner.get("expectations")),
    )
