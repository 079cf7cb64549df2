"""The partnership is active but not every partner has signed.

The CDC de Laval: partners "take the time to establish formal links by setting up a
contract, an agreement or another written form"; the Belgian guide: "having a written
document is essential". Each partner's signature needs a date (``signatures[].date``);
a partner who joined later signs the avenant that brought it in
(``amendments[].signatures``).

Passing::

    status: active
    signatures:
      - {partner: colibris-creil, name: Claire Dubois, date: 2026-03-10}
      - {partner: emmaus-creil, name: Karim Benali, date: 2026-03-10}

Failing::

    status: active
    signatures:
      - {partner: colibris-creil, name: Claire Dubois, date: 2026-03-10}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level, each_partner
from ptk.partnership import IN_FORCE, Partnership
from ptk.problem import Finding
from ptk.signing import signed_by

ID = "unsigned-active"
SEVERITY = by_level(error="cooperation", warning="coordination")
STATUSES = IN_FORCE
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    signed = signed_by(partnership.data)
    yield from each_partner(
        partnership, "rule.unsigned-active.message", lambda partner: partner.get("id") not in signed
    )
