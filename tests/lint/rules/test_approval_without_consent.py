from __future__ import annotations

from typing import Any

from .conftest import good, problems_of, severities

RULE = "approval-without-consent"


def _voted(method: str = "majority") -> dict[str, Any]:
    data = good()
    data["partners"][0]["approval"]["method"] = method
    return data


def test_consent_passes() -> None:
    assert problems_of(RULE, good()) == []


def test_local_group_committed_by_majority_or_vote() -> None:
    for method in ("majority", "vote"):
        [problem] = problems_of(RULE, _voted(method))
        assert problem.pointer == "/partners/0/approval/method"
        assert "consentement" in problem.message("fr")


def test_other_kinds_may_vote() -> None:
    data = good()
    data["partners"][1]["approval"]["method"] = "majority"
    assert problems_of(RULE, data) == []


def test_levels() -> None:
    assert severities(RULE, _voted()) == [None, "info", "info", "info", "info"]
