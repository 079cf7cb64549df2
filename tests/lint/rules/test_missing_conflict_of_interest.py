from __future__ import annotations

from .conftest import good, problems_of, severities


def _with_company(**changes: object) -> dict:  # type: ignore[type-arg]
    data = good(**changes)
    data["partners"][1]["kind"] = "company"
    return data


def test_associations_only_need_nothing() -> None:
    assert problems_of("missing-conflict-of-interest", good(conflict_of_interest=None)) == []


def test_company_with_a_statement_passes() -> None:
    assert problems_of("missing-conflict-of-interest", _with_company()) == []


def test_company_without_statement() -> None:
    [problem] = problems_of(
        "missing-conflict-of-interest", _with_company(conflict_of_interest=None)
    )
    assert problem.pointer == "/conflict_of_interest"
    assert "(Communauté Emmaüs de Creil)" in problem.message("en")


def test_levels() -> None:
    data = _with_company(conflict_of_interest=None)
    assert severities("missing-conflict-of-interest", data) == [
        None,
        None,
        "warning",
        "warning",
        "warning",
    ]
