"""Helpers for the health-check rule tests: a partnership and its rounds, on disk."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ptk import document
from ptk.lint.engine import Engine
from ptk.problem import Problem

from .conftest import TODAY, good


def write_round(folder: Path, day: str, answers: dict[str, dict[str, int]]) -> None:
    """A round of ``health/good/<day>.yaml``: partner id → {question id: answer}."""
    data = {
        "ptk": 1,
        "partnership": "good",
        "date": day,
        "responses": [{"partner": p, "answers": a} for p, a in answers.items()],
    }
    path = folder / "health" / "good" / f"{day}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def problems(folder: Path, rule: str, today: date = TODAY, **top: Any) -> list[Problem]:
    """The problems of ``rule`` for the complete partnership (``top`` fields replaced),
    saved as ``partnerships/good.yaml`` in ``folder`` beside its rounds."""
    data = good(id="good", **top)
    path = folder / "partnerships" / "good.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    found = Engine(today=today).check_document(document.load(path))
    return [problem for problem in found if problem.rule == rule]
