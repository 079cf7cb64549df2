from __future__ import annotations

from typing import Any

from .conftest import good, problems_of, severities

RULE = "role-beyond-constraints"


def _overloaded() -> dict[str, Any]:
    data = good()
    data["roles"][0]["responsibilities"].append("tenir la comptabilité")
    return data


def test_equal_shares_pass() -> None:
    assert problems_of(RULE, good()) == []


def test_partner_with_limits_carrying_the_most() -> None:
    [problem] = problems_of(RULE, _overloaded())
    assert problem.pointer == "/partners/0/constraints"
    assert "carries 4 of the 7 responsibilities" in problem.message("en")


def test_partner_without_stated_limits_is_not_flagged() -> None:
    data = _overloaded()
    del data["partners"][0]["constraints"]
    assert problems_of(RULE, data) == []


def test_levels() -> None:
    assert severities(RULE, _overloaded()) == [None, None, "info", "info", "info"]
