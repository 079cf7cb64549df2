"""Community groups work with a public body and nothing says the partnership stays non-partisan.

The Colibris notes: "some partnerships stopped because we held to being non-partisan" —
a local group works with elected officials without campaigning for or against them.
Saying so at the start (``non_partisan``: no party logos, no use of the partnership in an
electoral campaign, what happens during one) spares a break-up later.

Passing::

    partners:
      - {id: colibris-ales, name: Colibris Alès, kind: local_group}
      - {id: ville-ales, name: Ville d'Alès, kind: public_body}
    non_partisan: Aucune communication commune pendant les campagnes électorales.

Failing::

    partners:
      - {id: colibris-ales, name: Colibris Alès, kind: local_group}
      - {id: ville-ales, name: Ville d'Alès, kind: public_body}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.kinds import is_community
from ptk.lint.rule import Context, by_level
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "partisanship-unstated"
SEVERITY = by_level(info="coordination")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    public = partnership.labels("public_body")
    community = any(map(is_community, partnership.partners))
    if public and community and not partnership.text("non_partisan"):
        yield Finding("/non_partisan", "rule.partisanship-unstated.message", {"partners": public})
