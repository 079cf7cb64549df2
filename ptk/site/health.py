"""The health-check section of a partnership's page (DESIGN §10): the rounds held, the
date the next one is due, and the radar chart of the latest round, drawn by the health
check itself (:func:`ptk.health.evaluation.chart`), as the evaluation document shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from markupsafe import Markup

from ptk.errors import UsageError
from ptk.health import questionnaire
from ptk.health.evaluation import chart
from ptk.health.results import measure_all
from ptk.site.calendar import a_year_after
from ptk.site.model import Entry


@dataclass
class HealthView:
    rounds: list[str]  # written-out dates, newest first
    due: str
    overdue: bool
    chart: Markup | None


def health_view(entry: Entry, words: Any, today: date) -> HealthView | None:
    """What the page says about health checks, or None when there has been no round."""
    if not entry.health:
        return None
    due = a_year_after(entry.health[-1])
    return HealthView(
        rounds=[words.date(day) for day in reversed(entry.health)],
        due=words.date(due),
        overdue=due < today,
        chart=radar(entry, words.lang),
    )


def radar(entry: Entry, lang: str) -> Markup | None:
    """The radar chart of the latest round (its own SVG, every text in it escaped)."""
    try:
        found = questionnaire.load()
    except UsageError:
        return None
    measured = measure_all(entry.rounds, [dimension.id for dimension in found.dimensions])
    if not measured:
        return None
    return Markup(chart(measured[-1], entry.p, found, lang))
