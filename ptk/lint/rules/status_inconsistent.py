"""The status does not match the rest of the file.

A declined partnership says why (the Transition guide: "you may decide not to partner");
an ended one keeps its lessons learned (Nexus Santé: "document the lessons learned");
a signature cannot be dated in the future; only a declined partnership has a reason for
declining.

Passing::

    status: declined
    decline_reason: Nous n'avons pas trouvé de terrain commun.

Failing::

    status: declined
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context
from ptk.partnership import Partnership, is_blank, parse_date
from ptk.problem import Day, Finding

ID = "status-inconsistent"
SEVERITY = "warning"
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    status = partnership.status
    if status == "declined" and not partnership.text("decline_reason"):
        yield Finding("/status", "rule.status-inconsistent.declined")
    if status != "declined" and partnership.text("decline_reason"):
        yield Finding("/decline_reason", "rule.status-inconsistent.reason", {"status": status})
    if status == "ended" and is_blank(partnership.get("lessons_learned")):
        yield Finding("/status", "rule.status-inconsistent.ended")
    for index, signature in partnership.records("signatures"):
        when = parse_date(signature.get("date"))
        if when is not None and when > context.today:
            yield Finding(
                join_pointer("signatures", index, "date"),
                "rule.status-inconsistent.future-signature",
                {"date": Day(when.isoformat())},
            )
