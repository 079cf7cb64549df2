"""Avenants: the next one drafted from what changed since the signed version, or a
signed one written again from git exactly as it was signed.

What an avenant says comes only from the partnership's history: the changes between the
version in force before it and the version at which every partner signed it, in plain
words (:mod:`ptk.history.wording`), grouped under the convention's articles. A signed
avenant carries its own date and signatures, never the day it is rendered, so that
``ptk render --document amendment --amendment N`` writes the same text on every run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ptk.history.diff import diff
from ptk.history.versions import History, Version, since_signed, unsigned
from ptk.history.wording import ORDER, sentence
from ptk.partnership import Partnership
from ptk.signing import dated_signatures, signed_amendments

ArticleNumbers = Callable[[Any], dict[str, int]]  # signed data → heading text → number
_HEADING = re.compile(r"(?m)^#+ .*?(\d+)\s*[—–-]+\s*(.+?)\s*$")


class NotApplicable(Exception):
    """There is no avenant to write (never signed, nothing changed); ``key`` says why."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True)
class Article:
    """The changes to one article of the convention."""

    key: str  # which article (``purpose``, ``objectives``, ``financial``…)
    title: str  # its usual heading, for templates that have none of their own
    changes: list[str]


@dataclass(frozen=True)
class Avenant:
    """What the amendment template receives as ``amendment``."""

    number: int
    convention_signed_on: str  # the convention's own signing date
    articles: list[Article]
    rev: str  # the version it amends (a draft) or at which it was signed
    date: str | None = None  # a signed avenant's date; None for a draft
    summary: str = ""
    signatures: dict[str, dict[str, Any]] = field(default_factory=dict)  # by partner id
    in_force: list[dict[str, Any]] = field(default_factory=list)  # earlier avenants
    numbers: dict[str, int] = field(default_factory=dict)  # the convention's heading → number
    data: Any = None  # the partnership as it was signed (a signed avenant), else None

    def signature_of(self, partner_id: object) -> dict[str, Any] | None:
        return self.signatures.get(str(partner_id))


def draft(path: Path, data: Any, lang: str, numbers: ArticleNumbers) -> Avenant:
    """The next avenant: the unsigned changes of ``data`` (the file now) since its signed
    version."""
    history = History(path)
    history.check_not_shallow()
    signed = history.signed()
    found = since_signed(signed, data)
    if signed is None or found is None:
        raise NotApplicable("render.amendment-never-signed")
    if not found.changes or signed.signing is None:
        raise NotApplicable("render.amendment-nothing")
    number = (signed.signing.amendment or 0) + 1
    return Avenant(
        number=number,
        convention_signed_on=convention_signed_on(signed.data),
        articles=articles(found.changes, signed.data, data, lang),
        rev=signed.short,
        in_force=amendments_in_force(signed.data),
        numbers=numbers(signed.data),
    )


def signed(path: Path, number: int, lang: str, numbers: ArticleNumbers) -> Avenant:
    """Avenant n° ``number`` as it was signed, from the file's history."""
    history = History(path)
    history.check_not_shallow()
    found = _signed_pair(history.versions(), number)
    if found is None:
        raise NotApplicable("render.amendment-not-signed", number=number)
    before, at = found
    changes = unsigned(diff(before.data, at.data), before.data, at.data)
    record = next(a for a in signed_amendments(at.data) if a.get("number") == number)
    return Avenant(
        number=number,
        convention_signed_on=convention_signed_on(at.data),
        articles=articles(changes, before.data, at.data, lang),
        rev=at.short,
        date=str(record.get("date") or at.signed_on),
        summary=str(record.get("summary") or ""),
        signatures={
            str(s.get("partner")): s
            for s in record.get("signatures") or []
            if isinstance(s, dict) and s.get("partner")
        },
        in_force=amendments_in_force(before.data),
        numbers=numbers(before.data),
        data=at.data,
    )


def _signed_pair(versions: list[Version], number: int) -> tuple[Version, Version] | None:
    """The version in force just before avenant ``number`` and the one where every
    partner had signed it."""
    start: Version | None = None  # where what is in force began
    for version in versions:
        state = version.signing
        if state is None or (start is not None and state == start.signing):
            continue
        if state.amendment == number and start is not None:
            return start, version
        start = version
    return None


def articles(changes: list[Any], old: Any, new: Any, lang: str) -> list[Article]:
    """The changes in words, grouped by the convention's article, in its order."""
    from ptk import i18n

    grouped: dict[str, list[str]] = {}
    for change in changes:
        said = sentence(change, old, new, lang)
        grouped.setdefault(said.article, []).append(said.text)
    return [
        Article(key, i18n.message(lang, f"amend.article.{key}"), grouped[key])
        for key in sorted(grouped, key=ORDER.index)
    ]


def article_numbers(markdown: str) -> dict[str, int]:
    """Heading text → article number, read from a convention's Markdown
    (``## Article 4 — Objectifs et indicateurs``)."""
    return {
        re.sub(r"\\(.)", r"\1", title): int(number) for number, title in _HEADING.findall(markdown)
    }


def convention_signed_on(data: Any) -> str:
    """The date of the convention's last signature (its own, not an avenant's)."""
    return max(dated_signatures(Partnership(data).get("signatures")).values(), default="")


def amendments_in_force(data: Any) -> list[dict[str, Any]]:
    """``[{number, date}]`` of the avenants every partner signed, in order."""
    return [
        {"number": a.get("number"), "date": str(a.get("date") or "")}
        for a in signed_amendments(data)
        if isinstance(a.get("number"), int)
    ]
