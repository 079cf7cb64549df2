"""The coordinator is not one of the partners.

The Belgian guide's CLARIFY step: "who does what, who is the coordinator". The
``coordinator`` field holds a partner's id; an id that matches no partner leaves the
partnership without a coordinator.

Passing::

    coordinator: colibris-creil

Failing::

    coordinator: colibris
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context
from ptk.partnership import Partnership
from ptk.problem import Finding

ID = "dangling-coordinator"
SEVERITY = "error"
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    coordinator = partnership.get("coordinator")
    known = partnership.partner_ids
    if isinstance(coordinator, str) and coordinator not in known:
        close = difflib.get_close_matches(coordinator, known, n=1)
        yield Finding(
            "/coordinator",
            "rule.dangling-coordinator.message",
            {"id": coordinator, "hint": f" (→ `{close[0]}`?)" if close else ""},
        )
