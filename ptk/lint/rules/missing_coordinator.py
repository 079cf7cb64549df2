"""Nobody is named to coordinate the partnership.

The Belgian guide's CLARIFY step starts with the roles: "who does what, who is the
coordinator". Without one, everybody thinks somebody else is calling the next meeting.
``coordinator`` names the partner that coordinates (``dangling-coordinator`` checks
that it is one of the partners).

Passing::

    coordinator: colibris-creil

Failing::

    roles:
      - {partner: colibris-creil, responsibilities: [animer les ateliers]}
      - {partner: emmaus-creil, responsibilities: [ouvrir le terrain]}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "missing-coordinator"
SEVERITY = by_level(warning="cooperation", info="coordination")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if not partnership.text("coordinator"):
        yield Finding("/coordinator", "rule.missing-coordinator.message")
