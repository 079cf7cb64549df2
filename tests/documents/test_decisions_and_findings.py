"""The decision log in every format, and the evaluation's points to watch: exactly what
``ptk lint`` reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..conftest import REPO, Runner
from ..gitrepo import GitRepo
from .conftest import squeezed, text_of

GOOD = (REPO / "tests" / "data" / "good.yaml").read_text(encoding="utf-8")
FILE = "partnerships/good.yaml"


@pytest.mark.parametrize("fmt", ["pdf", "odt", "docx", "html", "md"])
def test_decision_log_in_every_format(ptk: Runner, tmp_path: Path, fmt: str) -> None:
    (tmp_path / "partnerships").mkdir()
    (tmp_path / FILE).write_text(GOOD, encoding="utf-8")
    result = ptk("render", FILE, "-d", "decisions", "--to", fmt, "--today", "2026-12-01")
    assert result.code == 0, result.err
    text = text_of(tmp_path / "build" / f"good-decisions.{fmt}")
    assert "Relevé de décisions" in text
    assert "12 juin 2026" in text and "calendrier d" in text
    assert "consentement" in text and "consent," not in text
    assert "Groupe local Colibris du Pays creillois" in text and "colibris-creil" not in text
    assert "2026-06-12" not in text


def test_evaluation_shows_exactly_what_lint_reports(ptk: Runner, tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "groupe")
    repo.commit("Convention signée", {FILE: GOOD})
    changed = GOOD.replace("target: 12,", "target: 15,").replace(
        "end: 2027-03-14", "end: 2027-05-14"
    )
    repo.write(FILE, changed.replace("  conflict_resolution:", "  conflict_resolution_:"))
    lint = ptk(
        "lint", FILE, "--format", "json", "--lang", "fr", "--today", "2026-12-01", cwd=repo.root
    )
    problems = json.loads(lint.out)["problems"]
    assert {p["rule"] for p in problems} >= {"changed-since-signature", "schema"}
    result = ptk(
        "render",
        FILE,
        "-d",
        "evaluation",
        "--to",
        "html",
        "--today",
        "2026-12-01",
        "--force",
        cwd=repo.root,
    )
    assert "schema" in result.err, result.err
    text = text_of(repo.root / "build" / "good-evaluation.html")
    assert "Points d’attention" in text and "ptk a relevé" not in text
    section = text.split("Points d’attention", 1)[1]
    for problem in problems:  # the same words, the document's typography aside
        assert squeezed(problem["message"]) in squeezed(section), section
    assert section.count("— ") >= len(problems)


def test_evaluation_says_when_there_is_nothing_to_watch(ptk: Runner, tmp_path: Path) -> None:
    (tmp_path / "partnerships").mkdir()
    (tmp_path / FILE).write_text(GOOD, encoding="utf-8")
    assert ptk("lint", FILE, "--today", "2026-11-22").code == 0
    result = ptk("render", FILE, "-d", "evaluation", "--to", "md", "--today", "2026-11-22")
    assert result.code == 0, result.err
    assert "Rien à signaler dans le fichier du partenariat." in text_of(
        tmp_path / "build" / "good-evaluation.md"
    )
