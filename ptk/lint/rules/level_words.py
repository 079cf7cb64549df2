"""The level is in a guide's words, or a Belgian “collaboration” is filed as a joint project.

The guides name the levels differently (see ``docs/levels.md``): the Belgian guide's
« collaboration » — an association brings its stone to another's project, which stays
the other's — is ptk's ``cooperation``; its « partenariat » — several associations carry
a project together — is ptk's ``collaboration``; Himmelman's "coordinating" is not ptk's
``coordination``. A ``level`` written in a guide's words (``partenariat``, ``décider
ensemble``, ``networking``…) is given its ptk id. With ``jurisdiction: be``, a
``collaboration`` that only one partner carries — the others taking on no
responsibility — reads as the Belgian guide's « collaboration », ptk's ``cooperation``;
messages then name the levels in the Belgian guide's words.

Passing::

    level: collaboration

Failing::

    level: partenariat
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk import levels
from ptk.lint.kinds import responsibilities
from ptk.lint.rule import Context
from ptk.partnership import LEVELS, Partnership
from ptk.problem import Finding

ID = "level-words"
SEVERITY = "info"
OPTIONS: Mapping[str, Any] = {}
EXPLAINS_SCHEMA = True  # its finding says what a value the schema refuses means: kept


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    written = partnership.get("level")
    jurisdiction = partnership.get("jurisdiction")
    if isinstance(written, str) and written not in LEVELS:
        found = levels.from_guide_words(written)
        if found is not None:
            level, guide = found
            yield Finding(
                "/level",
                f"rule.level-words.{guide}",
                {"written": written, "id": level, "label": levels.term(level, jurisdiction)},
            )
        return
    if jurisdiction == "be" and written == "collaboration":
        yield from _carried_by_one(partnership)


def _carried_by_one(partnership: Partnership) -> Iterator[Finding]:
    duties = responsibilities(partnership.records("roles"))
    carriers = [p for p in partnership.partners if duties.get(p.get("id"), 0) > 0]
    if len(carriers) == 1 and len(partnership.partners) > 1:
        yield Finding(
            "/level",
            "rule.level-words.one-carrier",
            {
                "partner": partnership.label(carriers[0]),
                "cooperation": levels.term("cooperation", "be"),
                "collaboration": levels.term("collaboration", "be"),
            },
        )
