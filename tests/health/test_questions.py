"""The health-check questionnaire: bilingual, well formed, each question tied to a guide."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import ptk

QUESTIONS = Path(ptk.__file__).resolve().parent / "health" / "questions.yaml"
DESIGN_DIMENSIONS = {
    "shared-vision",
    "trust",
    "clear-roles",
    "fair-power",
    "communication",
    "decision-making",
    "resources",
    "results",
    "learning",
    "community-roots",
}
GUIDES = {
    "Transition Network": "000_d04902d8613f8c8a.txt",
    "Colibris": "001_404a5cf5c5e53e6d.txt",
    "CDC de Laval": "002_9f69c35d4a9daf33.txt",
    "Le partenariat dans vos projets": "003_044cb195c4dac744.txt",
    "Nexus Santé": "004_cefa4bbf4736105d.txt",
}
NBSP = "\u00a0"


def _load() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    return data


def _questions() -> list[dict[str, Any]]:
    return [question for dimension in _load()["dimensions"] for question in dimension["questions"]]


def _bilingual(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and set(value) == {"fr", "en"}
        and all(isinstance(text, str) and text.strip() for text in value.values())
    )


def _french_texts() -> list[str]:
    data = _load()
    texts = [label["fr"] for label in data["scale"].values()]
    for dimension in data["dimensions"]:
        texts += [dimension["title"]["fr"], dimension["description"]["fr"]]
        for question in dimension["questions"]:
            texts += [question["text"]["fr"], question["source"]["passage"]]
    return texts


def test_top_level_shape_and_scale() -> None:
    data = _load()
    assert set(data) == {"version", "scale", "dimensions"}
    assert data["version"] == 1
    assert list(data["scale"]) == [1, 2, 3, 4, 5]
    assert all(_bilingual(label) for label in data["scale"].values())
    assert data["scale"][1]["fr"] == "pas du tout"
    assert data["scale"][5]["fr"] == "tout à fait"


def test_about_ten_dimensions_including_every_design_one() -> None:
    ids = [dimension["id"] for dimension in _load()["dimensions"]]
    assert len(ids) == len(set(ids))
    assert 10 <= len(ids) <= 14
    assert set(ids) >= DESIGN_DIMENSIONS
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", id_) for id_ in ids)


def test_each_dimension_is_bilingual_with_at_least_two_questions() -> None:
    for dimension in _load()["dimensions"]:
        assert set(dimension) == {"id", "title", "description", "questions"}
        assert _bilingual(dimension["title"]), dimension["id"]
        assert _bilingual(dimension["description"]), dimension["id"]
        assert len(dimension["questions"]) >= 2, dimension["id"]


def test_question_ids_number_each_dimension_from_one() -> None:
    for dimension in _load()["dimensions"]:
        ids = [question["id"] for question in dimension["questions"]]
        expected = [f"{dimension['id']}.{n}" for n in range(1, len(ids) + 1)]
        assert ids == expected


@pytest.mark.parametrize("question", _questions(), ids=lambda question: question["id"])
def test_question_is_one_bilingual_statement_with_a_source(question: dict[str, Any]) -> None:
    assert set(question) == {"id", "text", "source"}
    assert _bilingual(question["text"])
    for text in question["text"].values():
        # one plain sentence to agree with, not a question
        assert text.endswith(".") and "?" not in text
        assert text.count(". ") == 0
    source = question["source"]
    assert set(source) == {"guide", "passage"}
    assert source["guide"] in GUIDES
    assert GUIDES[source["guide"]] in source["passage"]
    assert "«" in source["passage"]


def test_every_guide_is_drawn_on() -> None:
    assert {question["source"]["guide"] for question in _questions()} == set(GUIDES)


@pytest.mark.parametrize("text", _french_texts())
def test_french_typography(text: str) -> None:
    assert "'" not in text
    assert not re.search(r"[^\u00a0\u202f][:;?!»]", text.replace("...", "")), text
    assert not re.search(r"«[^\u00a0\u202f]", text), text


def test_english_uses_no_french_spacing() -> None:
    data = _load()
    for dimension in data["dimensions"]:
        for question in dimension["questions"]:
            assert NBSP not in question["text"]["en"]
