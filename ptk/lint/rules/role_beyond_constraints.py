"""A partner that stated its limits carries more responsibilities than any other.

The CDC de Laval: partners "recognise the organisational limits of our organisation
(funding, human resources, time…) and put in place mechanisms to make up for them";
taking time to set roles together lets partners "respect their level of commitment".
A partner's ``constraints`` say what it cannot do; when that partner also carries the
largest share of ``roles[].responsibilities``, check together that the roles fit.

Passing::

    partners:
      - {id: colibris-creil, name: Colibris, constraints: "Quinze bénévoles, le week-end."}
      - {id: emmaus-creil, name: Emmaüs Creil}
    roles:
      - {partner: colibris-creil, responsibilities: [animer les ateliers]}
      - {partner: emmaus-creil, responsibilities: [ouvrir le terrain, gérer le budget]}

Failing::

    partners:
      - {id: colibris-creil, name: Colibris, constraints: "Quinze bénévoles, le week-end."}
      - {id: emmaus-creil, name: Emmaüs Creil}
    roles:
      - {partner: colibris-creil, responsibilities: [animer, tenir les comptes, communiquer]}
      - {partner: emmaus-creil, responsibilities: [ouvrir le terrain]}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.kinds import responsibilities
from ptk.lint.rule import Context, by_level
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "role-beyond-constraints"
SEVERITY = by_level(info="coordination")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    duties = responsibilities(partnership.records("roles"))
    for index, partner in partnership.records("partners"):
        limits = partner.get("constraints")
        own = duties.get(partner.get("id"), 0)
        others = [count for key, count in duties.items() if key != partner.get("id")]
        if isinstance(limits, str) and limits.strip() and others and own > max(others):
            yield Finding(
                join_pointer("partners", index, "constraints"),
                "rule.role-beyond-constraints.message",
                {
                    "partner": partnership.label(partner),
                    "count": own,
                    "total": sum(duties.values()),
                },
            )
