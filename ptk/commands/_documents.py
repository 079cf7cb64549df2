"""What ``ptk render`` gives templates besides the partnership: whether a convention is a
draft and which avenants changed it, the avenant to draft or to write again, the
findings of the evaluation.

Here the commands join history and documents (which never import each other).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ptk import document
from ptk.documents.compose import TemplateProblem, Templates, compose
from ptk.errors import UsageError
from ptk.lint.config import Config
from ptk.lint.engine import Engine
from ptk.organisations import for_document
from ptk.partnership import Partnership, parse_date
from ptk.problem import Problem
from ptk.signing import signing


class NothingToRender(Exception):
    """This document has nothing to say for this partnership; ``key`` says why."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def partnership_data(doc: document.Document) -> Any:
    """The partnership as documents see it: partners with their organisation's keys."""
    return for_document(doc.path, doc.data)


def convention_state(doc: document.Document) -> dict[str, Any]:
    """``draft`` (not signed by every partner, or changed since it was signed) and
    ``amended_by`` (``[{number, date}]``: the avenants in force), for the convention."""
    from ptk.documents.convention import last_signature
    from ptk.history.avenants import amendments_in_force

    state = signing(doc.data)
    draft = state is None or bool(_unsigned_changes(doc))
    found: dict[str, Any] = {"draft": draft, "amended_by": amendments_in_force(doc.data)}
    if not draft:  # signed, perhaps completed by an avenant: the convention's own date
        found["signed_on"] = last_signature(Partnership(doc.data))
    return found


def _unsigned_changes(doc: document.Document) -> list[Any]:
    from ptk.history.gitlog import find_repository

    if find_repository(doc.path) is None:
        return []
    from ptk.history.source import SignatureTracker

    found = SignatureTracker()(doc.path, doc.data)
    return list(found.changes) if found is not None else []


def amendment(
    doc: document.Document, lang: str, number: int | None, templates: Templates, today: date
) -> Any:
    """The avenant to draft (``number`` None) or avenant n° ``number`` as signed."""
    from ptk.history.gitlog import find_repository

    if find_repository(doc.path) is None:
        raise UsageError("render.amendment-no-git", path=doc.display)
    from ptk.history import avenants

    def numbers(signed_data: Any) -> dict[str, int]:
        return _article_numbers(signed_data, templates, lang, today)

    try:
        if number is None:
            return avenants.draft(doc.path, doc.data, lang, numbers)
        return avenants.signed(doc.path, number, lang, numbers)
    except avenants.NotApplicable as problem:
        if number is not None:
            raise UsageError(problem.key, path=doc.display, **problem.params) from None
        raise NothingToRender(problem.key) from None


def amendment_signing(avenant: Any, data: Any) -> dict[str, Any]:
    """What the signature page reads for an avenant: its own signatures, not the
    convention's (« Fait à …, le … » from them when they share a place and a day)."""
    from ptk.documents.convention import signing

    signatures = list(avenant.signatures.values())
    partners = Partnership(data).data.get("partners", [])
    return {
        "signature_of": avenant.signature_of,
        "signing": signing(Partnership({"partners": partners, "signatures": signatures})),
        "draft": avenant.date is None,
    }


def _article_numbers(data: Any, templates: Templates, lang: str, today: date) -> dict[str, int]:
    """The convention's article numbers, as it was signed (read from its text)."""
    from ptk.history.avenants import article_numbers

    try:
        markdown = compose("convention", data, templates, lang, today, {"target": "md"})
    except TemplateProblem:
        return {}
    return article_numbers(markdown)


def findings(doc: document.Document, config: Config, today: date) -> list[Problem]:
    """Exactly what ``ptk lint`` reports on the file: same engine, configuration, date
    and history (its signed version in git)."""
    from ptk.commands._setup import history_tracker

    tracker = history_tracker([(doc.path, doc.display)], None)
    return sorted(
        Engine(config, today, signed_changes=tracker).check_document(doc), key=Problem.sort_key
    )


def epoch(day: object) -> int | None:
    """Noon UTC of an ISO date, in seconds since 1970 (a signed document's own time)."""
    from datetime import UTC, datetime

    found = parse_date(day)
    if found is None:
        return None
    return int(datetime(found.year, found.month, found.day, 12, tzinfo=UTC).timestamp())
