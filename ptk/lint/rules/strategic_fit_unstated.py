"""Nothing says how the partnership fits the partners' missions and strategic plans.

The CDC de Laval: "the partnership we commit to must above all be in line with our
values, our mission and our community practices"; a member: "a good thing is to have a
strategic plan […] in my partnerships I stick to it, to know whether the project is in
line with the mission and our charter". ``strategic_fit`` records that check, made
before committing.

Passing::

    strategic_fit: Le projet sert l'orientation 2 de notre plan d'action (nourrir le quartier).

Failing::

    vision: Un quartier où chacun peut cueillir, semer et apprendre.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "strategic-fit-unstated"
SEVERITY = by_level(info="cooperation")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if not partnership.text("strategic_fit"):
        yield Finding("/strategic_fit", "rule.strategic-fit-unstated.message")
