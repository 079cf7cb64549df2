"""Every kind of change a partnership's history holds, said in plain words in French and
English: records inside records (a partner's representative, its approval), values added
to or taken from a list (nested in a record or not), signatures, avenants, decisions,
enumerations by their label, ids of other files never shown."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from ptk import document, i18n
from ptk.history.diff import diff
from ptk.history.wording import sentence

from ..conftest import REPO, french_spacing

EXAMPLE = document.load(REPO / "partnerships" / "jardin-emmaus-creil.yaml").data
Edit = Callable[[dict[str, Any]], Any]


def said(edit: Edit, lang: str, brief: bool = True) -> list[str]:
    new = copy.deepcopy(EXAMPLE)
    edit(new)
    return [sentence(c, EXAMPLE, new, lang, brief=brief).text for c in diff(EXAMPLE, new)]


EMMAUS = "Communauté Emmaüs de Creil"
COLIBRIS = "Groupe local Colibris du Pays creillois"
CASES: list[tuple[Edit, str, str]] = [
    (
        lambda d: d["partners"][1]["representative"].update(name="Julie Martin"),
        f"Le nom de la personne représentante du partenaire {EMMAUS} : « Karim Benali » est"
        " remplacé par « Julie Martin ».",
        f"The name of the representative of partner {EMMAUS}: “Karim Benali” is replaced by"
        " “Julie Martin”.",
    ),
    (
        lambda d: d["partners"][1]["approval"].update(method="vote"),
        f"Le mode de décision de la validation du partenaire {EMMAUS} passe de consensus à vote.",
        f"The decision method of the approval of partner {EMMAUS} changes from consensus to vote.",
    ),
    (
        lambda d: d["evaluation"]["reviews"][0]["lessons"].append("arroser le soir"),
        "Ajout aux enseignements du bilan du 20 septembre 2026 : « arroser le soir ».",
        "Added to the lessons of the review of September 20, 2026: “arroser le soir”.",
    ),
    (
        lambda d: d["roles"][1]["responsibilities"].remove("gérer le budget du projet"),
        f"Retrait des responsabilités du rôle confié à {EMMAUS} : « gérer le budget du projet ».",
        f"Removed from the responsibilities of the role of {EMMAUS}: “gérer le budget du projet”.",
    ),
    (
        lambda d: d["signatures"][0].update(date="2026-03-11"),
        f"La date de la signature de {COLIBRIS} passe du 10 mars 2026 au 11 mars 2026.",
        f"The date of the signature of {COLIBRIS} changes from March 10, 2026 to March 11, 2026.",
    ),
    (
        lambda d: d.update(amendments=[{"number": 1, "summary": "cible relevée"}]),
        "Ajout de l’avenant n° 1 : « cible relevée ».",
        "Addition of amendment no. 1: “cible relevée”.",
    ),
    (
        lambda d: d["decisions"].append({"date": "2026-10-01", "decision": "achat de graines"}),
        "Ajout de la décision du 1er octobre 2026 : « achat de graines ».",
        "Addition of the decision of October 1, 2026: “achat de graines”.",
    ),
    (
        lambda d: d["decisions"][0].update(present=["colibris-creil"]),
        f"Retrait des partenaires présents de la décision du 2 mars 2026 : « {EMMAUS} ».",
        f"Removed from the partners present of the decision of March 2, 2026: “{EMMAUS}”.",
    ),
    (
        lambda d: d["partners"][1].pop("organisation"),
        f"Suppression de la fiche d’organisation du partenaire {EMMAUS}.",
        f"Removal of the organisation record of partner {EMMAUS}.",
    ),
    (
        lambda d: d.update(lang="en"),
        "La langue passe de français à anglais.",
        "The language changes from French to English.",
    ),
    (
        lambda d: d.update(agreed_by={"vision": ["emmaus-creil"]}),
        f"Ajout aux partenaires qui ont adopté la vision commune : « {EMMAUS} ».",
        f"Added to the partners who agreed to the shared vision: “{EMMAUS}”.",
    ),
    (
        lambda d: d["governance"]["bodies"][0].update(
            seats=[{"partner": "emmaus-creil", "count": 2}]
        ),
        f"Ajout des sièges de {EMMAUS} de l’instance « comité de suivi » : 2.",
        f"Addition of the seats of {EMMAUS} of body “comité de suivi”: 2.",
    ),
    (
        lambda d: d.update(glossary=[{"term": "bac", "definition": "caisse en bois"}]),
        "Ajout du terme « bac » : « caisse en bois ».",
        "Addition of the term “bac”: “caisse en bois”.",
    ),
    (
        lambda d: d["schedule"]["milestones"][0].update(done=False),
        "L’étape « chantier de construction des bacs » n’est plus marquée comme faite.",
        "Milestone “chantier de construction des bacs” is no longer marked done.",
    ),
    (
        lambda d: d["evaluation"].update(next_review="2027-03-01"),
        "La prochaine évaluation passe du 15 février 2027 au 1er mars 2027.",
        "The next review changes from February 15, 2027 to March 1, 2027.",
    ),
]


@pytest.mark.parametrize(("edit", "french", "english"), CASES)
def test_each_kind_of_change_in_words(edit: Edit, french: str, english: str) -> None:
    assert said(edit, "fr") == [french_spacing(french)]
    assert said(edit, "en") == [english]
    for text in (french, english):
        assert not any(mark in text for mark in ("[", "]", "/", "_", "-creil"))


def test_a_long_text_is_quoted_whole_in_an_avenant_and_cut_short_in_a_line() -> None:
    more = " Et un jardin en plus pour tout le monde, à chaque saison."

    def edit(d: dict[str, Any]) -> None:
        d["vision"] += more

    whole = said(edit, "fr", brief=False)[0]
    assert whole.startswith(french_spacing("La vision commune : « Un quartier où chacun peut"))
    assert whole.endswith(french_spacing(f"nourriture partagée.{more} »."))
    assert said(edit, "fr") == [
        french_spacing(
            "Nouvelle rédaction de la vision commune : « … nourriture partagée. Et un jardin"
            " en plus pour tout le monde, à… »."
        )
    ]


def test_a_long_text_added_is_cut_at_a_word() -> None:
    text = "Le projet sert l’orientation du groupe local et l’ouverture d’Emmaüs sur ses voisins."

    def edit(d: dict[str, Any]) -> None:
        d["strategic_fit"] = text + " " + text

    assert said(edit, "fr") == [
        french_spacing(
            "Ajout de la cohérence avec nos orientations : « Le projet sert l’orientation du"
            " groupe local et l’ouverture d’Emmaüs sur ses… »."
        )
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("kind", ["lang", "jurisdiction"])
def test_every_value_of_lang_and_jurisdiction_has_a_label(lang: str, kind: str) -> None:
    schema = json.loads((REPO / "schemas" / "partnership.schema.json").read_text("utf-8"))
    values = schema["properties"][kind]["enum"]
    assert values and all(i18n.has(lang, f"label.{kind}.{value}") for value in values)


def test_french_elides_de_before_a_vowel_but_never_in_quoted_text() -> None:
    old = {"lang": "en", "partners": [{"id": "e", "name": "Entraide alimentaire"}]}
    new = {**old, "lang": "fr", "signatures": [{"partner": "e", "name": "de Aline Martin"}]}
    assert [sentence(c, old, new, "fr").text for c in diff(old, new)] == [
        "La langue passe d’anglais à français.",
        french_spacing("Ajout de la signature d’Entraide alimentaire : « de Aline Martin »."),
    ]
