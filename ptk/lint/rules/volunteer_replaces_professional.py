"""Volunteers do, unpaid, work that is normally a paid profession.

The Colibris notes: "be careful not to abuse volunteering where professionals should be
called in, for example in partnerships with companies"; "being asked to volunteer when
it is your job is not simple — a graphic designer, a facilitator". A contribution marked
``professional: true`` should be ``paid: true``.

Passing::

    contributions:
      - partner: colibris-creil
        type: skills
        description: charte graphique
        professional: true
        paid: true

Failing::

    contributions:
      - partner: colibris-creil
        type: volunteer_time
        description: charte graphique
        professional: true
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "volunteer-replaces-professional"
SEVERITY = by_level(warning="consultation")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    for index, contribution in partnership.records("contributions"):
        if contribution.get("professional") is True and contribution.get("paid") is not True:
            yield Finding(
                join_pointer("contributions", index),
                "rule.volunteer-replaces-professional.message",
                {
                    "description": contribution.get("description") or contribution.get("type", ""),
                    "partner": partnership.partner_name(contribution.get("partner")),
                },
            )
