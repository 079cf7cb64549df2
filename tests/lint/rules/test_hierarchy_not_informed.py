from __future__ import annotations

from typing import Any

from .conftest import good, problems_of, severities

RULE = "hierarchy-not-informed"


def _with_school(**partner: Any) -> dict[str, Any]:
    data = good()
    data["partners"][1].update(kind="school", **partner)
    return data


def test_community_partners_need_no_hierarchy() -> None:
    assert problems_of(RULE, good()) == []


def test_school_without_hierarchy() -> None:
    [problem] = problems_of(RULE, _with_school())
    assert problem.pointer == "/partners/1"
    assert "Communauté Emmaüs de Creil" in problem.message("fr")


def test_school_saying_how_its_hierarchy_is_informed_passes() -> None:
    assert problems_of(RULE, _with_school(hierarchy="Bilan transmis à l'inspection.")) == []


def test_public_body_too_and_kinds_are_an_option() -> None:
    data = good()
    data["partners"][1]["kind"] = "public_body"
    assert len(problems_of(RULE, data)) == 1


def test_levels() -> None:
    assert severities(RULE, _with_school()) == [None, None, "info", "info", "info"]
