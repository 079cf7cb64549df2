"""A partner's commitment was decided by one person rather than by its decision body.

The Colibris notes: "what matters is to take a real decision in the core circle, with
everyone's consent — above all, not let one person's enthusiasm take over the circle".
A partner's ``approval`` records its body's decision; ``method: individual`` (or a
decision ``by`` one person) means the body has not committed yet.

Passing::

    partners:
      - id: colibris-creil
        name: Colibris du Pays creillois
        approval: {date: 2026-03-02, body: cercle cœur, method: consent}
      - {id: emmaus-creil, name: Emmaüs Creil}

Failing::

    partners:
      - id: colibris-creil
        name: Colibris du Pays creillois
        approval: {date: 2026-03-02, method: individual, by: Claire Dubois}
      - {id: emmaus-creil, name: Emmaüs Creil}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "single-person-approval"
SEVERITY = by_level(warning="consultation")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}
ONE_PERSON = ("individual",)


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    for index, partner in partnership.records("partners"):
        approval = partner.get("approval")
        if not isinstance(approval, dict):
            continue
        alone = approval.get("method") in ONE_PERSON or (
            approval.get("by") and not approval.get("body")
        )
        if alone:
            yield Finding(
                join_pointer("partners", index, "approval"),
                "rule.single-person-approval.message",
                {
                    "partner": partnership.label(partner),
                    "body": f" ({partner['decision_body']})"
                    if partner.get("decision_body")
                    else "",
                },
            )
