from __future__ import annotations

from .conftest import good, problems_of


def test_two_partners_pass() -> None:
    assert problems_of("min-two-partners", good()) == []


def test_the_same_organisation_twice_is_flagged() -> None:
    data = good()
    data["partners"][1] = dict(data["partners"][0])
    [problem] = problems_of("min-two-partners", data)
    assert (problem.pointer, problem.severity) == ("/partners", "error")


def test_same_name_under_two_ids() -> None:
    data = good()
    data["partners"][1]["name"] = data["partners"][0]["name"].upper()
    assert len(problems_of("min-two-partners", data)) == 1


def test_a_single_partner_is_left_to_the_schema() -> None:
    data = good()
    data["partners"] = data["partners"][:1]
    assert problems_of("min-two-partners", data) == []
    assert problems_of("schema", data)
