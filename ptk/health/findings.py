"""What the health-check rules share: the latest round, decisions taken since, words."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from ptk.errors import UsageError
from ptk.health import questionnaire
from ptk.health.results import RoundResult, measure, one_decimal
from ptk.health.rounds import Round
from ptk.partnership import Partnership, parse_date
from ptk.problem import Words


def latest(rounds: Sequence[Any]) -> Round | None:
    """The most recent round, or None."""
    found = [item for item in rounds if isinstance(item, Round)]
    return max(found, key=lambda item: item.date) if found else None


def acted_after(partnership: Partnership, day: date) -> bool:
    """Whether the partnership recorded a decision dated after ``day``."""
    for _, decision in partnership.records("decisions"):
        taken = parse_date(decision.get("date"))
        if taken is not None and taken > day:
            return True
    return False


def unanswered(
    partnership: Partnership, rounds: Sequence[Any]
) -> tuple[Round, RoundResult, str] | None:
    """The latest round, measured, when no decision has been recorded since it, and
    where a finding about it points (the decision log, else the file); else None."""
    last = latest(rounds)
    if last is None or acted_after(partnership, last.date):
        return None
    pointer = "/decisions" if "decisions" in partnership.data else ""
    return last, measure(last, order()), pointer


def order() -> list[str]:
    """The dimensions in the questionnaire's order (empty when it cannot be read)."""
    try:
        return [dimension.id for dimension in questionnaire.load().dimensions]
    except UsageError:
        return []


def title(dimension_id: str) -> Words:
    """A dimension's title in every language (its id when the questionnaire lacks it)."""
    try:
        found = questionnaire.load().dimension(dimension_id)
    except UsageError:
        found = None
    return Words.of(dict(found.title) if found else {"fr": dimension_id, "en": dimension_id})


def score(value: float) -> Words:
    """``2.45`` → « 2,5 » / "2.5": a mean on the 1–5 scale, one decimal."""
    text = one_decimal(value)
    return Words.of({"fr": text.replace(".", ","), "en": text})
