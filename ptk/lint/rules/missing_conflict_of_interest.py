"""A company or public body takes part and nothing says how conflicts of interest are handled.

The Colibris notes point groups working with companies to the Lyon local group's charter
on conflicts of interest, and ask "who helps whom? how is it communicated?". When a
company or a public body is a partner, write how interests are declared and handled.

Passing::

    partners:
      - {id: jardin, name: Jardin des Possibles, kind: association}
      - {id: vallee-verte, name: Herboristerie Vallée Verte, kind: company}
    conflict_of_interest: Aucun membre de l'association ne travaille pour l'entreprise.

Failing::

    partners:
      - {id: jardin, name: Jardin des Possibles, kind: association}
      - {id: vallee-verte, name: Herboristerie Vallée Verte, kind: company}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "missing-conflict-of-interest"
SEVERITY = by_level(warning="coordination")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}
KINDS = ("company", "public_body")


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    involved = partnership.labels(*KINDS)
    if involved and not partnership.text("conflict_of_interest"):
        yield Finding(
            "/conflict_of_interest",
            "rule.missing-conflict-of-interest.message",
            {"partners": involved},
        )
