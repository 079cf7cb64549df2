"""``ptk history``, ``ptk diff``, signed versions and unsigned changes, on a real repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ptk.history.diff import diff
from ptk.history.versions import History, unsigned

from ..conftest import Runner
from ..gitrepo import GitRepo

FILE = "partnerships/jardin-creil.yaml"


def test_history_follows_renames_and_names_each_change(ptk: Runner, life: GitRepo) -> None:
    result = ptk("history", FILE, "--lang", "fr", cwd=life.root)
    assert result.code == 0, result.err
    subjects = [
        line.split("  ")[-1] for line in result.out.splitlines() if not line.startswith(" ")
    ]
    assert subjects == [
        "Premier brouillon",
        "Ordre des partenaires",
        "Convention signée",
        "Modification en cours",
        "Relevé de décision",
        "Cible relevée",
        "Renommage",
    ]
    assert "Fatima Haddad" in result.out and "Karim Benali" in result.out
    assert "    status: negotiating → active" in result.out
    assert "    signatures: + colibris-creil" in result.out
    assert "    objectives[o1].indicators[0].target: 10 → 12" in result.out
    assert "    id: jardin → jardin-creil" in result.out
    lines = result.out.replace("\u00a0", " ").splitlines()  # each followed by its sentence
    assert "      Le statut passe de « négociation » à « en cours »." in lines
    assert (
        "      Ajout de la signature de Groupe local Colibris du Pays creillois : « Claire Dubois »."
        in lines
    )
    assert (
        "      La cible de l’indicateur « bacs installés » de l’objectif 1 passe de 10 à 12."
        in lines
    )
    assert (
        "      L’identifiant du partenariat : « jardin » est remplacé par « jardin-creil »."
        in lines
    )
    assert "✍ version signée" in result.out


def test_reordering_partners_is_not_a_change(ptk: Runner, life: GitRepo) -> None:
    data = json.loads(ptk("history", FILE, "--format", "json", cwd=life.root).out)
    reorder = next(c for c in data["commits"] if c["subject"] == "Ordre des partenaires")
    assert reorder["changes"] == []


def test_broken_commit_is_shown_as_such(ptk: Runner, life: GitRepo) -> None:
    data = json.loads(ptk("history", FILE, "--format", "json", "--lang", "en", cwd=life.root).out)
    broken = next(c for c in data["commits"] if c["subject"] == "Modification en cours")
    assert broken["changes"] == [] and "not closed" in broken["error"]
    after = next(c for c in data["commits"] if c["subject"] == "Relevé de décision")
    assert [c["path"] for c in after["changes"]] == ["/decisions/2026-04-02 arrosage partagé"]


def test_history_json_shape_and_reverse(ptk: Runner, life: GitRepo) -> None:
    data = json.loads(ptk("history", FILE, "--format", "json", "--reverse", cwd=life.root).out)
    assert data["file"] == FILE
    first = data["commits"][0]
    assert first["subject"] == "Renommage" and len(first["hash"]) == 40
    assert set(first) >= {"hash", "date", "author", "subject", "changes"}
    assert first["date"] == "2026-05-01" and first["author"] == "Claire Dubois"
    assert first["changes"] == [
        {"path": "/id", "kind": "changed", "old": "jardin", "new": "jardin-creil"}
    ]


def test_signed_version_and_unsigned_changes(life: GitRepo) -> None:
    history = History(life.root / FILE)
    versions = history.versions()
    signed = history.signed(versions)
    assert (
        signed is not None and signed.subject == "Convention signée" and signed.date == "2026-03-10"
    )
    current = history.worktree()
    changes = unsigned(diff(signed.data, current.data), signed.data, current.data)
    # the id follows the file's name: a rename is no change to the agreement
    assert [c.line() for c in changes] == ["objectives[o1].indicators[0].target: 10 → 12"]


def test_diff_defaults_to_signed_version_against_the_file(ptk: Runner, life: GitRepo) -> None:
    (life.root / FILE).write_text(
        (life.root / FILE).read_text().replace("notice_days: 60", "notice_days: 30")
    )
    result = ptk("diff", FILE, "--lang", "en", cwd=life.root)
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].startswith(f"{FILE}: signed version ") and lines[0].endswith(
        "(2026-03-10) → the file on disk"
    )
    assert "  exit.notice_days: 60 → 30" in lines
    assert "  decisions: + 2026-04-02 arrosage partagé" in lines
    assert "    The notice period (in days) changes from 60 to 30." in lines
    assert "    Addition of the decision of April 2, 2026: “arrosage partagé”." in lines
    assert lines[-1].startswith(
        "2 of these changes alter the signed agreement: an amendment is due"
    )


def test_diff_between_two_revisions_in_json(ptk: Runner, life: GitRepo) -> None:
    first = life.git("rev-list", "--max-parents=0", "HEAD")
    data = json.loads(ptk("diff", FILE, first, "HEAD", "--format", "json", cwd=life.root).out)
    assert data["from"] == first and data["to"] == life.git("rev-parse", "HEAD")
    assert {"path": "/status", "kind": "changed", "old": "negotiating", "new": "active"} in data[
        "changes"
    ]
    assert data["file"] == FILE


def test_diff_with_one_revision_compares_with_the_file(ptk: Runner, life: GitRepo) -> None:
    data = json.loads(ptk("diff", FILE, "HEAD", "--format", "json", cwd=life.root).out)
    assert data["to"] == "worktree" and data["changes"] == []


def test_unknown_revision_and_file_not_in_history(ptk: Runner, life: GitRepo) -> None:
    unknown = ptk("diff", FILE, "nulle-part", cwd=life.root)
    assert unknown.code == 2 and "unknown revision `nulle-part`" in unknown.err
    life.write("partnerships/nouveau.yaml", "ptk: 1\n")
    never = ptk("history", "partnerships/nouveau.yaml", cwd=life.root)
    assert never.code == 2 and "has never been committed" in never.err
    before = ptk(
        "diff", FILE, "HEAD~5", cwd=life.root
    )  # jardin-creil.yaml did exist then, as jardin.yaml
    assert before.code == 0


def test_outside_a_repository(ptk: Runner, tmp_path: Path) -> None:
    (tmp_path / "partnerships").mkdir()
    (tmp_path / "partnerships" / "x.yaml").write_text("ptk: 1\n")
    for argv in (
        ("history", "partnerships/x.yaml"),
        ("diff", "partnerships/x.yaml", "HEAD"),
        ("lint", "--changed-since", "HEAD"),
    ):
        result = ptk(*argv)
        assert result.code == 2, argv
        assert "is not in a git repository" in result.err


def test_shallow_clone_is_explained(ptk: Runner, life: GitRepo, tmp_path: Path) -> None:
    shallow = tmp_path / "shallow"
    life.git("clone", "-q", "--depth", "1", f"file://{life.root}", str(shallow))
    result = ptk("history", FILE, cwd=shallow)
    assert result.code == 2 and "fetch-depth: 0" in result.err and "shallow" in result.err
    lint = ptk("lint", FILE, "--today", "2026-05-02", cwd=shallow)
    assert "changed-since-signature was not checked" in lint.err


def test_lint_reports_changes_since_signature(ptk: Runner, life: GitRepo) -> None:
    result = ptk("lint", FILE, "--today", "2026-05-02", cwd=life.root)
    assert result.code == 1
    assert (
        "error changed-since-signature changed since the partners signed on March 10, 2026"
        in result.out
    )
    assert "the target of indicator “bacs installés” of objective 1 changes from 10 to 12" in (
        result.out
    )
    assert "objectives[o1]" not in result.out  # no field path, no id
    again = ptk("lint", FILE, "--today", "2026-05-02", cwd=life.root)  # from the cache
    assert again.out == result.out and (life.root / ".ptk_cache").is_dir()


SIGNED_BY = """signatures:
  - {partner: colibris-creil, name: Claire Dubois, date: %s}
  - {partner: emmaus-creil, name: Karim Benali, date: %s}
