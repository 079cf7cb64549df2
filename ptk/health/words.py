"""A health-check report in plain words: per round, the lowest dimensions first."""

from __future__ import annotations

from collections.abc import Sequence

from ptk import i18n
from ptk.errors import UsageError
from ptk.health.questionnaire import Questionnaire, load
from ptk.health.results import LOW, DimensionResult, RoundResult, one_decimal
from ptk.i18n.formats import format_date
from ptk.partnership import Partnership

WATCH = 3.5  # under this mean (and from LOW up), a dimension is worth watching


def number(value: float, lang: str) -> str:
    """``2.45`` → « 2,5 » / "2.5"."""
    text = one_decimal(value)
    return text.replace(".", ",") if lang == "fr" else text


def _questionnaire() -> Questionnaire | None:
    try:
        return load()
    except UsageError:
        return None


def report_text(partnership: Partnership, found: Sequence[RoundResult], lang: str) -> str:
    """The whole report: a title, then each round, the latest last."""
    _ = i18n.Messages(lang)
    lines = [_("health.report.title", title=partnership.text("title") or partnership.text("id"))]
    if not found:
        lines += ["", _("health.report.no-rounds")]
    questions = _questionnaire()
    for result in found:
        lines += [
            "",
            i18n.plural(
                lang, "health.report.round", result.respondents, date=format_date(result.date, lang)
            ),
        ]
        for dimension in result.dimensions:
            lines += _dimension_lines(dimension, partnership, questions, lang)
    return "\n".join(lines) + "\n"


def _dimension_lines(
    d: DimensionResult, partnership: Partnership, questions: Questionnaire | None, lang: str
) -> list[str]:
    _ = i18n.Messages(lang)
    title = questions.title(d.id, lang) if questions else d.id
    verdict = "low" if d.mean < LOW else "watch" if d.mean < WATCH else "good"
    line = _(
        "health.report.dimension",
        dimension=title,
        mean=number(d.mean, lang),
        verdict=_(f"health.report.verdict.{verdict}"),
    )
    if d.change is not None:
        key = "up" if d.change >= 0.05 else "down" if d.change <= -0.05 else "same"
        line += _(f"health.report.change.{key}", change=number(abs(d.change), lang))
    lines = [f"  {line}"]
    if d.divergent:
        means = sorted(d.by_partner.items(), key=lambda item: (-item[1], item[0]))
        partners = _("health.report.separator").join(
            _(
                "health.report.partner-mean",
                partner=partnership.partner_name(p),
                mean=number(m, lang),
            )
            for p, m in means
        )
        lines.append("      " + _("health.report.divergent", partners=partners))
    return lines
