"""A sponsor's counterparts are worth more than a quarter of its gift: in France, that
is no longer mécénat but parrainage.

French tax practice accepts counterparts (logo on the poster, invitations, visibility)
for a gift as long as their value stays « disproportionnée », which it sets at a quarter
of the gift. Above it the operation is parrainage (sponsorship), a commercial
service: the company gets no tax reduction on it, the association cannot issue a
« reçu fiscal », and it may owe VAT on what it invoices. Value the counterparts
(``counterparts[].value``) and compare. If parrainage is what the partners want,
confirm it with a suppression and its reason (``# ptk:
disable=counterparts-exceed-mecenat-share -- parrainage voulu, facturé avec TVA``).

Passing::

    nature: sponsorship
    contributions:
      - {partner: emmaus-creil, type: financial, description: don, value: 2000}
    counterparts:
      - {partner: emmaus-creil, description: logo sur l'affiche, value: 300}

Failing::

    nature: sponsorship
    contributions:
      - {partner: emmaus-creil, type: financial, description: don, value: 2000}
    counterparts:
      - {partner: emmaus-creil, description: stand et logo sur tous les supports, value: 800}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context, amount_text
from ptk.partnership import NOT_DECLINED, Partnership
from ptk.problem import Finding

ID = "counterparts-exceed-mecenat-share"
SEVERITY = "warning"
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {"share": 0.25}
_ELSEWHERE = ("be", "qc", "on")  # the quarter is French tax practice


def _value(record: Mapping[str, Any]) -> float:
    value = record.get("value")
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if partnership.get("nature") != "sponsorship" or partnership.get("jurisdiction") in _ELSEWHERE:
        return
    counterparts: dict[str, tuple[int, float]] = {}
    for index, record in partnership.records("counterparts"):
        partner = str(record.get("partner") or "")
        first, total = counterparts.get(partner, (index, 0.0))
        counterparts[partner] = (first, total + _value(record))
    currency = partnership.get("budget", "currency")
    for partner, (index, value) in counterparts.items():
        gift = sum(
            _value(c)
            for _, c in partnership.records("contributions")
            if not partner or c.get("partner") == partner
        )
        if value > gift * float(options.get("share", 0.25)):
            yield Finding(
                join_pointer("counterparts", index),
                "rule.counterparts-exceed-mecenat-share.message",
                {
                    "partner": partnership.partner_name(partner),
                    "value": amount_text(value, currency),
                    "gift": amount_text(gift, currency),
                },
            )
