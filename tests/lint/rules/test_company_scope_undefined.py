from __future__ import annotations

from .conftest import good, problems_of, severities


def _with_company(**changes: object) -> dict:  # type: ignore[type-arg]
    data = good(**changes)
    data["partners"][1]["kind"] = "company"
    return data


def test_scope_written_passes() -> None:
    assert problems_of("company-scope-undefined", _with_company()) == []


def test_company_without_scope() -> None:
    [problem] = problems_of("company-scope-undefined", _with_company(scope=None))
    assert problem.pointer == "/scope"


def test_no_company_no_need() -> None:
    assert problems_of("company-scope-undefined", good(scope=None)) == []


def test_levels() -> None:
    assert severities("company-scope-undefined", _with_company(scope=None)) == [
        None,
        "warning",
        "warning",
        "warning",
        "warning",
    ]
