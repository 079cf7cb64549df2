"""A partnership under review or renewed has recorded no lesson for what comes next.

Nexus Santé's sixth key activity: "document the lessons learned, renew commitments and
celebrate successes"; the Transition guide's reasons for failure include the "inability
to learn and grow", and it asks groups to come back to it "each time you create a new
partnership"; the Colibris notes: the experience "will improve the preparation and the
result of the next collaboration". ``lessons_learned`` (or a review's ``lessons``)
carries them to the next term or the next partnership (``status-inconsistent`` already
asks an ended partnership for its ``lessons_learned``).

Passing::

    status: renewed
    lessons_learned: [Se dire dès le départ ce que chacun attend.]

Failing::

    status: renewed
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import Partnership, is_blank
from ptk.problem import Finding

ID = "lessons-not-recorded"
SEVERITY = by_level(warning="coordination", info="consultation")
STATUSES = ("under_review", "renewed")
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if not is_blank(partnership.get("lessons_learned")):
        return
    if any(not is_blank(r.get("lessons")) for _, r in partnership.records("evaluation", "reviews")):
        return
    yield Finding("/lessons_learned", "rule.lessons-not-recorded.message")
