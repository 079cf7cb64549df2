from __future__ import annotations

from ptk.lint.config import Config, RuleSetting

from .conftest import good, lint, problems_of, severities


def _lopsided() -> dict:  # type: ignore[type-arg]
    data = good()
    data["roles"][0]["responsibilities"] += ["gérer le budget", "faire les courses", "arroser"]
    return data


def test_complete_partnership_passes() -> None:
    assert problems_of("unbalanced-roles", good()) == []


def test_one_partner_carrying_most_is_flagged() -> None:
    [problem] = problems_of("unbalanced-roles", _lopsided())
    assert problem.pointer == "/roles/0"
    assert problem.message("en") == (
        "Groupe local Colibris du Pays creillois carries 6 of the 9 responsibilities (67 %): share them out"
    )


def test_share_is_an_option() -> None:
    config = Config(rules={"unbalanced-roles": RuleSetting(options={"share": 0.7})})
    assert [p for p in lint(_lopsided(), config=config) if p.rule == "unbalanced-roles"] == []


def test_too_few_responsibilities_to_judge() -> None:
    data = good()
    data["roles"][0]["responsibilities"] = ["a", "b"]
    data["roles"][1]["responsibilities"] = []
    assert problems_of("unbalanced-roles", data) == []


def test_warning_from_coordination() -> None:
    assert severities("unbalanced-roles", _lopsided()) == [
        None,
        None,
        "warning",
        "warning",
        "warning",
    ]
