from __future__ import annotations

from typing import Any

from .conftest import good, problems_of, severities

RULE = "vision-not-agreed-by-all"
BOTH = ["colibris-creil", "emmaus-creil"]


def _drafting(**changes: Any) -> dict[str, Any]:
    """The complete partnership before anyone signed."""
    return good(signatures=None, status="negotiating", **changes)


def test_agreed_by_everyone_passes() -> None:
    agreed = {"vision": BOTH, "shared_values": BOTH, "scope": BOTH}
    assert problems_of(RULE, _drafting(agreed_by=agreed)) == []


def test_each_field_without_agreement_is_flagged() -> None:
    problems = problems_of(RULE, _drafting())
    assert sorted(p.key.rsplit(".", 1)[1] for p in problems) == ["scope", "shared_values", "vision"]
    assert {p.pointer for p in problems} == {"/vision", "/shared_values", "/scope"}


def test_names_the_partners_who_did_not_agree() -> None:
    agreed = {"vision": ["colibris-creil"], "shared_values": BOTH, "scope": BOTH}
    [problem] = problems_of(RULE, _drafting(agreed_by=agreed))
    assert problem.pointer == "/agreed_by/vision"
    assert "Communauté Emmaüs de Creil" in problem.message("en")
    assert "Groupe local Colibris" not in problem.message("en")


def test_blank_fields_need_no_agreement() -> None:
    assert problems_of(RULE, _drafting(vision="", shared_values=[], scope=None)) == []


def test_signatures_of_every_partner_are_the_agreement() -> None:
    assert problems_of(RULE, good()) == []
    data = good()
    data["signatures"].pop()
    assert len(problems_of(RULE, data)) == 3


def test_levels() -> None:
    assert severities(RULE, _drafting()) == [None, None, "info", "warning", "warning"]
