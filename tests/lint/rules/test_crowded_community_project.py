from __future__ import annotations

from typing import Any

from .conftest import good, problems_of, severities

RULE = "crowded-community-project"


def _with(*kinds: str) -> dict[str, Any]:
    data = good()
    for n, kind in enumerate(kinds):
        data["partners"].append({"id": f"p{n}", "name": f"Partenaire {n}", "kind": kind})
    return data


def test_two_community_partners_pass() -> None:
    assert problems_of(RULE, good()) == []


def test_institutions_outnumber_community_groups() -> None:
    [problem] = problems_of(RULE, _with("public_body", "company", "foundation"))
    assert problem.key == "rule.crowded-community-project.institutions"
    assert problem.args == {"institutions": 3, "community": 2}


def test_too_many_partners() -> None:
    problems = problems_of(RULE, _with(*["association"] * 5))
    assert [p.key for p in problems] == ["rule.crowded-community-project.many"]
    assert "7 partners" in problems[0].message("en")


def test_an_institution_s_own_project_is_not_concerned() -> None:
    data = _with("public_body", "company", "foundation")
    data["coordinator"] = "p0"
    assert problems_of(RULE, data) == []


def test_levels() -> None:
    data = _with("public_body", "company", "foundation")
    assert severities(RULE, data) == [None, None, "info", "info", "info"]
