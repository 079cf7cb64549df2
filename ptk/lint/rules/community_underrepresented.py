"""A governing body's seats leave a community group out, or give institutions the majority.

The CDC de Laval: "partners ensure a representative place for community organisations
and encourage their participation in the partnership". When a body of
``governance.bodies`` lists its ``seats``, every community group (association, local
group) has at least one, and institutions together do not hold more seats than
community groups.

Passing::

    partners:
      - {id: entraide, name: Entraide alimentaire, kind: association}
      - {id: cisss, name: CISSS de Laval, kind: public_body}
    governance:
      bodies:
        - name: comité de pilotage
          seats: [{partner: entraide, count: 2}, {partner: cisss, count: 2}]

Failing::

    partners:
      - {id: entraide, name: Entraide alimentaire, kind: association}
      - {id: cisss, name: CISSS de Laval, kind: public_body}
    governance:
      bodies:
        - name: comité de pilotage
          seats: [{partner: entraide, count: 1}, {partner: cisss, count: 3}]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.kinds import is_community, is_institution
from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "community-underrepresented"
SEVERITY = by_level(warning="coordination")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    for index, body in partnership.records("governance", "bodies"):
        seats = _seats(body)
        if not seats:
            continue
        pointer = join_pointer("governance", "bodies", index, "seats")
        name = str(body.get("name") or "")
        for partner in partnership.partners:
            if is_community(partner) and not seats.get(partner.get("id")):
                yield Finding(
                    pointer,
                    "rule.community-underrepresented.absent",
                    {"partner": partnership.label(partner), "body": name},
                )
        institutions = sum(
            seats.get(p.get("id"), 0) for p in partnership.partners if is_institution(p)
        )
        community = sum(seats.get(p.get("id"), 0) for p in partnership.partners if is_community(p))
        if community and institutions > community:
            yield Finding(
                pointer,
                "rule.community-underrepresented.majority",
                {"body": name, "institutions": institutions, "community": community},
            )


def _seats(body: dict[str, Any]) -> dict[object, int]:
    found: dict[object, int] = {}
    for seat in body.get("seats") or []:
        if isinstance(seat, dict) and isinstance(seat.get("count"), int):
            found[seat.get("partner")] = found.get(seat.get("partner"), 0) + seat["count"]
    return found
