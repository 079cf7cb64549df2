from __future__ import annotations

from .conftest import good, problems_of, severities


def test_complete_partnership_passes() -> None:
    assert problems_of("missing-communication-plan", good()) == []


def test_nothing_written() -> None:
    [problem] = problems_of("missing-communication-plan", good(communication=None))
    assert problem.key == "rule.missing-communication-plan.none"


def test_one_side_missing() -> None:
    internal_only = good(communication={"internal": "liste de discussion"})
    public_only = good(communication={"public": "affiches"})
    assert [p.key for p in problems_of("missing-communication-plan", internal_only)] == [
        "rule.missing-communication-plan.public"
    ]
    assert [p.key for p in problems_of("missing-communication-plan", public_only)] == [
        "rule.missing-communication-plan.internal"
    ]


def test_note_at_coordination_warning_from_cooperation() -> None:
    assert severities("missing-communication-plan", good(communication=None)) == [
        None,
        None,
        "info",
        "warning",
        "warning",
    ]
