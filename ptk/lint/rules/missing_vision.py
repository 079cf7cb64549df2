"""The partners have not written a shared vision.

"The people involved in the partnership have not worked on a shared vision" is the
first of the ten reasons partnerships fail in the Transition guide; Nexus Santé makes
"create a shared vision" one of its six key activities, ideally in a written agreement.
The vision says what the partners want to achieve together, agreed by all. The
Transition guide also warns "do not over-complicate things if it is not necessary":
partners who only share information are told that one sentence is enough.

Passing::

    vision: Un quartier où chacun peut cueillir, semer et apprendre.

Failing::

    vision: ""
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "missing-vision"
SEVERITY = by_level(error="cooperation", warning="information_sharing")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if not partnership.text("vision"):
        light = partnership.level == "information_sharing"
        yield Finding(
            "/vision",
            "rule.missing-vision.one-sentence" if light else "rule.missing-vision.message",
        )
