"""The shared vision, the shared values or the scope are not recorded as agreed by every partner.

The Transition guide: "develop a shared vision and a set of objectives for the project to
which everyone has given their agreement"; Nexus Santé: "creating a shared vision means
agreeing on values, objectives and ways of working together". The Colibris notes, with a
company: the field we play on must be "accepted by all". ``agreed_by`` records, for the
``vision``, the ``shared_values`` and the ``scope``, which partners agreed to them while the text is
being drafted; once every partner has signed the convention that holds them, the
signatures are that agreement.

Passing::

    vision: Un quartier où chacun peut cueillir, semer et apprendre.
    agreed_by: {vision: [colibris-creil, emmaus-creil]}

Failing::

    vision: Un quartier où chacun peut cueillir, semer et apprendre.
    agreed_by: {vision: [colibris-creil]}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership, is_blank
from ptk.problem import Finding

ID = "vision-not-agreed-by-all"
SEVERITY = by_level(warning="cooperation", info="coordination")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}
FIELDS = ("vision", "shared_values", "scope")


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if partnership.fully_signed():
        return
    for field in FIELDS:
        if is_blank(partnership.get(field)):
            continue
        listed = partnership.get("agreed_by", field)
        agreed = set(listed) if isinstance(listed, list) else set()
        missing = [partnership.partner_name(p) for p in partnership.partner_ids if p not in agreed]
        if missing:
            pointer = f"/agreed_by/{field}" if isinstance(listed, list) else f"/{field}"
            yield Finding(pointer, f"rule.vision-not-agreed-by-all.{field}", {"partners": missing})
