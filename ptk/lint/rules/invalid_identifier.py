"""An official identifier is malformed or its check digit is wrong.

A SIRET or SIREN with a wrong digit names another organisation, or none: the
convention would bind nobody, and a funder's payment would bounce. Each identifier is
checked as its register defines it: SIRET 14 digits and SIREN 9 digits with the Luhn
check (La Poste's establishments follow their own rule), RNA ``W`` and 9 digits, BCE
10 digits whose last two are 97 minus the first eight modulo 97, NEQ 10 digits.
Spaces and dots between groups are allowed. Checked in ``organisations/`` files and on
partners alike.

Passing::

    partners:
      - {id: colibris-creil, name: Colibris du Pays creillois}
      - {id: emmaus-creil, name: Emmaüs Creil, identifiers: {siret: "412 345 678 00020"}}

Failing::

    partners:
      - {id: colibris-creil, name: Colibris du Pays creillois}
      - {id: emmaus-creil, name: Emmaüs Creil, identifiers: {siret: "412 345 678 00021"}}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.identifiers import CHECKS
from ptk.lint.rule import BOTH_KINDS, Context
from ptk.partnership import Partnership
from ptk.problem import Finding, Term

ID = "invalid-identifier"
SEVERITY = "error"
OPTIONS: Mapping[str, Any] = {}
FILES = BOTH_KINDS


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    raw = Partnership(partnership.raw)
    if context.kind == "organisation":
        yield from _check(raw.get("identifiers"), ("identifiers",))
        return
    for index, partner in raw.records("partners"):
        yield from _check(partner.get("identifiers"), ("partners", index, "identifiers"))


def _check(identifiers: Any, where: tuple[str | int, ...]) -> Iterator[Finding]:
    if not isinstance(identifiers, dict):
        return
    for kind, valid in CHECKS.items():
        value = identifiers.get(kind)
        if isinstance(value, str) and not valid(value):
            yield Finding(
                join_pointer(*where, kind),
                "rule.invalid-identifier.message",
                {"value": value, "kind": Term(f"identifier.{kind}")},
            )
