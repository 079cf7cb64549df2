from __future__ import annotations

from .conftest import good, problems_of, severities


def test_complete_partnership_passes() -> None:
    assert problems_of("missing-roles", good()) == []


def test_no_roles_at_all() -> None:
    [problem] = problems_of("missing-roles", good(roles=[]))
    assert (problem.pointer, problem.key) == ("/roles", "rule.missing-roles.none")


def test_partner_without_role_is_flagged_at_the_partner() -> None:
    data = good()
    data["roles"] = [r for r in data["roles"] if r["partner"] != "emmaus-creil"]
    [problem] = problems_of("missing-roles", data)
    assert problem.pointer == "/partners/1"
    assert "Communauté Emmaüs de Creil has no role" in problem.message("en")


def test_empty_role_does_not_count() -> None:
    data = good()
    data["roles"][1] = {"partner": "emmaus-creil", "role": "", "responsibilities": []}
    assert [p.pointer for p in problems_of("missing-roles", data)] == ["/partners/1"]


def test_silent_for_information_sharing_warning_at_consultation() -> None:
    assert severities("missing-roles", good(roles=None)) == [
        None,
        "warning",
        "error",
        "error",
        "error",
    ]
