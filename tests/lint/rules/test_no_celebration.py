from __future__ import annotations

from .conftest import good, problems_of, severities


def test_celebration_passes() -> None:
    assert problems_of("no-celebration", good()) == []


def test_no_celebration_is_a_note() -> None:
    [problem] = problems_of("no-celebration", good(celebrations=[]))
    assert (problem.severity, problem.pointer) == ("info", "/celebrations")


def test_silent_for_informal_levels() -> None:
    assert severities("no-celebration", good(celebrations=None)) == [
        None,
        None,
        "info",
        "info",
        "info",
    ]
