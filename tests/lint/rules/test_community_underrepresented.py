from __future__ import annotations

from typing import Any

from .conftest import good, problems_of, severities

RULE = "community-underrepresented"


def _seats(colibris: int, emmaus: int, emmaus_kind: str = "public_body") -> dict[str, Any]:
    data = good()
    data["partners"][1]["kind"] = emmaus_kind
    data["governance"]["bodies"][0]["seats"] = [
        {"partner": "colibris-creil", "count": colibris},
        {"partner": "emmaus-creil", "count": emmaus},
    ]
    return data


def test_equal_seats_pass() -> None:
    assert problems_of(RULE, _seats(2, 2)) == []


def test_bodies_without_seats_are_not_checked() -> None:
    assert problems_of(RULE, good()) == []


def test_institutions_holding_the_majority() -> None:
    [problem] = problems_of(RULE, _seats(1, 3))
    assert problem.key == "rule.community-underrepresented.majority"
    assert problem.pointer == "/governance/bodies/0/seats"
    assert "« comité de suivi »" in problem.message("fr").replace("\u00a0", " ")


def test_community_group_without_a_seat() -> None:
    problems = problems_of(RULE, _seats(0, 3))
    assert "rule.community-underrepresented.absent" in [p.key for p in problems]


def test_two_community_groups_may_hold_unequal_seats() -> None:
    assert problems_of(RULE, _seats(1, 3, emmaus_kind="association")) == []


def test_levels() -> None:
    assert severities(RULE, _seats(1, 3)) == [None, None, "warning", "warning", "warning"]
