"""The health-check questionnaire (« bilan de santé »): dimensions, questions, the 1–5 scale.

ptk ships its own questionnaire as data (``ptk/health/questions.yaml``, inside the
package): each dimension has a title and a description, each question a plain
sentence in French and English and the guide passage it comes from. Question ids
are ``<dimension>.<n>``.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ptk import document
from ptk.errors import UsageError

DEFAULT = Path(__file__).resolve().with_name("questions.yaml")
SCALE = (1, 2, 3, 4, 5)

Text = Mapping[str, str]


def in_lang(text: Text, lang: str) -> str:
    """The text in ``lang``, else in French, else in any language it has."""
    found = text.get(lang) or text.get("fr") or next(iter(text.values()), "")
    return str(found)


@dataclass(frozen=True)
class Question:
    id: str
    dimension: str
    text: Text
    source: Text


@dataclass(frozen=True)
class Dimension:
    id: str
    title: Text
    description: Text
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Questionnaire:
    version: int
    scale: Mapping[int, Text]
    dimensions: tuple[Dimension, ...]

    @property
    def questions(self) -> list[Question]:
        return [question for dimension in self.dimensions for question in dimension.questions]

    @property
    def question_ids(self) -> list[str]:
        return [question.id for question in self.questions]

    def dimension(self, dimension_id: str) -> Dimension | None:
        return next((d for d in self.dimensions if d.id == dimension_id), None)

    def title(self, dimension_id: str, lang: str) -> str:
        """A dimension's title in ``lang`` (its id when the questionnaire does not know it)."""
        found = self.dimension(dimension_id)
        return in_lang(found.title, lang) if found else dimension_id

    def as_json(self, lang: str) -> dict[str, Any]:
        """What ``ptk health questions --format json`` prints."""
        return {
            "version": self.version,
            "scale": {str(value): in_lang(text, lang) for value, text in self.scale.items()},
            "dimensions": [
                {
                    "id": d.id,
                    "title": in_lang(d.title, lang),
                    "description": in_lang(d.description, lang),
                    "questions": [
                        {"id": q.id, "text": in_lang(q.text, lang), "source": dict(q.source)}
                        for q in d.questions
                    ],
                }
                for d in self.dimensions
            ],
        }


def dimension_of(question_id: str) -> str:
    """``trust.2`` → ``trust``."""
    return question_id.rpartition(".")[0]


def load(path: Path | None = None) -> Questionnaire:
    """The questionnaire at ``path`` (default: ptk's own)."""
    return _load(path or DEFAULT)


@functools.cache
def _load(path: Path) -> Questionnaire:
    try:
        data = document.load(path).data
        return _build(data)
    except document.LoadError as error:
        detail = f"{error.line}:{error.column}"
        raise UsageError(
            "health.questionnaire-broken", path=path.as_posix(), detail=detail
        ) from None
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise UsageError(
            "health.questionnaire-broken", path=path.as_posix(), detail=str(error)
        ) from None


def _build(data: Any) -> Questionnaire:
    dimensions = tuple(
        Dimension(
            id=str(item["id"]),
            title=_text(item["title"]),
            description=_text(item.get("description") or {}),
            questions=tuple(_question(str(item["id"]), q) for q in item["questions"]),
        )
        for item in data["dimensions"]
    )
    scale = {int(value): _text(text) for value, text in data["scale"].items()}
    if sorted(scale) != list(SCALE):
        raise ValueError("scale")
    return Questionnaire(int(data["version"]), scale, dimensions)


def _question(dimension: str, item: Mapping[str, Any]) -> Question:
    question_id = str(item["id"])
    if dimension_of(question_id) != dimension:
        raise ValueError(question_id)
    return Question(question_id, dimension, _text(item["text"]), _text(item.get("source") or {}))


def _text(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise TypeError(value)
    return {str(lang): str(text) for lang, text in value.items()}
