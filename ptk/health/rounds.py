"""Health-check rounds: ``health/<partnership-id>/<date>.yaml``, beside ``partnerships/``.

A round is what the partners' members answered on one date. Rules, reports and
documents read rounds through :func:`rounds_beside`; files that break
``schemas/health.schema.json`` are left out here (``ptk lint`` reports them).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ptk import document, schema
from ptk.files import SUFFIXES

FOLDER = "health"


@dataclass(frozen=True)
class Response:
    """One person's answers (question id → 1–5; a question left blank is absent)."""

    partner: str
    respondent: str
    answers: Mapping[str, int]
    comment: str = ""


@dataclass(frozen=True)
class Round:
    """One round of the health check of a partnership."""

    partnership: str
    date: date
    responses: tuple[Response, ...]
    path: Path | None = None

    def as_data(self, questionnaire: int | None = None) -> dict[str, Any]:
        """The round as the plain data of its YAML file."""
        data: dict[str, Any] = {
            "ptk": 1,
            "partnership": self.partnership,
            "date": self.date.isoformat(),
        }
        if questionnaire is not None:
            data["questionnaire"] = questionnaire
        data["responses"] = [_response_data(response) for response in self.responses]
        return data


def _response_data(response: Response) -> dict[str, Any]:
    data: dict[str, Any] = {"partner": response.partner}
    if response.respondent:
        data["respondent"] = response.respondent
    data["answers"] = dict(response.answers)
    if response.comment:
        data["comment"] = response.comment
    return data


def from_data(data: Any, path: Path | None = None) -> Round | None:
    """The round in ``data`` (a round file's content), or None when it breaks the schema."""
    if not schema.is_valid(data, "health"):
        return None
    responses = tuple(
        Response(
            item["partner"],
            item.get("respondent", ""),
            dict(item["answers"]),
            item.get("comment", ""),
        )
        for item in data["responses"]
    )
    return Round(data["partnership"], date.fromisoformat(data["date"]), responses, path)


def folder_of(partnership_path: Path, partnership_id: str) -> Path:
    """``partnerships/x.yaml`` → ``health/x/`` (beside ``partnerships/``)."""
    return partnership_path.absolute().parent.parent / FOLDER / partnership_id


def is_round(path: Path, data: Any) -> bool:
    """Whether a file is a round, not a partnership: its content says so (``responses``,
    no ``partners``), or it sits in ``…/health/<id>/`` and has no ``partners``."""
    if not isinstance(data, dict) or "partners" in data:
        return False
    return "responses" in data or path.parent.parent.name == FOLDER


def round_files(folder: Path) -> list[Path]:
    """The round files in a partnership's health folder, by name (their dates)."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if path.suffix in SUFFIXES and path.is_file())


def rounds_beside(partnership_path: Path, partnership_id: str) -> list[Round]:
    """The valid rounds of a partnership, oldest first."""
    found = []
    for path in round_files(folder_of(partnership_path, partnership_id)):
        try:
            data = document.load(path).data
        except document.LoadError:
            continue
        loaded = from_data(data, path)
        if loaded is not None and loaded.partnership == partnership_id:
            found.append(loaded)
    return sorted(found, key=lambda found_round: found_round.date)


def with_rounds(partnerships_folder: Path) -> frozenset[str]:
    """The ids that have a folder in ``health/`` beside ``partnerships_folder`` (one
    listing for a whole folder of partnerships, instead of a look per file)."""
    try:
        entries = list(os.scandir(partnerships_folder.absolute().parent / FOLDER))
    except OSError:
        return frozenset()
    return frozenset(entry.name for entry in entries if entry.is_dir())


def stamp(path: Path, partnership_id: str, known: frozenset[str] | None = None) -> str:
    """What a file's lint results owe to others: for a partnership, its rounds (names and
    contents); for a round, its partnership (whose partners it names).

    ``known``, when given, is :func:`with_rounds` of the file's folder."""
    if known is not None and partnership_id not in known and not _in_health(path):
        return ""
    is_round_file = _in_health(path)
    files = round_files(folder_of(path, partnership_id))
    if is_round_file:
        files.append(path.parent.parent.parent / "partnerships" / f"{path.parent.name}.yaml")
    if not files:
        return ""
    digest = hashlib.blake2b(digest_size=16)
    for item in files:
        digest.update(item.name.encode() + b"\0")
        try:
            digest.update(item.read_bytes())
        except OSError:
            continue
    return digest.hexdigest()


def _in_health(path: Path) -> bool:
    """Whether ``path`` lies in ``health/<id>/``."""
    return os.path.basename(os.path.dirname(os.path.dirname(path))) == FOLDER


def files_beside(files: Sequence[tuple[Path, str]]) -> list[tuple[Path, str]]:
    """The round files of the partnerships in ``files`` that ``files`` does not hold yet,
    as ``(path, display name)``: ``ptk lint`` checks them with the partnerships."""
    folders: dict[str, frozenset[str]] = {}
    seen: set[Path] | None = None  # resolved only when some partnership has rounds
    found: list[tuple[Path, str]] = []
    for path, display in files:
        folder = os.path.dirname(path)
        if folder not in folders:
            folders[folder] = with_rounds(path.parent)
        if path.stem not in folders[folder]:
            continue
        for round_path in round_files(folder_of(path, path.stem)):
            if seen is None:
                seen = {known.resolve() for known, _ in files}
            if round_path.resolve() not in seen:
                seen.add(round_path.resolve())
                shown = os.path.join(
                    os.path.dirname(display), "..", FOLDER, path.stem, round_path.name
                )
                found.append((round_path, Path(os.path.normpath(shown)).as_posix()))
    return found
