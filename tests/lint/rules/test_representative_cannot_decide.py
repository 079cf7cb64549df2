from __future__ import annotations

from typing import Any

from .conftest import good, problems_of, severities

RULE = "representative-cannot-decide"


def _with_institution(**partner: Any) -> dict[str, Any]:
    data = good()
    data["partners"][1]["kind"] = "public_body"
    data["partners"][1].update(partner)
    return data


def test_community_partners_are_not_concerned() -> None:
    data = good()
    del data["partners"][1]["representative"]
    assert problems_of(RULE, data) == []


def test_institution_with_a_representative_and_role_passes() -> None:
    assert problems_of(RULE, _with_institution()) == []


def test_institution_without_representative_or_role() -> None:
    for representative in (None, {"name": "Karim Benali"}):
        data = _with_institution(representative=representative)
        [problem] = problems_of(RULE, data)
        assert problem.pointer == "/partners/1"


def test_levels() -> None:
    data = _with_institution(representative=None)
    assert severities(RULE, data) == [None, None, "info", "warning", "warning"]
