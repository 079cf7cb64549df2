from __future__ import annotations

from .conftest import good, problems_of


def test_explicit_renewal_passes() -> None:
    assert problems_of("tacit-renewal-without-evaluation", good()) == []


def test_tacit_with_evaluation_passes() -> None:
    assert (
        problems_of(
            "tacit-renewal-without-evaluation",
            good(renewal={"mode": "tacit", "requires_evaluation": True}),
        )
        == []
    )


def test_tacit_without_evaluation() -> None:
    [problem] = problems_of("tacit-renewal-without-evaluation", good(renewal={"mode": "tacit"}))
    assert (problem.pointer, problem.severity) == ("/renewal", "warning")


def test_tacit_requiring_an_evaluation_nobody_plans() -> None:
    data = good(
        renewal={"mode": "tacit", "requires_evaluation": True},
        evaluation={"next_review": "2027-01-01"},
    )
    assert len(problems_of("tacit-renewal-without-evaluation", data)) == 1
