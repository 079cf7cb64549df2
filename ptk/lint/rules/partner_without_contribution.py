"""A partner brings nothing that is written down.

The Belgian guide's CLARIFY step: "the contribution of each partner (material,
service, financial…)"; the CDC de Laval: "all partners take part in carrying out the
project". A partner with no contribution is a spectator, or its contribution is invisible.

Passing::

    contributions:
      - {partner: colibris-creil, type: volunteer_time, description: animation des ateliers}
      - {partner: emmaus-creil, type: premises, description: le terrain}

Failing::

    contributions:
      - {partner: colibris-creil, type: volunteer_time, description: animation des ateliers}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level, each_partner
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "partner-without-contribution"
SEVERITY = by_level(warning="cooperation")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    contributing = {c.get("partner") for _, c in partnership.records("contributions")}
    yield from each_partner(
        partnership,
        "rule.partner-without-contribution.message",
        lambda partner: partner.get("id") not in contributing,
    )
