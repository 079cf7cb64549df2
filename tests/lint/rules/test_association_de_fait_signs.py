from __future__ import annotations

from .conftest import good, problems_of


def test_unincorporated_group_signing_without_money_passes() -> None:
    assert problems_of("association-de-fait-signs", good()) == []


def test_unincorporated_group_holding_the_funds() -> None:
    data = good()
    data["budget"]["funds_management"]["holder"] = "colibris-creil"
    [problem] = problems_of("association-de-fait-signs", data)
    assert (problem.pointer, problem.severity) == ("/signatures/0", "error")


def test_unincorporated_group_giving_money() -> None:
    data = good()
    data["contributions"].append({"partner": "colibris-creil", "type": "financial", "value": 50})
    assert len(problems_of("association-de-fait-signs", data)) == 1


def test_legal_entity_may_sign() -> None:
    data = good()
    data["budget"]["funds_management"]["holder"] = "colibris-creil"
    data["partners"][0]["legal_entity"] = True
    assert problems_of("association-de-fait-signs", data) == []
