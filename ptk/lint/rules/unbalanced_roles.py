"""One partner carries most of the responsibilities.

"Power was badly distributed within the partnership" is a reason for failure in the
Transition guide; the CDC de Laval asks that "our powers, responsibilities, duties and
advantages are comparable and reciprocal". A partner holding more than ``share`` of all
responsibilities (default 60 %, counted once there are at least ``minimum``) carries the
partnership alone.

Passing::

    roles:
      - {partner: colibris-creil, responsibilities: [animer les ateliers, tenir le relevé]}
      - {partner: emmaus-creil, responsibilities: [ouvrir le terrain, gérer le budget]}

Failing::

    roles:
      - partner: colibris-creil
        responsibilities: [animer les ateliers, tenir le relevé, communiquer, gérer le budget]
      - {partner: emmaus-creil, responsibilities: [ouvrir le terrain]}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "unbalanced-roles"
SEVERITY = by_level(warning="coordination")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {"share": 0.6, "minimum": 4}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    counts: Counter[str] = Counter()
    first_role: dict[str, int] = {}
    for index, role in partnership.records("roles"):
        partner, duties = role.get("partner"), role.get("responsibilities")
        if isinstance(partner, str) and isinstance(duties, list):
            counts[partner] += len(duties)
            first_role.setdefault(partner, index)
    total = sum(counts.values())
    if total < options["minimum"] or len(partnership.partner_ids) < 2:
        return
    partner, most = counts.most_common(1)[0]
    if most / total > options["share"]:
        yield Finding(
            join_pointer("roles", first_role[partner]),
            "rule.unbalanced-roles.message",
            {
                "partner": partnership.partner_name(partner),
                "count": most,
                "total": total,
                "percent": round(100 * most / total),
            },
        )
