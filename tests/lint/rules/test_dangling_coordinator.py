from __future__ import annotations

from .conftest import good, problems_of


def test_complete_partnership_passes() -> None:
    assert problems_of("dangling-coordinator", good()) == []


def test_coordinator_must_be_a_partner() -> None:
    [problem] = problems_of("dangling-coordinator", good(coordinator="colibris"))
    assert (problem.pointer, problem.severity) == ("/coordinator", "error")
    assert problem.message("en").endswith("(→ `colibris-creil`?)")


def test_unknown_partner_does_not_report_it_twice() -> None:
    assert problems_of("unknown-partner", good(coordinator="colibris")) == []
