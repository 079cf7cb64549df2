from __future__ import annotations

from .conftest import good, problems_of, severities


def _institution(responsibilities: list[str]) -> dict:  # type: ignore[type-arg]
    data = good()
    data["partners"][1]["kind"] = "public_body"
    data["roles"][1]["responsibilities"] = responsibilities
    return data


def test_institution_with_responsibilities_passes() -> None:
    assert problems_of("community-does-all-work", _institution(["verser la subvention"])) == []


def test_institution_without_responsibilities() -> None:
    [problem] = problems_of("community-does-all-work", _institution([]))
    assert problem.pointer == "/partners/1"
    assert "takes no responsibility while community groups carry them all" in problem.message("en")


def test_company_too() -> None:
    data = _institution([])
    data["partners"][1]["kind"] = "company"
    assert len(problems_of("community-does-all-work", data)) == 1


def test_levels() -> None:
    assert severities("community-does-all-work", _institution([])) == [
        None,
        None,
        "warning",
        "warning",
        "warning",
    ]
