"""Each partner is listed once, under its own id.

Roles, contributions, signatures and decisions name partners by id: two
partners with the same id make every one of those ambiguous, and the same
organisation listed twice looks like two partners at the signing table.

Passing::

    partners:
      - {id: colibris-ales, name: Colibris Alès}
      - {id: maison-quartier, name: Maison de quartier des Prés-Saint-Jean}

Failing::

    partners:
      - {id: colibris-ales, name: Colibris Alès}
      - {id: colibris-ales, name: Maison de quartier des Prés-Saint-Jean}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context
from ptk.partnership import Partnership
from ptk.problem import Finding

ID = "duplicate-partner"
SEVERITY = "error"
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    names: dict[str, int] = {}
    for index, partner in partnership.records("partners"):
        partner_id, name = partner.get("id"), partner.get("name")
        if isinstance(partner_id, str):
            if partner_id in seen:
                yield Finding(
                    join_pointer("partners", index, "id"),
                    "rule.duplicate-partner.id",
                    {"id": partner_id, "first": seen[partner_id] + 1},
                )
                continue
            seen[partner_id] = index
        if isinstance(name, str) and name.strip():
            normal = " ".join(name.lower().split())
            if normal in names:
                yield Finding(
                    join_pointer("partners", index, "name"),
                    "rule.duplicate-partner.name",
                    {"name": name, "first": names[normal] + 1},
                )
            names.setdefault(normal, index)
