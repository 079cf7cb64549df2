"""``ptk new``: a commented skeleton, valid for its level, never overwriting."""

from __future__ import annotations

from pathlib import Path

import pytest

from ptk import schema
from ptk.document import load
from ptk.partnership import LEVELS

from ..conftest import Runner


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_skeleton_is_valid_for_every_level(
    ptk: Runner, tmp_path: Path, level: str, lang: str
) -> None:
    result = ptk(
        "new",
        "jardin-partage",
        "--level",
        level,
        "--lang",
        lang,
        "--partner",
        "colibris-creil:Colibris du Pays creillois",
        "--partner",
        "emmaus-creil:Emmaüs Creil",
    )
    assert result.code == 0, result.err
    path = tmp_path / "partnerships" / "jardin-partage.yaml"
    doc = load(path)
    assert schema.validate(doc.data) == []
    assert doc.data["level"] == level and doc.data["lang"] == lang
    assert [p["name"] for p in doc.data["partners"]] == [
        "Colibris du Pays creillois",
        "Emmaüs Creil",
    ]
    assert ptk("validate", str(path)).code == 0


def test_what_is_asked_grows_with_the_level(ptk: Runner, tmp_path: Path) -> None:
    ptk("new", "informel", "--level", "information_sharing")
    ptk("new", "projet", "--level", "collaboration")
    informal = load(tmp_path / "partnerships" / "informel.yaml").data
    project = load(tmp_path / "partnerships" / "projet.yaml").data
    assert "roles" not in informal and "exit" not in informal
    assert {"roles", "evaluation", "governance", "exit", "renewal", "signatures"} <= set(project)


def test_comments_speak_the_chosen_language(ptk: Runner, tmp_path: Path) -> None:
    ptk("new", "fr-file", "--lang", "fr", "--level", "cooperation")
    ptk("new", "en-file", "--lang", "en", "--level", "cooperation")
    french = (tmp_path / "partnerships" / "fr-file.yaml").read_text()
    english = (tmp_path / "partnerships" / "en-file.yaml").read_text()
    assert "# Vision commune\u00a0: que voulez-vous atteindre ensemble\u00a0?" in french
    assert "# Shared vision: what do you want to achieve together?" in english
    assert "# Retrait\u00a0: comment un partenaire peut se retirer" in french


def test_title_with_special_characters_is_quoted_safely(ptk: Runner, tmp_path: Path) -> None:
    title = 'Jardin : "saison 2" #1 & {amis}'
    assert ptk("new", "jardin", "--title", title).code == 0
    assert load(tmp_path / "partnerships" / "jardin.yaml").data["title"] == title


def test_refuses_to_overwrite(ptk: Runner, tmp_path: Path) -> None:
    target = tmp_path / "partnerships" / "jardin.yaml"
    target.parent.mkdir()
    target.write_text("précieux\n")
    result = ptk("new", "jardin", "--lang", "fr")
    assert result.code == 2
    assert "existe déjà" in result.err
    assert target.read_text() == "précieux\n"
    assert [p.name for p in target.parent.iterdir()] == ["jardin.yaml"]  # no temporary left


@pytest.mark.parametrize("bad", ["Jardin Partagé", "jardin_partage", "jardin--partage", ""])
def test_bad_id_is_explained(ptk: Runner, bad: str) -> None:
    result = ptk("new", bad)
    assert result.code == 2
    assert "cannot be an id" in result.err


def test_bad_partner_option_is_explained(ptk: Runner) -> None:
    result = ptk("new", "jardin", "--partner", "Colibris Creil")
    assert result.code == 2
    assert "is not a partner: write id:name" in result.err


def test_missing_partners_get_placeholders(ptk: Runner, tmp_path: Path) -> None:
    ptk("new", "jardin", "--lang", "fr", "--partner", "colibris:Colibris")
    partners = load(tmp_path / "partnerships" / "jardin.yaml").data["partners"]
    assert [p["id"] for p in partners] == ["colibris", "partenaire-b"]


def test_other_folder(ptk: Runner, tmp_path: Path) -> None:
    assert ptk("new", "jardin", "--dir", "ailleurs/sous").code == 0
    assert (tmp_path / "ailleurs" / "sous" / "jardin.yaml").is_file()


def test_define_step_and_agreement_come_with_the_level(ptk: Runner, tmp_path: Path) -> None:
    for level in ("consultation", "coordination", "cooperation"):
        ptk("new", level, "--level", level, "--partner", "a:A", "--partner", "b:B")
    consulting, deciding, cooperating = (
        load(tmp_path / "partnerships" / f"{level}.yaml").data
        for level in ("consultation", "coordination", "cooperation")
    )
    assert "needs" not in consulting and "agreed_by" not in consulting
    assert {"target_public", "needs"} <= set(deciding) and "agreed_by" not in deciding
    assert cooperating["agreed_by"] == {"vision": [], "shared_values": []}
    assert "strategic_fit" in cooperating
    text = (tmp_path / "partnerships" / "cooperation.yaml").read_text(encoding="utf-8")
    assert "# coordinator: a" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_organisation_skeleton(ptk: Runner, tmp_path: Path, lang: str) -> None:
    result = ptk(
        "new", "--organisation", "commune-ales", "--title", "Commune d'Alès", "--lang", lang
    )
    assert result.code == 0, result.err
    path = tmp_path / "organisations" / "commune-ales.yaml"
    text = path.read_text(encoding="utf-8")
    assert schema.validate(load(path).data, "organisation") == []
    assert "name: Commune d'Alès" in text and "# identifiers:" in text
    assert ("Décommentez" if lang == "fr" else "Uncomment") in text
    (tmp_path / "partnerships").mkdir()
    assert ptk("lint", "organisations/commune-ales.yaml").code == 0
    for line in text.splitlines():  # every commented example is valid once uncommented
        if line.startswith(("#   siret", "#   rna", "#   bce", "#   neq")):
            uncommented = text.replace("# identifiers:", "identifiers:").replace(line, line[1:])
            path.write_text(uncommented, encoding="utf-8")
            assert ptk("lint", "organisations/commune-ales.yaml").code == 0, line


def test_organisation_skeleton_never_overwrites(ptk: Runner, tmp_path: Path) -> None:
    assert ptk("new", "--organisation", "emmaus").code == 0
    path = tmp_path / "organisations" / "emmaus.yaml"
    path.write_text("ptk: 1\nid: emmaus\nname: Emmaüs\n", encoding="utf-8")
    assert ptk("new", "--organisation", "emmaus").code == 2
    assert path.read_text(encoding="utf-8") == "ptk: 1\nid: emmaus\nname: Emmaüs\n"


def test_partnership_skeleton_points_to_organisations(ptk: Runner, tmp_path: Path) -> None:
    assert ptk("new", "jardin", "--lang", "fr").code == 0
    text = (tmp_path / "partnerships" / "jardin.yaml").read_text(encoding="utf-8")
    assert "# organisation: partenaire-a" in text and "ptk new --organisation" in text
