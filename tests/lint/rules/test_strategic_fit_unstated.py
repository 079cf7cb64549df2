from __future__ import annotations

from .conftest import good, problems_of, severities

RULE = "strategic-fit-unstated"


def test_fit_written_passes() -> None:
    assert problems_of(RULE, good()) == []


def test_fit_not_written() -> None:
    [problem] = problems_of(RULE, good(strategic_fit=""))
    assert problem.pointer == "/strategic_fit"
    assert "orientations" in problem.message("fr")


def test_levels() -> None:
    assert severities(RULE, good(strategic_fit=None)) == [None, None, None, "info", "info"]
