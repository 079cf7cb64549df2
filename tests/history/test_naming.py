"""Records and fields named in words, with French's contractions."""

from __future__ import annotations

from ptk.history.naming import field_name, of, out_of, place, to

from ..conftest import french_spacing

DATA = {
    "partners": [{"id": "ecole", "name": "École Jean Macé", "representative": {"name": "A"}}],
    "evaluation": {"method": "Une réunion.", "reviews": [{"date": "2026-09-20"}]},
    "extra": {"notre_champ": 1},
}


def test_of_to_and_out_of_contract_the_article_in_french() -> None:
    assert of("le préambule", "fr") == " du préambule"
    assert of("les valeurs", "fr") == " des valeurs"
    assert of("l’objet", "fr") == " de l’objet"
    assert of("École Jean Macé", "fr") == " d’École Jean Macé"
    assert to("les valeurs partagées", "fr") == " aux valeurs partagées"
    assert to("le public visé", "fr") == " au public visé"
    assert to("la liste", "fr") == " à la liste"
    assert out_of("les valeurs", "fr") == " des valeurs"
    assert (of("x", "en"), to("x", "en"), out_of("x", "en")) == (" of x", " to x", " from x")


def test_a_record_inside_a_record_is_its_owner() -> None:
    found = place(["partners", "ecole", "representative", "name"], DATA, "fr")
    assert found.owner == "la personne représentante du partenaire École Jean Macé"
    assert (found.field, found.parent, found.listed) == ("name", "representative", False)
    assert place(["evaluation", "reviews", "2026-09-20"], DATA, "en").owner == (
        "the review of September 20, 2026"
    )


def test_a_field_is_named_by_its_parent_first_then_by_itself_then_as_an_entry() -> None:
    assert field_name("method", "evaluation", "fr") == "la méthode d’évaluation"
    assert field_name("method", "decision_making", "fr") == "le mode de décision"
    assert field_name("notre_champ", "extra", "fr") == french_spacing("la rubrique « notre champ »")
    assert field_name("notre_champ", "extra", "en") == "the “notre champ” entry"
