from __future__ import annotations

from typing import Any

from .conftest import good, problems_of, severities

RULE = "decision-without-all-partners"


def _absent() -> dict[str, Any]:
    data = good()
    data["decisions"][1]["present"] = ["colibris-creil"]
    return data


def test_everyone_present_passes() -> None:
    assert problems_of(RULE, good()) == []


def test_decision_with_a_partner_absent() -> None:
    [problem] = problems_of(RULE, _absent())
    assert problem.pointer == "/decisions/1/present"
    message = problem.message("fr")
    assert "12 juin 2026" in message and "Communauté Emmaüs de Creil" in message


def test_unknown_attendance_is_not_flagged() -> None:
    data = good()
    del data["decisions"][1]["present"]
    assert problems_of(RULE, data) == []


def test_levels() -> None:
    assert severities(RULE, _absent()) == [None, None, "info", "info", "warning"]
