from __future__ import annotations

from typing import Any

from .conftest import good, problems_of, severities

RULE = "one-way-benefits"


def _only_emmaus_gives() -> dict[str, Any]:
    data = good()
    data["contributions"] = [c for c in data["contributions"] if c["partner"] == "emmaus-creil"]
    return data


def test_both_contribute_passes() -> None:
    assert problems_of(RULE, good()) == []


def test_the_only_contributor_expecting_something() -> None:
    [problem] = problems_of(RULE, _only_emmaus_gives())
    assert problem.pointer == "/partners/1/expectations"
    assert "Communauté Emmaüs de Creil" in problem.message("en")


def test_no_contribution_at_all_is_another_rule_s_business() -> None:
    assert problems_of(RULE, good(contributions=None)) == []


def test_levels() -> None:
    assert severities(RULE, _only_emmaus_gives()) == [None, None, "info", "warning", "warning"]
