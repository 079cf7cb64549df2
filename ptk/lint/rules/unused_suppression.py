"""A ``# ptk: disable=…`` comment names an unknown rule, or silences nothing.

Suppressions are how a group says "we know, and here is why" for one finding
(``# ptk: disable=RULE -- reason`` on the line, or on the line before) or for a whole
file (``# ptk: disable-file=RULE``). A suppression that no longer silences anything — the
problem was fixed, or the rule's name is misspelt — hides nothing but misleads readers.

Passing::

    vision: ""  # ptk: disable=missing-vision -- la vision sera écrite à la rencontre de mars

Failing::

    vision: Un quartier nourricier.  # ptk: disable=missing-vision -- plus nécessaire
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context
from ptk.partnership import Partnership
from ptk.problem import Finding

ID = "unused-suppression"
SEVERITY = "warning"
OPTIONS: Mapping[str, Any] = {}
LOADER = True  # reported by the engine when it applies suppressions (ptk/lint/suppress.py)


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    return iter(())
