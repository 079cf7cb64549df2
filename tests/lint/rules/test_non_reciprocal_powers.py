from __future__ import annotations

from .conftest import good, problems_of, severities


def _with(**decision_making: object) -> dict:  # type: ignore[type-arg]
    data = good()
    data["governance"]["decision_making"].update(decision_making)
    return data


def test_complete_partnership_passes() -> None:
    assert problems_of("non-reciprocal-powers", good()) == []


def test_veto_for_everyone_is_reciprocal() -> None:
    assert (
        problems_of("non-reciprocal-powers", _with(veto=["colibris-creil", "emmaus-creil"])) == []
    )


def test_one_sided_veto() -> None:
    [problem] = problems_of("non-reciprocal-powers", _with(veto=["emmaus-creil"]))
    assert problem.pointer == "/governance/decision_making/veto"


def test_casting_vote_and_lead_decides() -> None:
    keys = [
        p.key
        for p in problems_of(
            "non-reciprocal-powers", _with(casting_vote="emmaus-creil", method="lead_decides")
        )
    ]
    assert keys == ["rule.non-reciprocal-powers.casting", "rule.non-reciprocal-powers.lead"]


def test_majority_of_seats() -> None:
    data = good()
    data["governance"]["bodies"][0]["seats"] = [
        {"partner": "emmaus-creil", "count": 3},
        {"partner": "colibris-creil", "count": 2},
    ]
    [problem] = problems_of("non-reciprocal-powers", data)
    assert problem.message("en") == (
        "Communauté Emmaüs de Creil holds 3 of the 5 seats of “comité de suivi”: "
        "a majority on its own"
    )


def test_levels() -> None:
    assert severities("non-reciprocal-powers", _with(veto=["emmaus-creil"])) == [
        None,
        None,
        "warning",
        "warning",
        "warning",
    ]
