from __future__ import annotations

from typing import Any

from .conftest import good, problems_of


def _with_payments(*amounts: float) -> dict[str, Any]:
    data = good()
    data["contributions"][0]["type"] = "financial"  # 800 EUR
    data["budget"]["payments"] = [
        {"date": "2026-04-01", "amount": amount, "from": "emmaus-creil", "to": "colibris-creil"}
        for amount in amounts
    ]
    return data


def test_within_the_contributions_passes() -> None:
    data = _with_payments(300, 500)
    assert problems_of("payments-exceed-contributions", data) == []


def test_more_than_contributed_is_a_warning() -> None:
    data = _with_payments(1_000_000, 200)
    [problem] = problems_of("payments-exceed-contributions", data)
    assert problem.severity == "warning" and problem.pointer == "/budget/payments"
    assert "1\u202f000\u202f200 EUR" in problem.message("en")


def test_no_schedule_no_warning() -> None:
    assert problems_of("payments-exceed-contributions", good()) == []
