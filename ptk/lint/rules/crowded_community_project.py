"""A community group's project gathers many partners, or a majority of institutions.

A CDC de Laval member: "the more partners, the more complicated. When a community
project is under way and other partners graft themselves onto it, the majority of
them not from the community milieu, it is not a winning situation for the
organisations […] you end up distorting your original project to please everyone."
When the coordinator is a community group, ptk notes more than ``max_partners``
partners, or more institutions (public bodies, schools, companies, foundations) than
community groups.

Passing::

    partners:
      - {id: entraide, name: Entraide alimentaire, kind: association}
      - {id: cuisines, name: Cuisines collectives, kind: association}
      - {id: ville, name: Ville de Laval, kind: public_body}
    coordinator: entraide

Failing::

    partners:
      - {id: entraide, name: Entraide alimentaire, kind: association}
      - {id: ville, name: Ville de Laval, kind: public_body}
      - {id: cisss, name: CISSS de Laval, kind: public_body}
    coordinator: entraide
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.kinds import is_community, is_institution
from ptk.lint.rule import Context, by_level
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "crowded-community-project"
SEVERITY = by_level(info="coordination")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {"max_partners": 6}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    lead = partnership.partner(partnership.get("coordinator"))
    if lead is None or not is_community(lead):
        return
    partners = partnership.partners
    if len(partners) > options["max_partners"]:
        yield Finding(
            "/partners",
            "rule.crowded-community-project.many",
            {"count": len(partners), "limit": options["max_partners"]},
        )
    institutions = sum(map(is_institution, partners))
    community = sum(map(is_community, partners))
    if institutions > community:
        yield Finding(
            "/partners",
            "rule.crowded-community-project.institutions",
            {"institutions": institutions, "community": community},
        )
