from __future__ import annotations

from datetime import date

from .conftest import good, problems_of


def test_done_or_future_milestones_pass() -> None:
    assert problems_of("milestone-overdue", good()) == []


def test_past_milestone_not_done() -> None:
    [problem] = problems_of("milestone-overdue", good(), today=date(2027, 2, 20))
    assert problem.pointer == "/schedule/milestones/2"
    assert problem.severity == "warning"
    assert "bilan de la saison avec les habitants" in problem.message("fr")


def test_only_while_in_force() -> None:
    assert problems_of("milestone-overdue", good(status="ended"), today=date(2027, 2, 20)) == []
