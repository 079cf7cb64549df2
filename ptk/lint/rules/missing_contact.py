"""A partner has no contact: nobody to write to or call.

Sharing information, the first level of partnership in the Transition guide, starts
with knowing whom to reach; the Belgian guide asks for regular communication and
"informal contact". Every partner needs a contact with an e-mail address or a phone number.

Passing::

    partners:
      - {id: colibris-creil, name: Colibris, contact: {name: Claire, email: claire@example.org}}
      - {id: emmaus-creil, name: Emmaüs Creil, contact: {phone: "03 44 00 00 00"}}

Failing::

    partners:
      - {id: colibris-creil, name: Colibris, contact: {name: Claire, email: claire@example.org}}
      - {id: emmaus-creil, name: Emmaüs Creil}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "missing-contact"
SEVERITY = "warning"
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    for index, partner in partnership.records("partners"):
        contact = partner.get("contact")
        reachable = isinstance(contact, dict) and any(
            isinstance(contact.get(key), str) and contact[key].strip() for key in ("email", "phone")
        )
        if not reachable:
            yield Finding(
                join_pointer("partners", index),
                "rule.missing-contact.message",
                {"partner": partner.get("name") or partner.get("id")},
            )
