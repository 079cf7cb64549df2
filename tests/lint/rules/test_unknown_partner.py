from __future__ import annotations

from .conftest import LEVELS, good, problems_of


def test_complete_partnership_passes() -> None:
    assert problems_of("unknown-partner", good()) == []


def test_every_kind_of_reference_is_checked() -> None:
    data = good()
    data["roles"][0]["partner"] = "colibris"
    data["contributions"][0]["partner"] = "emaus-creil"
    data["decisions"][0]["present"] = ["colibris-creil", "mairie"]
    data["signatures"][1]["partner"] = "emmaus"
    data["objectives"][0]["agreed_by"] = ["colibris-creil", "personne"]
    data["schedule"]["milestones"][0]["owner"] = "quelquun"
    data["budget"]["funds_management"]["holder"] = "banque"
    data["governance"]["decision_making"]["veto"] = ["inconnu"]
    pointers = [p.pointer for p in problems_of("unknown-partner", data)]
    assert pointers == [
        "/roles/0/partner",
        "/contributions/0/partner",
        "/signatures/1/partner",
        "/schedule/milestones/0/owner",
        "/decisions/0/present/1",
        "/objectives/0/agreed_by/1",
        "/budget/funds_management/holder",
        "/governance/decision_making/veto/0",
    ]


def test_suggests_the_closest_id() -> None:
    data = good()
    data["roles"][1]["partner"] = "emaus-creil"
    [problem] = problems_of("unknown-partner", data)
    assert (
        problem.message("fr")
        == "`emaus-creil` ne fait pas partie des partenaires (→ `emmaus-creil`?)"
    )


def test_error_at_every_level() -> None:
    data = good()
    data["roles"][1]["partner"] = "x"
    assert {
        problems_of("unknown-partner", {**data, "level": level})[0].severity for level in LEVELS
    } == {"error"}


def test_who_agreed_to_the_vision_values_and_scope_is_checked() -> None:
    data = good(agreed_by={"vision": ["colibris-creil", "emaus-creil"], "scope": ["mairie"]})
    problems = problems_of("unknown-partner", data)
    assert [p.pointer for p in problems] == ["/agreed_by/vision/1", "/agreed_by/scope/0"]
    assert "(→ `emmaus-creil`?)" in problems[0].message("en")
