"""No health check (« bilan de santé ») of the partnership in the last twelve months.

The five guides agree that partnerships fail on what a file cannot show — trust, fair
power, a common language, a partnership that is not a burden — and Nexus Santé asks
partners to "take the time to reflect on what you achieved together and evaluate it".
From ``cooperation`` up, ask the partners' members how it is going at least once a
year: ``ptk health form`` prints the questionnaire, ``ptk health import`` records the
answers in ``health/<id>/<date>.yaml`` beside ``partnerships/``. A partnership that
started less than a year ago is not yet due.

Passing::

    level: cooperation
    schedule: {start: 2025-01-15}
    ---
    # in health/example/2026-06-10.yaml
    ptk: 1
    partnership: example
    date: 2026-06-10
    responses:
      - {partner: colibris-creil, answers: {trust.1: 4, trust.2: 4}}
      - {partner: emmaus-creil, answers: {trust.1: 4, trust.2: 3}}

Failing::

    level: cooperation
    schedule: {start: 2024-01-15}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from ptk.health.findings import latest
from ptk.lint.rule import Context, by_level
from ptk.partnership import IN_FORCE, Partnership
from ptk.problem import Day, Finding

ID = "health-check-overdue"
SEVERITY = by_level(warning="cooperation")
STATUSES = IN_FORCE
OPTIONS: Mapping[str, Any] = {"months": 12}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    months = int(options.get("months", OPTIONS["months"]))
    since = _months_before(context.today, months)
    last = latest(context.rounds(partnership))
    pointer = "/evaluation" if isinstance(partnership.get("evaluation"), dict) else ""
    if last is None:
        start = partnership.date("schedule", "start")
        if start is None or start <= since:
            yield Finding(pointer, "rule.health-check-overdue.never", {"months": months})
    elif last.date <= since:
        yield Finding(
            pointer,
            "rule.health-check-overdue.message",
            {"date": Day(last.date.isoformat()), "months": months},
        )


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    return date(year, month, 28)  # pragma: no cover - 28 always exists
