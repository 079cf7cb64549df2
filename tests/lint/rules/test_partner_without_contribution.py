from __future__ import annotations

from .conftest import good, problems_of, severities


def _only_emmaus() -> dict:  # type: ignore[type-arg]
    data = good()
    data["contributions"] = [c for c in data["contributions"] if c["partner"] == "emmaus-creil"]
    return data


def test_complete_partnership_passes() -> None:
    assert problems_of("partner-without-contribution", good()) == []


def test_partner_bringing_nothing() -> None:
    [problem] = problems_of("partner-without-contribution", _only_emmaus())
    assert problem.pointer == "/partners/0"


def test_only_from_cooperation_up() -> None:
    assert severities("partner-without-contribution", _only_emmaus()) == [
        None,
        None,
        None,
        "warning",
        "warning",
    ]
