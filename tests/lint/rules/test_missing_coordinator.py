from __future__ import annotations

from .conftest import good, problems_of, severities

RULE = "missing-coordinator"


def test_named_coordinator_passes() -> None:
    assert problems_of(RULE, good()) == []


def test_no_coordinator() -> None:
    [problem] = problems_of(RULE, good(coordinator=None))
    assert problem.pointer == "/coordinator"


def test_a_wrong_id_is_the_other_rule_s_business() -> None:
    assert problems_of(RULE, good(coordinator="colibris")) == []
    assert problems_of("dangling-coordinator", good(coordinator="colibris"))


def test_ended_partnership_needs_none() -> None:
    assert problems_of(RULE, good(coordinator=None, status="ended")) == []


def test_levels() -> None:
    assert severities(RULE, good(coordinator=None)) == [None, None, "info", "warning", "warning"]
