"""Roles and responsibilities are not written, or a partner has none.

"People do not understand roles and responsibilities" is among the Transition guide's
reasons partnerships fail; the Belgian guide's CLARIFY step asks "who does what, who
coordinates", and the written convention must hold "roles and responsibilities of the
members". Every partner needs a role with at least one responsibility.

Passing::

    roles:
      - {partner: colibris-creil, role: animation, responsibilities: [animer les ateliers]}
      - {partner: emmaus-creil, role: logistique, responsibilities: [ouvrir le terrain]}

Failing::

    roles:
      - {partner: colibris-creil, role: animation, responsibilities: [animer les ateliers]}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level, each_partner
from ptk.partnership import NOT_DECLINED, Partnership, is_blank
from ptk.problem import Finding

ID = "missing-roles"
SEVERITY = by_level(error="coordination", warning="consultation")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    roles = [role for _, role in partnership.records("roles") if _is_role(role)]
    if not roles:
        yield Finding("/roles", "rule.missing-roles.none")
        return
    with_role = {role.get("partner") for role in roles}
    yield from each_partner(
        partnership,
        "rule.missing-roles.partner",
        lambda partner: partner.get("id") not in with_role,
    )


def _is_role(role: dict[str, Any]) -> bool:
    return not (is_blank(role.get("role")) and is_blank(role.get("responsibilities")))
