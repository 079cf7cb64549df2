from __future__ import annotations

from typing import Any

from .conftest import good, problems_of, severities

RULE = "partisanship-unstated"


def _with_town_hall(**changes: Any) -> dict[str, Any]:
    data = good(**changes)
    data["partners"][1].update(kind="public_body", name="Ville de Creil")
    return data


def test_no_public_body_no_need() -> None:
    assert problems_of(RULE, good()) == []


def test_local_group_with_a_town_hall() -> None:
    [problem] = problems_of(RULE, _with_town_hall())
    assert problem.pointer == "/non_partisan"
    assert "Ville de Creil" in problem.message("en")


def test_non_partisanship_written_passes() -> None:
    data = _with_town_hall(non_partisan="Aucune communication commune en période électorale.")
    assert problems_of(RULE, data) == []


def test_public_bodies_among_themselves_are_not_concerned() -> None:
    data = _with_town_hall()
    data["partners"][0]["kind"] = "public_body"
    assert problems_of(RULE, data) == []


def test_levels() -> None:
    assert severities(RULE, _with_town_hall()) == [None, None, "info", "info", "info"]
