from __future__ import annotations

from .conftest import good, problems_of, severities


def _without_indicators() -> dict:  # type: ignore[type-arg]
    data = good()
    del data["objectives"][1]["indicators"]
    return data


def test_complete_partnership_passes() -> None:
    assert problems_of("objective-without-indicator", good()) == []


def test_objective_without_indicators_is_flagged() -> None:
    [problem] = problems_of("objective-without-indicator", _without_indicators())
    assert problem.pointer == "/objectives/1"
    assert problem.message("en") == "objective o2 has no indicator to measure it by"


def test_warning_from_cooperation_up_only() -> None:
    assert severities("objective-without-indicator", _without_indicators()) == [
        None,
        None,
        None,
        "warning",
        "warning",
    ]
