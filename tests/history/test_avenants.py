"""Avenants on real repositories: a draft in plain words, a signed one written again
from git byte for byte, the convention that says it was modified."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import Runner
from ..documents.conftest import text_of
from ..gitrepo import GitRepo
from .conftest import GOOD
from .test_signatures import AMENDMENT, FILE

CHANGED = (
    GOOD.replace("target: 12,", "target: 15,")
    .replace("end: 2027-03-14", "end: 2027-06-30")
    .replace("amount: 450", "amount: 600")
)


@pytest.fixture
def amended(tmp_path: Path) -> GitRepo:
    """Signed on 2026-03-10, changed in October, avenant n° 1 signed on 2026-11-30."""
    repo = GitRepo(tmp_path / "groupe")
    repo.commit("Convention signée", {FILE: GOOD}, day="2026-03-12")
    repo.commit("Cible, fin et budget revus", {FILE: CHANGED}, day="2026-10-01")
    return repo


def render(ptk: Runner, repo: GitRepo, *argv: str) -> tuple[int, str]:
    result = ptk("render", FILE, "--today", "2026-12-01", *argv, cwd=repo.root)
    return result.code, result.err


def test_a_substantive_edit_drafts_avenant_1_in_plain_words(ptk: Runner, amended: GitRepo) -> None:
    code, err = render(ptk, amended, "-d", "amendment", "--to", "md")
    assert code == 0, err
    text = text_of(amended.root / "build" / "good-amendment.md")
    assert "Avenant n° 1 à la convention de partenariat signée le 10 mars 2026" in text
    assert "Projet du 1er décembre 2026" in text
    assert (
        "Modification de l’article 2 (Objectifs et indicateurs) L’article 2 de la convention"
        " est modifié comme suit : La cible de l’indicateur « ateliers tenus » de"
        " l’objectif 2 passe de 12 à 15." in text
    )
    assert "La date de fin passe du 14 mars 2027 au 30 juin 2027." in text
    assert "Le montant de la ligne budgétaire « terreau et graines » passe de" in text
    assert "450 € à 600 €" in text.replace("\u202f", " ").replace("\xa0", " ")
    assert "Les autres stipulations de la convention demeurent inchangées." in text
    for internal in ("o2", "target", "schedule", "/budget", "lines[", "2027-06-30"):
        assert internal not in text


@pytest.mark.parametrize("fmt", ["md", "pdf", "docx"])
def test_a_signed_avenant_is_written_again_identically(
    ptk: Runner, amended: GitRepo, fmt: str
) -> None:
    amended.commit("Avenant n° 1 signé", {FILE: CHANGED + AMENDMENT}, day="2026-12-02")
    amended.commit(
        "Un contact change", {FILE: (CHANGED + AMENDMENT).replace("03 44 00", "03 44 11")}
    )
    first, second = amended.root / "one", amended.root / "two"
    for folder in (first, second):
        code, err = render(
            ptk, amended, "-d", "amendment", "--amendment", "1", "--to", fmt, "-o", str(folder)
        )
        assert code == 0, err
    name = f"good-amendment-1.{fmt}"
    assert (first / name).read_bytes() == (second / name).read_bytes()
    text = text_of(first / name)
    assert "Avenant n° 1 à la convention de partenariat signée le 10 mars 2026" in text
    assert "La cible de l’indicateur « ateliers tenus » de l’objectif 2 passe de 12 à 15." in text
    assert "Fait en 2 exemplaires originaux" in text
    assert "Nom : Karim Benali Qualité : responsable Le 30 novembre 2026, à Creil" in text
    assert "Nom : Claire Dubois Qualité : membre du cercle cœur Le 28 novembre 2026" in text
    assert "Projet" not in text and "1er décembre 2026" not in text


def test_after_a_signed_avenant(ptk: Runner, amended: GitRepo) -> None:
    amended.commit("Avenant n° 1 signé", {FILE: CHANGED + AMENDMENT}, day="2026-12-02")
    code, err = render(ptk, amended, "-d", "amendment", "--to", "md")
    assert code == 0 and "nothing in the agreement changed since it was signed" in err
    code, err = render(ptk, amended, "--to", "md")
    convention = text_of(amended.root / "build" / "good-convention.md")
    assert "Convention modifiée par l’avenant n° 1 du 30 novembre 2026." in convention
    code, err = render(ptk, amended, "-d", "amendment", "--amendment", "2", "--to", "md")
    assert code == 2 and "no amendment no. 2 signed by every partner" in err
