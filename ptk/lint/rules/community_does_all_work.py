"""A public body or company takes no responsibility while community groups carry them all.

The CDC de Laval: "the community organisations involved are not the only partners
carrying out the actions defined together"; one testimony: "in the end, we realised we
were the ones doing all the work". An institution that only funds or advises still takes
on responsibilities in the partnership.

Passing::

    partners:
      - {id: entraide, name: Entraide alimentaire, kind: association}
      - {id: cisss, name: CISSS de Laval, kind: public_body}
    roles:
      - {partner: entraide, responsibilities: [animer les ateliers]}
      - {partner: cisss, responsibilities: [verser le financement à temps]}

Failing::

    partners:
      - {id: entraide, name: Entraide alimentaire, kind: association}
      - {id: cisss, name: CISSS de Laval, kind: public_body}
    roles:
      - {partner: entraide, responsibilities: [animer les ateliers, rendre compte au bailleur]}
      - {partner: cisss, role: bailleur}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level, each_partner
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "community-does-all-work"
SEVERITY = by_level(warning="coordination")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}
INSTITUTIONS = ("public_body", "company")
COMMUNITY = ("association", "local_group")


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    duties: dict[object, int] = {}
    for _, role in partnership.records("roles"):
        listed = role.get("responsibilities")
        duties[role.get("partner")] = duties.get(role.get("partner"), 0) + (
            len(listed) if isinstance(listed, list) else 0
        )
    community_work = any(
        duties.get(p.get("id"), 0) for p in partnership.partners if p.get("kind") in COMMUNITY
    )
    if not community_work:
        return
    yield from each_partner(
        partnership,
        "rule.community-does-all-work.message",
        lambda partner: partner.get("kind") in INSTITUTIONS and not duties.get(partner.get("id")),
    )
