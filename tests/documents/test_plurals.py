"""A convention says « 1 membre », « 1 jour », « tous les mois » when the number is 1, and
the plural from 2 on: the numbers in the file choose the words."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from ptk.documents.compose import Templates, compose
from ptk.resources import resource_dir

GOOD = Path(__file__).resolve().parents[1] / "data" / "good.yaml"


def _convention(lang: str, number: int) -> str:
    data: dict[str, Any] = yaml.safe_load(GOOD.read_text(encoding="utf-8"))
    data["governance"]["decision_making"]["response_delay_days"] = number
    data["governance"]["bodies"][0]["members_per_partner"] = number
    data["evaluation"]["frequency_months"] = number
    text = compose(
        "convention", data, Templates((resource_dir("templates"),)), lang, date(2026, 11, 22)
    )
    return " ".join(text.replace("\\", "").replace("\u00a0", " ").split())


@pytest.mark.parametrize(
    ("lang", "number", "words"),
    [
        ("fr", 1, ["1 membre par partenaire", "1 jour.", "tous les mois."]),
        ("fr", 2, ["2 membres par partenaire", "2 jours.", "tous les 2 mois."]),
        ("en", 1, ["1 member per partner", "1 day.", "every month."]),
        ("en", 2, ["2 members per partner", "2 days.", "every 2 months."]),
    ],
)
def test_the_number_chooses_singular_or_plural(lang: str, number: int, words: list[str]) -> None:
    text = _convention(lang, number)
    assert [word for word in words if word not in text] == []
