"""The health-check section of a partnership's page (DESIGN §10).

The site lists the rounds found in ``health/<id>/<date>.yaml`` and the date the next
one is due. The radar chart of the latest rounds comes from the health-check package
(``ptk.health``, its ``radar_svg``) when it is installed alongside:

HOOK (health chart): :func:`radar` is the one place that calls it. Until
``ptk.health`` provides ``radar_svg``, the section shows the rounds without a chart.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ptk.site.calendar import a_year_after
from ptk.site.model import Entry


@dataclass
class HealthView:
    rounds: list[str]  # written-out dates, newest first
    due: str
    overdue: bool
    chart: Markup | None


def health_view(root: Path, entry: Entry, words: Any, today: date) -> HealthView | None:
    """What the page says about health checks, or None when there has been no round."""
    if not entry.health:
        return None
    due = a_year_after(entry.health[-1])
    return HealthView(
        rounds=[words.date(day) for day in reversed(entry.health)],
        due=words.date(due),
        overdue=due < today,
        chart=radar(root, entry, words.lang),
    )


def radar(root: Path, entry: Entry, lang: str) -> Markup | None:
    """The radar chart of the latest round, drawn by ``ptk.health`` (None without it).

    HOOK (health chart): the health-check package draws the chart of a round with
    ``ptk.health.evaluation.chart`` from the rounds that ``ptk.health.rounds`` reads
    beside ``partnerships/``; it is looked up at run time, so that the site works, chart
    aside, where that package is absent or changes shape.
    """
    try:
        questionnaire = importlib.import_module("ptk.health.questionnaire")
        evaluation = importlib.import_module("ptk.health.evaluation")
        results = importlib.import_module("ptk.health.results")
        rounds = importlib.import_module("ptk.health.rounds")
    except ImportError:
        return None
    pid = entry.data.get("id") if isinstance(entry.data.get("id"), str) else entry.path.stem
    try:
        found = questionnaire.load()
        order = [dimension.id for dimension in found.dimensions]
        measured = results.measure_all(rounds.rounds_beside(entry.path, pid), order)
        if not measured:
            return None
        svg = evaluation.chart(measured[-1], entry.p, found, lang)
    except Exception:  # a chart that cannot be drawn must not break the site
        return None
    return Markup(svg) if isinstance(svg, str) and svg.lstrip().startswith("<svg") else None
