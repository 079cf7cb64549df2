"""docs/guides.md traces every recommendation of the guides to what covers it in ptk.

Each rule, document section and health-check question the table names must exist, and
the coverage the page announces must be the table's.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
import yaml

import ptk
from ptk.lint.rules import REGISTRY

REPO = Path(__file__).resolve().parents[1]
PAGE = REPO / "docs" / "guides.md"
TEMPLATES = REPO / "templates"
QUESTIONS = Path(ptk.__file__).resolve().parent / "health" / "questions.yaml"
GUIDES = {
    "Transition Network",
    "Colibris",
    "CDC de Laval",
    "Le partenariat dans vos projets",
    "Nexus Santé",
}


def _rows() -> list[list[str]]:
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    start = lines.index("| guide | passage | recommendation | covered by |")
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split(" | ")])
    return rows


@functools.cache
def _question_ids() -> set[str]:
    data = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    return {q["id"] for dimension in data["dimensions"] for q in dimension["questions"]}


def _section_exists(reference: str) -> bool:
    """``convention/roles``: a heading of templates/convention.md.j2 whose key ends in .roles."""
    document, _, name = reference.partition("/")
    template = TEMPLATES / f"{document}.md.j2"
    if not template.is_file():
        return False
    pattern = re.compile(r'^#+ .*_\("doc\.[a-z_.-]*\.' + re.escape(name) + r'"\)')
    return any(pattern.match(line) for line in template.read_text(encoding="utf-8").splitlines())


def _covers(row: list[str]) -> list[str]:
    return re.findall(r"`([^`]+)`", row[3])


def test_at_least_120_recommendations_from_the_five_guides() -> None:
    rows = _rows()
    assert len(rows) >= 120
    assert all(len(row) == 4 for row in rows)
    assert {row[0] for row in rows} == GUIDES
    assert all("«" in row[1] or row[1] == "Évaluer" for row in rows)


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row[1][:40])
def test_everything_named_exists(row: list[str]) -> None:
    questions = _question_ids()
    for reference in _covers(row):
        if "/" in reference:
            assert _section_exists(reference), reference
        elif re.fullmatch(r"[a-z-]+\.\d+", reference):
            assert reference in questions, reference
        else:
            assert reference in REGISTRY, reference


def test_uncovered_recommendations_say_why() -> None:
    for row in _rows():
        if not _covers(row):
            assert re.search(r"Not (checkable|a check|a rule)", row[2]), row


def test_announced_coverage_is_the_table_s() -> None:
    rows = _rows()
    covered = sum(1 for row in rows if _covers(row))
    text = " ".join(PAGE.read_text(encoding="utf-8").split())
    percent = round(100 * covered / len(rows))
    assert f"{len(rows)} recommendations, {covered} covered ({percent} %)" in text
    assert covered >= 0.9 * len(rows)


def test_the_guides_gaps_found_are_rules_now() -> None:
    gaps = {
        "vision-not-agreed-by-all",
        "missing-definition",
        "missing-coordinator",
        "role-beyond-constraints",
        "hierarchy-not-informed",
        "partisanship-unstated",
        "crowded-community-project",
        "representative-cannot-decide",
        "community-underrepresented",
        "decision-without-all-partners",
        "one-way-benefits",
        "missing-work-plan",
        "strategic-fit-unstated",
        "missing-glossary",
        "lessons-not-recorded",
        "approval-without-consent",
    }
    named = {reference for row in _rows() for reference in _covers(row)}
    assert gaps <= set(REGISTRY) and gaps <= named
