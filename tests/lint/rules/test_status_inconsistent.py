from __future__ import annotations

from .conftest import good, problems_of


def test_consistent_status_passes() -> None:
    assert problems_of("status-inconsistent", good()) == []


def test_declined_without_reason() -> None:
    [problem] = problems_of("status-inconsistent", good(status="declined"))
    assert problem.key == "rule.status-inconsistent.declined"


def test_reason_without_declining() -> None:
    [problem] = problems_of("status-inconsistent", good(decline_reason="trop loin"))
    assert problem.pointer == "/decline_reason"


def test_ended_without_lessons() -> None:
    [problem] = problems_of("status-inconsistent", good(status="ended", lessons_learned=None))
    assert problem.key == "rule.status-inconsistent.ended"


def test_signature_in_the_future() -> None:
    data = good()
    data["signatures"][1]["date"] = "2027-01-01"
    [problem] = problems_of("status-inconsistent", data)
    assert problem.pointer == "/signatures/1/date"
