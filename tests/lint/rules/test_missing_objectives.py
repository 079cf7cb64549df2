from __future__ import annotations

from .conftest import good, problems_of, severities


def test_complete_partnership_passes() -> None:
    assert problems_of("missing-objectives", good()) == []


def test_no_objective() -> None:
    [problem] = problems_of("missing-objectives", good(objectives=[]))
    assert problem.pointer == "/objectives"


def test_levels() -> None:
    assert severities("missing-objectives", good(objectives=None)) == [
        None,
        None,
        "warning",
        "warning",
        "error",
    ]
