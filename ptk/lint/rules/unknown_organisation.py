"""A partner names an organisation that has no file in ``organisations/``.

A convention binds legal persons: who a partner is in law (legal form, SIRET or BCE,
address, who signs and by what authority) is written once in
``organisations/<id>.yaml`` and reused by every partnership. A misspelt
``organisation`` silently drops that identity from the convention.

Passing::

    partners:
      - {id: colibris-creil, name: Colibris du Pays creillois}
      - {id: emmaus-creil, name: Emmaüs Creil}

Failing::

    partners:
      - {id: colibris-creil, name: Colibris du Pays creillois}
      - {id: emmaus-creil, name: Emmaüs Creil, organisation: emmaus-de-creil-inconnue}
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context
from ptk.partnership import Partnership
from ptk.problem import Finding

ID = "unknown-organisation"
SEVERITY = "error"
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    known = sorted(context.organisations)
    for index, partner in Partnership(partnership.raw).records("partners"):
        name = partner.get("organisation")
        if isinstance(name, str) and name not in context.organisations:
            close = difflib.get_close_matches(name, known, n=1)
            yield Finding(
                join_pointer("partners", index, "organisation"),
                "rule.unknown-organisation.message",
                {"id": name, "hint": f" (→ `{close[0]}`?)" if close else ""},
            )
