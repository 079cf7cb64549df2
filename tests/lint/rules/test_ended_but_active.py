from __future__ import annotations

from datetime import date

from .conftest import good, problems_of

LATER = date(2027, 4, 1)


def test_before_the_end_passes() -> None:
    assert problems_of("ended-but-active", good()) == []


def test_active_after_the_end_is_an_error() -> None:
    [problem] = problems_of("ended-but-active", good(), today=LATER)
    assert (problem.pointer, problem.severity) == ("/schedule/end", "error")


def test_renewed_or_ended_is_fine() -> None:
    assert problems_of("ended-but-active", good(status="ended"), today=LATER) == []
    assert problems_of("ended-but-active", good(status="renewed"), today=LATER) == []
