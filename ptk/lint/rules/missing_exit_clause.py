"""Nothing says how a partner can withdraw.

The CDC de Laval: "if the partnership does not work, do not hesitate to question its
foundations or to withdraw". Writing the conditions, the notice and what happens to
shared goods, money and work makes leaving possible without a quarrel.

Passing::

    exit:
      notice_days: 60
      conditions: Chaque partenaire peut se retirer par courrier, avec deux mois de préavis.

Failing::

    exit: {notice_days: 60}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context, by_level
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "missing-exit-clause"
SEVERITY = by_level(warning="coordination")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if not partnership.text("exit", "conditions"):
        yield Finding("/exit/conditions", "rule.missing-exit-clause.message")
