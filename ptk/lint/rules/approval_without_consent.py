"""A local group committed by a majority vote rather than by the consent of its circle.

The Colibris notes: "what matters is to take a real decision in the core circle, with
everyone's consent". A majority leaves part of a small volunteer team committed
against its will, and that part carries the work too. The partner's ``approval``
``method`` is best ``consent`` (or ``consensus`` or ``unanimity``) for a local group.

Passing::

    partners:
      - id: colibris-creil
        name: Colibris du Pays creillois
        kind: local_group
        approval: {date: 2026-03-02, body: cercle cœur, method: consent}
      - {id: emmaus-creil, name: Emmaüs Creil}

Failing::

    partners:
      - id: colibris-creil
        name: Colibris du Pays creillois
        kind: local_group
        approval: {date: 2026-03-02, body: cercle cœur, method: majority}
      - {id: emmaus-creil, name: Emmaüs Creil}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "approval-without-consent"
SEVERITY = by_level(info="consultation")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {"kinds": ["local_group"]}
BY_VOTE = ("majority", "vote")


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    for index, partner in partnership.records("partners"):
        approval = partner.get("approval")
        if partner.get("kind") not in options["kinds"] or not isinstance(approval, dict):
            continue
        if approval.get("method") in BY_VOTE:
            yield Finding(
                join_pointer("partners", index, "approval", "method"),
                "rule.approval-without-consent.message",
                {"partner": partnership.label(partner)},
            )
