from __future__ import annotations

from .conftest import good, problems_of, severities


def _silent_partner() -> dict:  # type: ignore[type-arg]
    data = good()
    del data["partners"][1]["expectations"]
    return data


def test_complete_partnership_passes() -> None:
    assert problems_of("partner-without-expectations", good()) == []


def test_partner_without_expectations() -> None:
    [problem] = problems_of("partner-without-expectations", _silent_partner())
    assert problem.pointer == "/partners/1"


def test_note_at_consultation_warning_from_cooperation() -> None:
    assert severities("partner-without-expectations", _silent_partner()) == [
        None,
        "info",
        "info",
        "warning",
        "warning",
    ]
