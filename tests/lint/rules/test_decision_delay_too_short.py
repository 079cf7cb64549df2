from __future__ import annotations

from ptk.lint.config import Config, RuleSetting

from .conftest import good, lint, problems_of, severities


def _delay(days: int) -> dict:  # type: ignore[type-arg]
    data = good()
    data["governance"]["decision_making"]["response_delay_days"] = days
    return data


def test_thirty_days_pass() -> None:
    assert problems_of("decision-delay-too-short", good()) == []


def test_a_week_is_too_short() -> None:
    [problem] = problems_of("decision-delay-too-short", _delay(7))
    assert problem.pointer == "/governance/decision_making/response_delay_days"
    assert (
        problem.message("en")
        == "partners have 7 days to answer; allow at least 30 days for their democratic process"
    )


def test_minimum_is_an_option() -> None:
    config = Config(rules={"decision-delay-too-short": RuleSetting(options={"min_days": 45})})
    assert [p.rule for p in lint(good(), config=config)] == ["decision-delay-too-short"]


def test_levels() -> None:
    assert severities("decision-delay-too-short", _delay(7)) == [
        None,
        None,
        "warning",
        "warning",
        "warning",
    ]
