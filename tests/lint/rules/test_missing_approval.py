from __future__ import annotations

from .conftest import good, problems_of, severities


def _unapproved() -> dict:  # type: ignore[type-arg]
    data = good()
    del data["partners"][1]["approval"]
    return data


def test_approved_by_both_passes() -> None:
    assert problems_of("missing-approval", good()) == []


def test_partner_without_approval() -> None:
    [problem] = problems_of("missing-approval", _unapproved())
    assert problem.pointer == "/partners/1"


def test_only_once_in_force() -> None:
    assert problems_of("missing-approval", {**_unapproved(), "status": "negotiating"}) == []


def test_levels() -> None:
    assert severities("missing-approval", _unapproved()) == [None, None, None, "warning", "warning"]
