"""The purpose, the needs or the target public are not defined: the first step, before objectives.

The Belgian guide's first step, DEFINE, comes before all the others: the objectives,
but also "the needs (financial, human resources, infrastructure, planning…)" and "the
target public". The CDC de Laval asks partners to take account of "the needs of the
population". ``purpose``, ``needs`` and ``target_public`` say what the partnership is
for and for whom.

Passing::

    purpose: Des bacs de culture en libre-service devant la communauté.
    target_public: Habitants du quartier Rouher.
    needs: [{type: material, description: bois et terre}]

Failing::

    purpose: Des bacs de culture en libre-service devant la communauté.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership, is_blank
from ptk.problem import Finding, Term

ID = "missing-definition"
SEVERITY = by_level(info="coordination")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}
FIELDS = ("purpose", "needs", "target_public")


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    missing = [field for field in FIELDS if is_blank(partnership.get(field))]
    if missing:
        yield Finding(
            f"/{missing[0]}",
            "rule.missing-definition.message",
            {"missing": [Term(f"rule.missing-definition.{field}") for field in missing]},
        )
