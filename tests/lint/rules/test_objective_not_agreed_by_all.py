from __future__ import annotations

from .conftest import good, problems_of, severities


def _half_agreed() -> dict:  # type: ignore[type-arg]
    data = good()
    data["objectives"][0]["agreed_by"] = ["colibris-creil"]
    return data


def test_complete_partnership_passes() -> None:
    assert problems_of("objective-not-agreed-by-all", good()) == []


def test_objective_not_agreed_by_a_partner() -> None:
    [problem] = problems_of("objective-not-agreed-by-all", _half_agreed())
    assert problem.pointer == "/objectives/0"
    assert (
        problem.message("fr")
        == "l’objectif o1 n’est pas noté comme accepté par\u00a0: Communauté Emmaüs de Creil"
    )


def test_missing_agreed_by() -> None:
    data = good()
    del data["objectives"][1]["agreed_by"]
    assert [p.pointer for p in problems_of("objective-not-agreed-by-all", data)] == [
        "/objectives/1"
    ]


def test_levels() -> None:
    assert severities("objective-not-agreed-by-all", _half_agreed()) == [
        None,
        None,
        "warning",
        "warning",
        "warning",
    ]
