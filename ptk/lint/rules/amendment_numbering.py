"""Avenants are numbered 1, 2, 3… in order, and each is dated after the one before.

An avenant is cited by its number (« avenant n° 2 du 4 mai 2027 »): a gap, a
repeated number or dates out of order leave the partners unsure which text is in
force. The convention's own signatures are never rewritten; each avenant carries its
own.

Passing::

    amendments:
      - {number: 1, date: 2026-11-30, summary: Cible relevée.}
      - {number: 2, date: 2027-02-01, summary: Nouveau partenaire.}

Failing::

    amendments:
      - {number: 1, date: 2026-11-30, summary: Cible relevée.}
      - {number: 3, date: 2026-10-01, summary: Nouveau partenaire.}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context
from ptk.partnership import Partnership, parse_date
from ptk.problem import Day, Finding

ID = "amendment-numbering"
SEVERITY = "error"
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    previous = None
    for position, (index, amendment) in enumerate(partnership.records("amendments")):
        number = amendment.get("number")
        if number != position + 1:
            yield Finding(
                join_pointer("amendments", index, "number"),
                "rule.amendment-numbering.number",
                {"number": number, "expected": position + 1},
            )
        day = parse_date(amendment.get("date"))
        if day is not None and previous is not None and day <= previous:
            yield Finding(
                join_pointer("amendments", index, "date"),
                "rule.amendment-numbering.date",
                {"date": Day(day.isoformat()), "previous": Day(previous.isoformat())},
            )
        previous = day or previous
