from __future__ import annotations

from typing import Any

from .conftest import good, problems_of, severities

RULE = "missing-work-plan"


def _no_milestones() -> dict[str, Any]:
    data = good()
    del data["schedule"]["milestones"]
    return data


def test_milestones_pass() -> None:
    assert problems_of(RULE, good()) == []


def test_timeline_without_milestones() -> None:
    [problem] = problems_of(RULE, _no_milestones())
    assert problem.pointer == "/schedule/milestones"


def test_ended_partnership_is_not_asked() -> None:
    data = _no_milestones()
    data["status"] = "ended"
    assert problems_of(RULE, data) == []


def test_levels() -> None:
    assert severities(RULE, _no_milestones()) == [None, None, "info", "warning", "warning"]
