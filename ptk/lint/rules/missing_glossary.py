"""Community groups and institutions work together with no shared glossary.

The Transition guide: "communicate in a common language", and "a Transition initiative
may work in a way very far from a traditional organisation"; the Colibris notes: "we
discuss what we mean by network, by local group, […] so as not to start from
misunderstandings". When community groups and institutions (public bodies, schools,
companies, foundations) work together, a ``glossary`` of the words they use in the
same sense avoids talking past each other.

Passing::

    partners:
      - {id: colibris-kembs, name: Colibris Kembs, kind: local_group}
      - {id: ecole-kembs, name: École Les Tilleuls, kind: school}
    glossary:
      - {term: atelier, definition: "une séance d'une heure en classe, avec deux bénévoles"}

Failing::

    partners:
      - {id: colibris-kembs, name: Colibris Kembs, kind: local_group}
      - {id: ecole-kembs, name: École Les Tilleuls, kind: school}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.kinds import is_community, is_institution
from ptk.lint.rule import Context, by_level
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "missing-glossary"
SEVERITY = by_level(info="cooperation")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    partners = partnership.partners
    mixed = any(map(is_community, partners)) and any(map(is_institution, partners))
    if mixed and not any(True for _ in partnership.records("glossary")):
        yield Finding("/glossary", "rule.missing-glossary.message")
