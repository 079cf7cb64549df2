from __future__ import annotations

from .conftest import good, problems_of, severities

RULE = "missing-definition"


def test_purpose_needs_and_public_written_passes() -> None:
    assert problems_of(RULE, good()) == []


def test_one_finding_names_everything_missing() -> None:
    [problem] = problems_of(RULE, good(needs=None, target_public=" "))
    assert problem.pointer == "/needs"
    message = problem.message("en")
    assert "the needs" in message and "the target public" in message
    assert "what it is for" not in message
    assert "le public visé" in problem.message("fr")


def test_levels() -> None:
    assert severities(RULE, good(purpose=None)) == [None, None, "info", "info", "info"]
