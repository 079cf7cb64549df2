"""A partnership needs at least two distinct partners.

"A partnership is people or groups working together to reach a common goal" (Nexus
Santé). When the list names the same organisation twice, only one partner is really
there: the other party is missing from the file.

Passing::

    partners:
      - {id: colibris-creil, name: Colibris du Pays creillois}
      - {id: emmaus-creil, name: Emmaüs Creil}

Failing::

    partners:
      - {id: colibris-creil, name: Colibris du Pays creillois}
      - {id: colibris-creil, name: Colibris du Pays creillois}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context
from ptk.partnership import Partnership
from ptk.problem import Finding

ID = "min-two-partners"
SEVERITY = "error"
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    partners = partnership.partners
    if len(partners) < 2:
        return  # the schema already says the list is too short
    distinct = {(p.get("id"), " ".join(str(p.get("name", "")).lower().split())) for p in partners}
    ids = {pid for pid, _ in distinct}
    names = {name for _, name in distinct}
    if len(ids) < 2 or len(names) < 2:
        yield Finding("/partners", "rule.min-two-partners.message")
