from __future__ import annotations

from .conftest import good, problems_of, severities


def _designer(paid: bool | None) -> dict:  # type: ignore[type-arg]
    data = good()
    contribution = {
        "partner": "colibris-creil",
        "type": "volunteer_time",
        "description": "charte graphique",
        "professional": True,
    }
    if paid is not None:
        contribution["paid"] = paid
    data["contributions"].append(contribution)
    return data


def test_paid_professional_passes() -> None:
    assert problems_of("volunteer-replaces-professional", _designer(True)) == []


def test_unpaid_professional_work() -> None:
    for data in (_designer(None), _designer(False)):
        [problem] = problems_of("volunteer-replaces-professional", data)
        assert problem.pointer == "/contributions/4"
        assert "«\u00a0charte graphique\u00a0»" in problem.message("fr")


def test_levels() -> None:
    assert severities("volunteer-replaces-professional", _designer(None)) == [
        None,
        "warning",
        "warning",
        "warning",
        "warning",
    ]
