"""What a health-check round says: per dimension, the mean, each partner's mean, divergence.

A dimension's mean is the mean of every answer given to its questions; a partner's
mean, of the answers its own people gave. Partners *diverge* on a dimension when
their means are :data:`DIVERGENCE` or more apart: they do not live the partnership
the same way, and should talk about it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ptk.health.questionnaire import dimension_of
from ptk.health.rounds import Round

DIVERGENCE = 1.5  # partners' means this far apart: they see the partnership differently
LOW = 2.5  # a dimension under this mean needs the partners' attention
_EPSILON = 1e-9


@dataclass(frozen=True)
class DimensionResult:
    id: str
    mean: float
    by_partner: dict[str, float]
    divergent: bool
    answers: int
    change: float | None = None  # since the previous round that had this dimension

    @property
    def low(self) -> bool:
        return self.mean < LOW - _EPSILON


@dataclass(frozen=True)
class RoundResult:
    date: date
    respondents: int
    dimensions: tuple[DimensionResult, ...]  # the lowest first

    def divergent(self) -> list[DimensionResult]:
        return [d for d in self.dimensions if d.divergent]

    def low(self) -> list[DimensionResult]:
        return [d for d in self.dimensions if d.low]


def one_decimal(value: float) -> str:
    """A mean as people round it: ``3.25`` → ``3.3`` (half up, not to the nearest float).

    >>> [one_decimal(v) for v in (3.25, 1.75, 4.0, 2.45)]
    ['3.3', '1.8', '4.0', '2.5']
    """
    from decimal import ROUND_HALF_UP, Decimal

    return str(Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _mean(values: Sequence[int]) -> float:
    return round(sum(values) / len(values), 2)


def measure(found: Round, order: Sequence[str] = ()) -> RoundResult:
    """The round's results, dimensions lowest first (ties: questionnaire order, then id)."""
    overall: dict[str, list[int]] = defaultdict(list)
    by_partner: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for response in found.responses:
        for question, answer in response.answers.items():
            dimension = dimension_of(question)
            overall[dimension].append(answer)
            by_partner[dimension][response.partner].append(answer)
    dimensions = []
    for dimension, answers in overall.items():
        partners = {p: _mean(values) for p, values in sorted(by_partner[dimension].items())}
        spread = max(partners.values()) - min(partners.values())
        dimensions.append(
            DimensionResult(
                dimension, _mean(answers), partners, spread >= DIVERGENCE - _EPSILON, len(answers)
            )
        )
    rank = {dimension: index for index, dimension in enumerate(order)}
    dimensions.sort(key=lambda d: (d.mean, rank.get(d.id, len(rank)), d.id))
    respondents = sum(1 for response in found.responses if response.answers)
    return RoundResult(found.date, respondents, tuple(dimensions))


def measure_all(rounds: Iterable[Round], order: Sequence[str] = ()) -> list[RoundResult]:
    """Every round's results, oldest first, each dimension with its change since the
    last earlier round that measured it."""
    results: list[RoundResult] = []
    last: dict[str, float] = {}
    for found in sorted(rounds, key=lambda r: r.date):
        result = measure(found, order)
        with_change = tuple(
            DimensionResult(
                d.id,
                d.mean,
                d.by_partner,
                d.divergent,
                d.answers,
                round(d.mean - last[d.id], 2) if d.id in last else None,
            )
            for d in result.dimensions
        )
        last.update({d.id: d.mean for d in result.dimensions})
        results.append(RoundResult(result.date, result.respondents, with_change))
    return results


def as_json(partnership: str, results: Sequence[RoundResult]) -> dict[str, Any]:
    """``{"partnership", "rounds": [{"date", "respondents", "dimensions": [...]}]}``."""
    return {
        "partnership": partnership,
        "rounds": [
            {
                "date": result.date.isoformat(),
                "respondents": result.respondents,
                "dimensions": [
                    {
                        "id": d.id,
                        "mean": d.mean,
                        "by_partner": d.by_partner,
                        "divergent": d.divergent,
                        "low": d.low,
                        "change": d.change,
                        "answers": d.answers,
                    }
                    for d in result.dimensions
                ],
            }
            for result in results
        ],
    }
