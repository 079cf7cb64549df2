from __future__ import annotations

from .conftest import good, problems_of, severities


def test_complete_partnership_passes() -> None:
    assert problems_of("missing-evaluation", good()) == []


def test_no_evaluation() -> None:
    [problem] = problems_of("missing-evaluation", good(evaluation=None))
    assert (problem.pointer, problem.key) == ("/evaluation", "rule.missing-evaluation.none")


def test_method_without_date_and_date_without_method() -> None:
    no_date = good(evaluation={"method": "bilan"})
    no_method = good(evaluation={"next_review": "2027-02-15"})
    assert [p.key for p in problems_of("missing-evaluation", no_date)] == [
        "rule.missing-evaluation.next-review"
    ]
    assert [p.key for p in problems_of("missing-evaluation", no_method)] == [
        "rule.missing-evaluation.method"
    ]


def test_levels() -> None:
    assert severities("missing-evaluation", good(evaluation=None)) == [
        None,
        "warning",
        "error",
        "error",
        "error",
    ]


def test_ended_partnership_needs_no_plan() -> None:
    assert problems_of("missing-evaluation", good(evaluation=None, status="ended")) == []
