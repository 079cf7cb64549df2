from __future__ import annotations

from typing import Any

from .conftest import good, problems_of


def _sponsorship(counterpart: float, **top: Any) -> dict[str, Any]:
    data = good(nature="sponsorship", **top)
    data["contributions"] = [
        {"partner": "emmaus-creil", "type": "financial", "description": "don", "value": 2000}
    ]
    data["counterparts"] = [
        {"partner": "emmaus-creil", "description": "logo", "value": counterpart / 2},
        {"partner": "emmaus-creil", "description": "stand", "value": counterpart / 2},
    ]
    return data


def test_a_quarter_or_less_is_mecenat() -> None:
    assert problems_of("counterparts-exceed-mecenat-share", _sponsorship(500)) == []


def test_more_than_a_quarter_says_parrainage_and_how_to_confirm() -> None:
    [problem] = problems_of("counterparts-exceed-mecenat-share", _sponsorship(800))
    assert problem.severity == "warning" and problem.pointer == "/counterparts/0"
    message = problem.message("fr")
    assert "plus du quart de son apport (2\u202f000 EUR)" in message
    assert "parrainage" in message and "reçu fiscal" in message and "TVA" in message
    assert "# ptk: disable=counterparts-exceed-mecenat-share -- " in message


def test_only_for_sponsorship_in_france() -> None:
    data = _sponsorship(800)
    assert problems_of("counterparts-exceed-mecenat-share", {**data, "nature": "funding"}) == []
    belgian = {**data, "jurisdiction": "be"}
    assert problems_of("counterparts-exceed-mecenat-share", belgian) == []
