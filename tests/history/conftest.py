"""A partnership's life in a real git repository: several authors, a reordering, a broken
commit, signing, a merge, a rename."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ..conftest import REPO
from ..gitrepo import GitRepo

GOOD = (REPO / "tests" / "data" / "good.yaml").read_text(encoding="utf-8")
UNSIGNED = GOOD.replace("status: active", "status: negotiating").split("signatures:")[0] + (
    "celebrations:\n  - {date: 2026-06-27, description: Repas partagé.}\n"
)
SIGNATURES = """signatures:
  - {partner: colibris-creil, name: Claire Dubois, role: membre du cercle cœur, date: 2026-03-10, place: Creil}
  - {partner: emmaus-creil, name: Karim Benali, role: responsable de communauté, date: 2026-03-10, place: Creil}
"""


def reorder_partners(text: str) -> str:
    start, middle, end = (
        text.index("  - id: colibris-creil"),
        text.index("  - id: emmaus-creil"),
        text.index("objectives:"),
    )
    return text[:start] + text[middle:end] + text[start:middle] + text[end:]


@pytest.fixture
def life(life_once: GitRepo, tmp_path: Path) -> GitRepo:
    """The history of partnerships/jardin.yaml, then renamed partnerships/jardin-creil.yaml:
    each test gets its own copy of the repository, built once per run."""
    root = tmp_path / "groupe"
    shutil.copytree(life_once.root, root, symlinks=True)
    return GitRepo(root, init=False)


@pytest.fixture(scope="session")
def life_once(tmp_path_factory: pytest.TempPathFactory) -> GitRepo:
    repo = GitRepo(tmp_path_factory.mktemp("life") / "groupe")
    name = "partnerships/jardin.yaml"
    draft = UNSIGNED.replace("id: good", "id: jardin")
    repo.commit(
        "Premier brouillon",
        {name: draft.replace("target: 12", "target: 10")},
        "Claire Dubois",
        "2026-01-10",
    )
    repo.commit(
        "Ordre des partenaires",
        {name: reorder_partners(draft.replace("target: 12", "target: 10"))},
        "Karim Benali",
        "2026-02-01",
    )
    signed = draft.replace("status: negotiating", "status: active") + SIGNATURES
    repo.commit("Convention signée", {name: signed}, "Claire Dubois", "2026-03-10")
    repo.commit(
        "Modification en cours",
        {name: signed.replace("vision: >-", "vision: [oups")},
        "Karim Benali",
        "2026-04-01",
    )
    living = signed.replace(
        "decisions:\n",
        "decisions:\n  - {date: 2026-04-02, decision: arrosage partagé, method: consent}\n",
    )
    repo.commit("Relevé de décision", {name: living}, "Karim Benali", "2026-04-02")
    repo.git("checkout", "-q", "-b", "objectif")
    changed = living.replace("target: 10, current: 8", "target: 12, current: 8")
    repo.commit("Cible relevée", {name: changed}, "Fatima Haddad", "2026-04-10")
    repo.git("checkout", "-q", "main")
    repo.commit(
        "Autre fichier",
        {"partnerships/autre.yaml": GOOD.replace("id: good", "id: autre")},
        "Claire Dubois",
        "2026-04-12",
    )
    repo.git(
        "merge",
        "-q",
        "--no-ff",
        "objectif",
        "-m",
        "Fusion de la branche objectif",
        author="Claire Dubois",
        day="2026-04-15",
    )
    repo.git("mv", name, "partnerships/jardin-creil.yaml")
    moved = (
        (repo.root / "partnerships/jardin-creil.yaml")
        .read_text()
        .replace("id: jardin", "id: jardin-creil")
    )
    repo.commit(
        "Renommage", {"partnerships/jardin-creil.yaml": moved}, "Claire Dubois", "2026-05-01"
    )
    return repo
