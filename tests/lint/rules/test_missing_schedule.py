from __future__ import annotations

from .conftest import good, problems_of, severities


def test_complete_partnership_passes() -> None:
    assert problems_of("missing-schedule", good()) == []


def test_no_start_date() -> None:
    data = good()
    del data["schedule"]["start"]
    [problem] = problems_of("missing-schedule", data)
    assert problem.pointer == "/schedule/start"


def test_levels() -> None:
    assert severities("missing-schedule", good(schedule=None)) == [
        None,
        None,
        "warning",
        "warning",
        "warning",
    ]
