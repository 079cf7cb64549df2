"""Health-check tests: a group's folder with one partnership, CSV files, rounds."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from ptk.health import questionnaire

FIXTURE = Path(__file__).parent / "data" / "questions.yaml"

PARTNERSHIP = """\
ptk: 1
id: jardin
title: Jardin partagé
level: cooperation
status: active
lang: {lang}
schedule: {{start: 2024-03-01}}
partners:
  - id: colibris
    name: Colibris du Pays creillois
  - id: mairie
    name: Mairie de Creil
decisions:
  - {{date: 2024-03-01, decision: lancement du jardin}}
"""


@pytest.fixture
def small_questionnaire(monkeypatch: pytest.MonkeyPatch) -> questionnaire.Questionnaire:
    """Four dimensions, two questions each (tests/health/data/questions.yaml)."""
    monkeypatch.setattr(questionnaire, "DEFAULT", FIXTURE)
    return questionnaire.load()


@pytest.fixture
def group(tmp_path: Path) -> Path:
    """A group's folder: ``partnerships/jardin.yaml``, active, at ``cooperation``."""
    path = tmp_path / "partnerships" / "jardin.yaml"
    path.parent.mkdir()
    path.write_text(PARTNERSHIP.format(lang="fr"), encoding="utf-8")
    return tmp_path


def write_csv(folder: Path, text: str, name: str = "answers.csv", encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(textwrap.dedent(text).encode(encoding))
    return path


HEADER = "partner,respondent,shared-vision.1,shared-vision.2,trust.1,trust.2,fair-power.1,fair-power.2,communication.1,communication.2,comment"

# Colibris is at ease; the town hall much less on trust and fair power: they diverge there.
ANSWERS = f"""\
{HEADER}
colibris,Claire,4,5,5,4,5,5,4,4,Très bien
colibris,Hugo,4,4,5,5,4,5,3,4,
Mairie de Creil,Karim,4,4,2,3,2,2,4,3,"On ne nous écoute pas, parfois"
mairie,,3,4,2,2,1,2,4,,
"""
