"""Documents name the level in the words of the partnership's jurisdiction."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ptk.documents.compose import Templates, compose
from ptk.resources import resource_dir

GOOD = Path(__file__).resolve().parents[1] / "data" / "good.yaml"


def _summary(**changes: Any) -> str:
    data = {**yaml.safe_load(GOOD.read_text(encoding="utf-8")), **changes}
    templates = Templates((resource_dir("templates"),))
    text = compose("summary", data, templates, "fr", date(2026, 11, 22))
    return text.replace("\\", "").replace("\u00a0", " ")  # Markdown escapes, French spaces


def test_belgian_partnership_reads_its_level_in_the_belgian_guide_s_words() -> None:
    assert "partenariat (porter un projet ensemble)" in _summary(jurisdiction="be")
    cooperation = _summary(jurisdiction="be", level="cooperation")
    assert "collaboration (apporter sa pierre au projet d’un autre)" in cooperation


def test_other_partnerships_keep_ptk_s_words() -> None:
    assert "collaboration (mener un projet ensemble)" in _summary()
    assert "coordination (décider ensemble)" in _summary(jurisdiction="be", level="coordination")
