"""A school's or public body's hierarchy is not said to be involved or informed.

The Belgian guide's CLARIFY step: "the relation with the institution or the public
authority: the worker belongs to a structure! So you must define how the institution,
the public authority, the hierarchy will be involved." The Colibris notes tell of a
school head asking for workshops "following directives from the rectorat". A partner's
``hierarchy`` says how its hierarchy, parent body or national network takes part and
is kept informed.

Passing::

    partners:
      - {id: colibris-kembs, name: Colibris Kembs, kind: local_group}
      - id: ecole-kembs
        name: École Les Tilleuls
        kind: school
        hierarchy: La directrice informe l'inspection à chaque bilan de fin d'année.

Failing::

    partners:
      - {id: colibris-kembs, name: Colibris Kembs, kind: local_group}
      - {id: ecole-kembs, name: École Les Tilleuls, kind: school}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level, each_partner
from ptk.partnership import ONGOING, Partnership, is_blank
from ptk.problem import Finding

ID = "hierarchy-not-informed"
SEVERITY = by_level(info="coordination")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {"kinds": ["school", "public_body"]}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    kinds = options["kinds"]
    yield from each_partner(
        partnership,
        "rule.hierarchy-not-informed.message",
        lambda partner: partner.get("kind") in kinds and is_blank(partner.get("hierarchy")),
    )
