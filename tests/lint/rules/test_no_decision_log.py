from __future__ import annotations

from datetime import date

from .conftest import good, problems_of, severities


def test_decisions_recorded_pass() -> None:
    assert problems_of("no-decision-log", good()) == []


def test_months_without_any_decision() -> None:
    [problem] = problems_of("no-decision-log", good(decisions=[]))
    assert problem.pointer == "/decisions"
    assert problem.message("en") == "in force for 8 months with no decision recorded (`decisions`)"


def test_just_started_is_fine() -> None:
    assert problems_of("no-decision-log", good(decisions=[]), today=date(2026, 4, 20)) == []


def test_levels() -> None:
    assert severities("no-decision-log", good(decisions=None)) == [
        None,
        None,
        "warning",
        "warning",
        "warning",
    ]
