from __future__ import annotations

from .conftest import good, problems_of


def _three_years(**changes: object) -> dict:  # type: ignore[type-arg]
    data = good(**changes)
    data["schedule"]["end"] = "2029-03-14"
    return data


def test_within_the_mandate_passes() -> None:
    assert problems_of("long-commitment", good(exit={"notice_days": 60})) == []


def test_local_group_beyond_its_mandate_without_exit_clause() -> None:
    [problem] = problems_of("long-commitment", _three_years(exit=None))
    assert problem.pointer == "/partners/0/mandate_months"
    assert "commits for 36 months, beyond its 12-month mandate" in problem.message("en")


def test_exit_clause_makes_it_acceptable() -> None:
    assert problems_of("long-commitment", _three_years()) == []


def test_beyond_years_without_any_local_group() -> None:
    data = _three_years(exit=None)
    data["schedule"]["end"] = "2030-03-14"
    for partner in data["partners"]:
        partner.pop("mandate_months", None)
    [problem] = problems_of("long-commitment", data)
    assert problem.key == "rule.long-commitment.years" and problem.args["years"] == 3


def _years(end: str, kind: str = "local_group") -> dict:  # type: ignore[type-arg]
    data = good()
    data["schedule"]["end"] = end
    data["partners"][0]["kind"] = kind
    return data


def test_exit_clause_does_not_let_a_local_group_commit_for_ten_years() -> None:
    [problem] = problems_of("long-commitment", _years("2036-03-14"))
    assert problem.key == "rule.long-commitment.local-group"
    assert problem.pointer == "/schedule/end"
    assert "120 mois" in problem.message("fr") and "3 ans au plus" in problem.message("fr")


def test_exit_clause_still_covers_other_partners_long_commitments() -> None:
    assert problems_of("long-commitment", _years("2036-03-14", kind="association")) == []
