from __future__ import annotations

from typing import Any

from .conftest import good, problems_of

RULE = "level-words"


def _belgian(**changes: Any) -> dict[str, Any]:
    data = good(jurisdiction="be", **changes)
    data["roles"][1]["responsibilities"] = []
    return data


def test_ptk_level_ids_pass() -> None:
    assert problems_of(RULE, good()) == []


def test_belgian_partenariat_is_collaboration() -> None:
    [problem] = problems_of(RULE, good(level="partenariat"))
    assert problem.pointer == "/level"
    assert problem.message("en").startswith("“partenariat” is the Belgian guide’s word")
    assert "`collaboration`" in problem.message("en")
    assert problems_of("schema", good(level="partenariat"))  # still not a valid level


def test_transition_and_himmelman_words() -> None:
    [transition] = problems_of(RULE, good(level="Décider ensemble"))
    assert transition.args["id"] == "coordination"
    [himmelman] = problems_of(RULE, good(level="coordinating"))
    assert himmelman.args["id"] == "information_sharing"
    assert "docs/levels.md" in himmelman.message("fr")


def test_unknown_words_are_left_to_the_schema() -> None:
    assert problems_of(RULE, good(level="joint-venture")) == []


def test_belgian_collaboration_carried_by_one_partner_in_belgian_words() -> None:
    [problem] = problems_of(RULE, _belgian())
    french = problem.message("fr").replace("\u00a0", " ")
    assert "le projet n’est porté que par Groupe local Colibris du Pays creillois" in french
    assert "c’est une collaboration (apporter sa pierre au projet d’un autre)" in french
    assert "pas un partenariat (porter un projet ensemble)" in french


def test_only_belgian_partnerships_and_only_at_collaboration() -> None:
    data = _belgian()
    del data["jurisdiction"]
    assert problems_of(RULE, data) == []
    assert problems_of(RULE, _belgian(level="cooperation")) == []
    assert problems_of(RULE, good(jurisdiction="be")) == []
