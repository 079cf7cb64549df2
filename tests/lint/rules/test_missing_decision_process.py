from __future__ import annotations

from .conftest import good, problems_of, severities


def _without_method() -> dict:  # type: ignore[type-arg]
    data = good()
    del data["governance"]["decision_making"]["method"]
    return data


def test_complete_partnership_passes() -> None:
    assert problems_of("missing-decision-process", good()) == []


def test_missing_method_is_flagged() -> None:
    [problem] = problems_of("missing-decision-process", _without_method())
    assert problem.pointer == "/governance/decision_making"


def test_levels() -> None:
    assert severities("missing-decision-process", _without_method()) == [
        None,
        None,
        "warning",
        "error",
        "error",
    ]
