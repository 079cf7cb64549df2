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

from ptk.lint.rule import Context, each_partner
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "missing-contact"
SEVERITY = "warning"
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    yield from each_partner(partnership, "rule.missing-contact.message", _unreachable)


def _unreachable(partner: dict[str, Any]) -> bool:
    contact = partner.get("contact")
    return not (
        isinstance(contact, dict)
        and any(
            isinstance(contact.get(key), str) and contact[key].strip() for key in ("email", "phone")
        )
    )
