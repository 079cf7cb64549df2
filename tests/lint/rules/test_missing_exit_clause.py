from __future__ import annotations

from .conftest import good, problems_of, severities


def test_complete_partnership_passes() -> None:
    assert problems_of("missing-exit-clause", good()) == []


def test_notice_without_conditions_is_flagged() -> None:
    [problem] = problems_of("missing-exit-clause", good(exit={"notice_days": 60}))
    assert problem.pointer == "/exit/conditions"


def test_levels() -> None:
    assert severities("missing-exit-clause", good(exit=None)) == [
        None,
        None,
        "warning",
        "warning",
        "warning",
    ]
