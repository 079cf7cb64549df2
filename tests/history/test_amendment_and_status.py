"""The amendment document, ``ptk status`` and ``ptk lint --changed-since`` on real repositories."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from ..conftest import REPO, Runner
from ..documents.conftest import text_of
from ..gitrepo import GitRepo

FILE = "partnerships/jardin-creil.yaml"


@pytest.mark.parametrize("fmt", ["pdf", "odt", "docx", "html", "md"])
def test_amendment_lists_unsigned_changes_and_cites_the_signed_version(
    ptk: Runner, life: GitRepo, fmt: str
) -> None:
    result = ptk(
        "render", FILE, "-d", "amendment", "--to", fmt, "--today", "2026-05-02", cwd=life.root
    )
    assert result.code == 0, result.err
    text = text_of(life.root / "build" / f"jardin-creil-amendment.{fmt}")
    assert "Avenant n° 1 à la convention de partenariat signée le 10 mars 2026" in text
    assert "Modification de l’article 2 (Objectifs et indicateurs)" in text
    assert "La cible de l’indicateur « bacs installés » de l’objectif 1 passe de 10 à 12." in text
    assert "Les autres stipulations de la convention demeurent inchangées." in text
    assert "arrosage" not in text  # a decision is the living record, not the agreement
    assert "o1" not in text and "/objectives" not in text and "target" not in text
    assert text.count("Signature (précédée") == 2 and "Pour Communauté Emmaüs de Creil" in text


def test_no_amendment_when_nothing_changed_or_never_signed(ptk: Runner, tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "g")
    good = (REPO / "tests" / "data" / "good.yaml").read_text()
    repo.commit("Signée", {"partnerships/good.yaml": good})
    result = ptk("render", "partnerships/good.yaml", "-d", "amendment", "--to", "md", cwd=repo.root)
    assert result.code == 0 and "nothing in the agreement changed since it was signed" in result.err
    assert not (repo.root / "build" / "good-amendment.md").exists()


def test_amendment_needs_git(ptk: Runner, tmp_path: Path) -> None:
    (tmp_path / "partnerships").mkdir()
    (tmp_path / "partnerships" / "good.yaml").write_text(
        (REPO / "tests" / "data" / "good.yaml").read_text()
    )
    result = ptk("render", "partnerships/good.yaml", "-d", "amendment", cwd=tmp_path)
    assert result.code == 2 and "is not in a git repository" in result.err


def test_status_table_sorted_by_urgency(ptk: Runner, life: GitRepo) -> None:
    result = ptk("status", "--today", "2026-05-02", "--lang", "en", cwd=life.root)
    assert result.code == 1  # like lint: a partnership has errors (changed since signed)
    header, first, second, summary = result.out.splitlines()
    assert header.split()[:3] == ["Partnership", "Level", "Status"]
    assert first.startswith("Jardin partagé du Pays creillois")
    assert first.endswith("signed on March 10, 2026  1")
    assert second.endswith("signed on March 10, 2026  0")
    assert summary == "2 partnerships; 0 reviews overdue; 1 changed since signature"


def test_status_json(ptk: Runner, life: GitRepo) -> None:
    data = json.loads(ptk("status", "--today", "2027-03-01", "--format", "json", cwd=life.root).out)
    rows = {row["path"]: row for row in data["partnerships"]}
    jardin = rows[FILE]
    assert jardin["overdue"] is True and jardin["next_review"] == "2027-02-15"
    assert jardin["signed"]["signed_on"] == "2026-03-10" and jardin["unsigned_changes"] == 1
    assert jardin["errors"] >= 1  # changed-since-signature, and ended-but-active in 2027
    assert next(iter(rows)) == FILE  # the most urgent first


def test_status_on_this_repository(ptk: Runner) -> None:
    shallow = subprocess.run(
        ["git", "rev-parse", "--is-shallow-repository"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    if shallow != "false":
        pytest.skip("this checkout has no full git history")
    data = json.loads(ptk("status", "--format", "json", cwd=REPO).out)
    rows = {row["id"]: row for row in data["partnerships"]}
    assert len(rows) == len(list((REPO / "partnerships").glob("*.yaml")))
    assert rows["jardin-emmaus-creil"]["signed"]["signed_on"] == "2026-03-10"
    assert rows["jardin-emmaus-creil"]["unsigned_changes"] == 0
    assert rows["ateliers-ecole-kembs"]["signed"] is None  # still being negotiated
    assert all(row["errors"] == 0 for row in rows.values())
    table = ptk("status", "--lang", "fr", cwd=REPO).out
    assert (
        table.splitlines()[0].startswith("Partenariat")
        and "Jardin partagé du Pays creillois" in table
    )


def test_lint_changed_since(ptk: Runner, life: GitRepo) -> None:
    base = life.git("rev-parse", "HEAD")
    life.write(
        "partnerships/autre.yaml",
        (life.root / "partnerships/autre.yaml")
        .read_text()
        .replace("status: active", "status: under_review"),
    )
    result = ptk("lint", "--changed-since", base, "--today", "2026-05-02", cwd=life.root)
    assert result.out.splitlines()[-1].startswith("1 file checked")
    life.write(".ptk.yaml", "lang: en\n")
    everything = ptk("lint", "--changed-since", base, "--today", "2026-05-02", cwd=life.root)
    assert everything.out.splitlines()[-1].startswith("2 files checked")
    assert "checking every file" in everything.err
    unknown = ptk("lint", "--changed-since", "v9", cwd=life.root)
    assert unknown.code == 2 and "unknown revision `v9`" in unknown.err
