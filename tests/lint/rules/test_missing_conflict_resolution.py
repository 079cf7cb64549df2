from __future__ import annotations

from .conftest import good, problems_of, severities


def _without() -> dict:  # type: ignore[type-arg]
    data = good()
    del data["governance"]["conflict_resolution"]
    return data


def test_complete_partnership_passes() -> None:
    assert problems_of("missing-conflict-resolution", good()) == []


def test_missing_is_flagged() -> None:
    [problem] = problems_of("missing-conflict-resolution", _without())
    assert problem.pointer == "/governance/conflict_resolution"


def test_warning_from_coordination_silent_for_informal_levels() -> None:
    assert severities("missing-conflict-resolution", _without()) == [
        None,
        None,
        "warning",
        "warning",
        "warning",
    ]
