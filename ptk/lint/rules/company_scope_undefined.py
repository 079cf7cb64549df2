"""A company takes part and the partners have not agreed on "which field we play on".

The Colibris notes, on partnerships with companies: the turning point is "to make with
them, from the start, a clear choice of which field we play on, accepted by all" —
otherwise companies tend to draw the group onto theirs. ``scope`` says what the
partnership covers and what it leaves out.

Passing::

    partners:
      - {id: jardin, name: Jardin des Possibles, kind: association}
      - {id: vallee-verte, name: Herboristerie Vallée Verte, kind: company}
    scope: La journée porte uniquement sur la construction de la mare.

Failing::

    partners:
      - {id: jardin, name: Jardin des Possibles, kind: association}
      - {id: vallee-verte, name: Herboristerie Vallée Verte, kind: company}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "company-scope-undefined"
SEVERITY = by_level(warning="consultation")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    companies = partnership.labels("company")
    if companies and not partnership.text("scope"):
        yield Finding("/scope", "rule.company-scope-undefined.message", {"partners": companies})
