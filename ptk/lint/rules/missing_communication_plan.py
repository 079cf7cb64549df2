"""Nothing says how the partners talk to each other and to the public.

"Unable to communicate effectively" is a reason partnerships fail (Transition guide);
the Belgian guide asks for regular communication towards the public, between
professionals and towards institutions. ``communication.internal`` and
``communication.public`` say how.

Passing::

    communication:
      internal: Liste de discussion commune et compte rendu de chaque comité.
      public: Affiches chez les commerçants du quartier.

Failing::

    communication:
      branding: Les deux logos à égalité.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "missing-communication-plan"
SEVERITY = by_level(warning="cooperation", info="coordination")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    internal = partnership.text("communication", "internal")
    public = partnership.text("communication", "public")
    if not internal and not public:
        yield Finding("/communication", "rule.missing-communication-plan.none")
    elif not internal:
        yield Finding("/communication", "rule.missing-communication-plan.internal")
    elif not public:
        yield Finding("/communication", "rule.missing-communication-plan.public")
