from __future__ import annotations

from typing import Any

from .conftest import good, problems_of, severities

RULE = "missing-glossary"


def _with_school(**changes: Any) -> dict[str, Any]:
    data = good(**changes)
    data["partners"][1]["kind"] = "school"
    return data


def test_community_groups_among_themselves_pass() -> None:
    assert problems_of(RULE, good()) == []


def test_community_group_and_institution_without_glossary() -> None:
    [problem] = problems_of(RULE, _with_school())
    assert problem.pointer == "/glossary"


def test_glossary_written_passes() -> None:
    glossary = [{"term": "atelier", "definition": "une heure en classe avec deux bénévoles"}]
    assert problems_of(RULE, _with_school(glossary=glossary)) == []


def test_levels() -> None:
    assert severities(RULE, _with_school()) == [None, None, None, "info", "info"]
