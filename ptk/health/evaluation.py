"""The health check in the evaluation document: the latest rounds, each with its radar chart.

The chart reaches every format: inline SVG in HTML (and Markdown), a file beside the
Typst source for PDF, a ``data:`` image for ODT and DOCX (pandoc runs sandboxed and
reads no file it was not given, but decodes ``data:`` images itself).
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ptk import i18n
from ptk.documents.compose import Markup, escape
from ptk.errors import UsageError
from ptk.health import questionnaire
from ptk.health.chart import Series, radar_svg
from ptk.health.results import RoundResult, measure_all
from ptk.health.rounds import rounds_beside
from ptk.health.words import number
from ptk.i18n.formats import format_date
from ptk.partnership import Partnership

LATEST = 2  # rounds shown: the latest and the one before, to see the change


def section(
    path: Path, partnership: Partnership, lang: str, target: str
) -> tuple[list[dict[str, Any]], dict[str, bytes]]:
    """``(rounds for the template, files the conversion needs)`` for a partnership."""
    pid = partnership.get("id") if isinstance(partnership.get("id"), str) else path.stem
    try:
        found = questionnaire.load()
    except UsageError:
        found = None
    order = [d.id for d in found.dimensions] if found else []
    results = measure_all(rounds_beside(path, str(pid)), order)[-LATEST:]
    rounds, files = [], {}
    for result in results:
        name = f"health-{result.date.isoformat()}.svg"
        svg = chart(result, partnership, found, lang)
        files[name] = svg.encode("utf-8")
        rounds.append(
            _round(result, partnership, found, lang, _figure(svg, name, target, lang, result))
        )
    return rounds, files


def chart(
    result: RoundResult,
    partnership: Partnership,
    found: questionnaire.Questionnaire | None,
    lang: str,
) -> str:
    """The round's radar chart: everyone, then each partner, dimensions in questionnaire order."""
    order = [d.id for d in found.dimensions] if found else []
    dimensions = sorted(
        result.dimensions, key=lambda d: (order.index(d.id) if d.id in order else len(order), d.id)
    )
    labels = [found.title(d.id, lang) if found else d.id for d in dimensions]
    partners = sorted({p for d in dimensions for p in d.by_partner})
    series = [Series(i18n.message(lang, "doc.health.everyone"), [d.mean for d in dimensions])]
    series += [
        Series(partnership.partner_name(p), [d.by_partner.get(p) for d in dimensions])
        for p in partners
    ]
    title = i18n.message(lang, "doc.health.chart-title", date=format_date(result.date, lang))
    return radar_svg(labels, series, title)


def _figure(svg: str, name: str, target: str, lang: str, result: RoundResult) -> Markup:
    caption = escape(
        i18n.message(lang, "doc.health.chart-title", date=format_date(result.date, lang))
    )
    if target in ("html", "md"):
        return Markup(f'```{{=html}}\n<figure class="health-chart">\n{svg}</figure>\n```\n')
    if target == "pdf":
        return Markup(f"![{caption}]({name}){{width=15cm}}\n")
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return Markup(f"![{caption}](data:image/svg+xml;base64,{data}){{width=15cm}}\n")


def _round(
    result: RoundResult,
    partnership: Partnership,
    found: questionnaire.Questionnaire | None,
    lang: str,
    figure: Markup,
) -> dict[str, Any]:
    """A round for the template: a column per partner, a row per dimension (lowest first)."""
    partners = sorted({p for d in result.dimensions for p in d.by_partner})
    return {
        "date": result.date.isoformat(),
        "respondents": result.respondents,
        "chart": figure,
        "partners": [partnership.partner_name(p) for p in partners],
        "dimensions": [
            {
                "title": found.title(d.id, lang) if found else d.id,
                "mean": number(d.mean, lang),
                "by_partner": [
                    number(d.by_partner[p], lang) if p in d.by_partner else "" for p in partners
                ],
                "divergent": d.divergent,
                "low": d.low,
            }
            for d in result.dimensions
        ],
    }


__all__: Sequence[str] = ["chart", "section"]
