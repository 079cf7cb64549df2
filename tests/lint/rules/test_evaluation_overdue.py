from __future__ import annotations

from datetime import date

from .conftest import LEVELS, good, problems_of


def test_review_in_the_future_passes() -> None:
    assert problems_of("evaluation-overdue", good()) == []


def test_past_review_is_flagged_with_the_delay() -> None:
    [problem] = problems_of("evaluation-overdue", good(), today=date(2027, 3, 1))
    assert problem.pointer == "/evaluation/next_review"
    assert problem.message("fr") == "le bilan prévu le 15 février 2027 a 14 jours de retard"
    assert problem.message("en") == "the review planned for February 15, 2027 is 14 days late"


def test_only_while_the_partnership_is_in_force() -> None:
    assert problems_of("evaluation-overdue", good(status="ended"), today=date(2027, 3, 1)) == []
    assert (
        problems_of("evaluation-overdue", good(status="negotiating"), today=date(2027, 3, 1)) == []
    )


def test_warning_at_every_level() -> None:
    assert {
        problems_of("evaluation-overdue", good(level=level), today=date(2027, 3, 1))[0].severity
        for level in LEVELS
    } == {"warning"}
