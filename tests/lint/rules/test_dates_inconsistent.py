from __future__ import annotations

from .conftest import good, problems_of


def test_consistent_dates_pass() -> None:
    assert problems_of("dates-inconsistent", good()) == []


def test_end_before_start() -> None:
    data = good()
    data["schedule"]["end"] = "2025-03-14"
    [problem] = problems_of("dates-inconsistent", data)
    assert (problem.pointer, problem.severity) == ("/schedule/end", "error")
    assert problem.message("fr") == "la fin (14 mars 2025) précède le début (15 mars 2026)"


def test_review_before_start_and_milestone_after_end() -> None:
    data = good()
    data["evaluation"]["next_review"] = "2026-01-10"
    data["schedule"]["milestones"][2]["date"] = "2027-06-01"
    pointers = [p.pointer for p in problems_of("dates-inconsistent", data)]
    assert pointers == ["/evaluation/next_review", "/schedule/milestones/2/date"]