"""


def _variants(base: str) -> list[tuple[str, str]]:
    """A file's life: drafts, signing, broken commits, renewed signatures, a new partner."""
    body = base.split("signatures:")[0]
    signed = body + SIGNED_BY % ("2026-03-10", "2026-03-10")
    third = "  - {id: mairie, name: Mairie de Creil}\n"
    with_mairie = body.replace("objectives:", third + "objectives:", 1)
    return [
        ("brouillon", body),
        ("signée", signed),
        ("cassée", signed.replace("vision: >-", "vision: [")),
        ("cassée sans signatures", body.replace("vision: >-", "vision: [")),
        ("modifiée", signed.replace("target: 10", "target: 11")),
        ("nouveau partenaire", with_mairie + SIGNED_BY % ("2026-03-10", "2026-03-10")),
        (
            "re-signée",
            with_mairie
            + SIGNED_BY % ("2026-09-01", "2026-09-01")
            + "  - {partner: mairie, name: Paul Roy, date: 2026-09-01}\n",
        ),
        (
            "commentaire",
            with_mairie
            + "# une remarque\n"
            + SIGNED_BY % ("2026-09-01", "2026-09-01")
            + "  - {partner: mairie, name: Paul Roy, date: 2026-09-01}\n",
        ),
    ]


@pytest.mark.parametrize(
    "order",
    [
        [0, 1, 2, 4],
        [0, 1, 3, 4],
        [1, 2, 4, 5, 6, 7],
        [0, 5, 6, 3, 7],
        [1, 4, 5],
        [6, 2, 7, 1],
        [3, 0, 1],
    ],
)
def test_fast_signed_version_matches_the_full_walk(tmp_path: Path, order: list[int]) -> None:
    repo = GitRepo(tmp_path / "repo")
    variants = _variants((Path(__file__).parents[1] / "data" / "good.yaml").read_text())
    for step, which in enumerate(order):
        subject, text = variants[which]
        repo.commit(
            f"{step} {subject}", {"partnerships/good.yaml": text}, day=f"2026-0{step + 1}-01"
        )
    history = History(repo.root / "partnerships" / "good.yaml")
    exact = history.signed(history.versions())
    fast = History(repo.root / "partnerships" / "good.yaml").signed()
    assert (fast.rev if fast else None) == (exact.rev if exact else None)
    assert (fast.data if fast else None) == (exact.data if exact else None)
