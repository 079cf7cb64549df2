"""A group's repository in real git, with history, signatures, organisations, health-check
rounds, a hostile file and broken ones; sites built from it once per module."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ptk.cli import main
from ptk.console import Console

from ..conftest import EXAMPLES, REPO
from ..gitrepo import GitRepo

TODAY = "2026-11-22"
JARDIN = (EXAMPLES / "jardin-emmaus-creil.yaml").read_text(encoding="utf-8")
UNSIGNED = JARDIN.replace("status: active", "status: negotiating").split("signatures:")[0] + (
    "celebrations:\n  - {date: 2026-06-27, description: Repas partagé.}\n"
)
CHANGED = JARDIN.replace("target: 10, current: 8", "target: 12, current: 8")

HOSTILE = """\
ptk: 1
id: hostile
title: "<script>alert('title')</script> & <b>co</b>"
lang: en
level: cooperation
nature: operational
status: active
purpose: '"><img src=x onerror=alert(1)> {{ 7*7 }}'
vision: "<iframe src='https://evil.example/'></iframe>"
partners:
  - id: "../../escape"
    name: "</title><script>alert('partner')</script>"
    kind: association
    contact: {name: Secret Person, email: secret.person@example.org, phone: "+33 6 12 34 56 78"}
    representative: {name: Hidden Representative, role: chair}
  - id: colibris-creil
    name: Groupe local Colibris du Pays creillois
roles:
  - {partner: colibris-creil, role: "<svg onload=alert(2)>", responsibilities: ["javascript:alert(3)"]}
objectives:
  - id: o1
    statement: "<a href='javascript:alert(4)'>click</a>"
    indicators: [{name: "<b>bold</b>", baseline: 0, target: 4, current: 1, unit: "&amp;"}]
schedule:
  start: 2026-01-01
  end: 2027-01-31
  milestones:
    - {date: 2026-12-01, label: "launch\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:injected", owner: colibris-creil}
exit: {notice_days: 30}
renewal: {mode: tacit}
evaluation: {method: "meeting; with, commas", next_review: 2026-10-01}
"""
BROKEN_YAML = "ptk: 1\nid: broken\ntitle: [unclosed\n"
WRONG_TYPES = """\
ptk: 1
id: wrong-types
title: Wrong types everywhere
level: galactic
status: active
partners: "not a list"
objectives: {o1: "not a list"}
schedule: [2026]
budget: {lines: "none"}
evaluation: {next_review: "someday"}
"""
ORGANISATION = """\
ptk: 1
id: colibris-creil
name: Groupe local Colibris du Pays creillois
kind: local_group
legal_entity: false
legal_form: association de fait
address: 1 rue Secrète, 60100 Creil
representative: {name: Organisation Representative, role: coordinatrice}
contact: {name: Organisation Contact, email: org.contact@example.org, phone: "03 44 11 22 33"}
"""
HEALTH = (
    (REPO / "health" / "jardin-emmaus-creil" / "2026-10-10.yaml")
    .read_text(encoding="utf-8")
    .replace("date: '2026-10-10'", "date: '2025-10-01'")
)
PEOPLE = (
    "Secret Person",
    "secret.person@example.org",
    "+33 6 12 34 56 78",
    "Hidden Representative",
    "Organisation Contact",
    "org.contact@example.org",
    "Organisation Representative",
    "Claire Dubois",
    "Karim Benali",
    "k.benali@emmaus-creil.example",
    "03 44 00 00 00",
    "Rémy Archivist",
)


def make_group(root: Path) -> GitRepo:
    """The repository: the examples, then jardin signed, then changed after signing."""
    repo = GitRepo(root)
    files = {
        f"partnerships/{path.name}": path.read_text(encoding="utf-8")
        for path in sorted(EXAMPLES.glob("*.yaml"))
    }
    files["partnerships/jardin-emmaus-creil.yaml"] = UNSIGNED
    files[".ptk.yaml"] = f"lang: fr\ntoday: {TODAY}\n"
    repo.commit("Premiers partenariats", files, author="Rémy Archivist", day="2026-02-01")
    repo.commit(
        "Signature du jardin",
        {"partnerships/jardin-emmaus-creil.yaml": JARDIN},
        author="Karim Benali",
        day="2026-03-10",
    )
    repo.commit(
        "Jardin : <douze> bacs & plus",
        {"partnerships/jardin-emmaus-creil.yaml": CHANGED},
        author="Claire Dubois",
        day="2026-05-01",
    )
    repo.commit(
        "Organisations, bilans de santé, fichiers à problèmes",
        {
            "organisations/colibris-creil.yaml": ORGANISATION,
            "health/jardin-emmaus-creil/2025-10-01.yaml": HEALTH,
            "partnerships/hostile.yaml": HOSTILE,
            "partnerships/broken.yaml": BROKEN_YAML,
            "partnerships/wrong-types.yaml": WRONG_TYPES,
        },
        day="2026-06-01",
    )
    return repo


@dataclass
class Built:
    code: int
    out: str
    err: str
    folder: Path


def build(root: Path, *argv: str, lang: str = "fr") -> Built:
    """``ptk site`` (or another command) run in ``root``, as a user would."""
    previous = Path.cwd()
    os.chdir(root)
    try:
        out, err = io.StringIO(), io.StringIO()
        code = main(list(argv), Console(lang, out, err))
    finally:
        os.chdir(previous)
    output = argv[argv.index("-o") + 1] if "-o" in argv else "site"
    return Built(code, out.getvalue(), err.getvalue(), root / output)


@pytest.fixture(scope="session")
def group(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("group")
    make_group(root)
    return root


@pytest.fixture(scope="session")
def site(group: Path) -> Built:
    """The site in French (the group's configured language), contacts left out."""
    built = build(group, "site", "partnerships", "-o", "site")
    assert built.code == 0, built.err
    return built


@pytest.fixture
def copy_of_group(group: Path, tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "group"
    shutil.copytree(group, target, symlinks=True, ignore=shutil.ignore_patterns("site*"))
    yield target
