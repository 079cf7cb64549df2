from __future__ import annotations

from typing import Any

from .conftest import good, problems_of, severities

RULE = "lessons-not-recorded"


def _renewed_without_lessons() -> dict[str, Any]:
    data = good(status="renewed", lessons_learned=None)
    for review in data["evaluation"]["reviews"]:
        review.pop("lessons", None)
    return data


def test_lessons_recorded_pass() -> None:
    assert problems_of(RULE, good(status="renewed")) == []


def test_a_review_s_lessons_are_enough() -> None:
    assert problems_of(RULE, good(status="under_review", lessons_learned=None)) == []


def test_renewed_without_lessons() -> None:
    [problem] = problems_of(RULE, _renewed_without_lessons())
    assert problem.pointer == "/lessons_learned"


def test_active_partnership_is_not_asked_yet_and_ended_is_the_status_rule_s() -> None:
    data = _renewed_without_lessons()
    for status in ("active", "ended"):
        data["status"] = status
        assert problems_of(RULE, data) == []


def test_levels() -> None:
    assert severities(RULE, _renewed_without_lessons()) == [
        None,
        "info",
        "warning",
        "warning",
        "warning",
    ]
