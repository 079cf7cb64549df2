from __future__ import annotations

from .conftest import good, problems_of


def test_complete_partnership_passes() -> None:
    assert problems_of("funds-without-holder", good()) == []


def test_budget_without_holder_is_an_error() -> None:
    data = good()
    del data["budget"]["funds_management"]
    [problem] = problems_of("funds-without-holder", data)
    assert (problem.pointer, problem.severity) == ("/budget/funds_management", "error")


def test_financial_contribution_without_budget() -> None:
    data = good(budget=None)
    data["contributions"].append({"partner": "colibris-creil", "type": "financial", "value": 100})
    assert [p.pointer for p in problems_of("funds-without-holder", data)] == ["/budget"]


def test_no_money_no_holder_needed() -> None:
    data = good(budget=None)
    data["contributions"] = [c for c in data["contributions"] if c["type"] != "financial"]
    assert problems_of("funds-without-holder", data) == []
