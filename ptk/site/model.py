"""Everything the site shows, read once: each partnership's file, findings, history and
health-check rounds, and the organisations that take part.

History is read once per file (:mod:`ptk.site.histories`); the signed version found in
it serves both the page and the ``changed-since-signature`` rule.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ptk import document
from ptk.health.rounds import Round, rounds_beside
from ptk.history.diff import Change
from ptk.lint.config import Config
from ptk.lint.engine import Engine, load_problem
from ptk.partnership import IN_FORCE, Partnership
from ptk.problem import Problem
from ptk.site.histories import Histories, Step
from ptk.site.privacy import public_changes, public_problems

_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,79}")


def slug(value: str) -> str:
    """A file name for ``value`` that cannot leave its folder: the value itself when it is
    plain (``jardin-emmaus-creil``), else a cleaned form with a hash of the original.

    >>> slug("jardin-emmaus-creil")
    'jardin-emmaus-creil'
    >>> slug("../../etc/passwd")
    'etc-passwd-3754d6cb'
    """
    if _SAFE.fullmatch(value):
        return value
    cleaned = re.sub(r"[^A-Za-z0-9_-]+", "-", value).strip("-_")[:60] or "x"
    return f"{cleaned}-{hashlib.sha256(value.encode('utf-8')).hexdigest()[:8]}"


def sort_key(text: str) -> str:
    """Alphabetical order as a reader expects it: « Échange » among the E.

    >>> sorted(["Zèbre", "Échange", "avenant"], key=sort_key)
    ['avenant', 'Échange', 'Zèbre']
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass
class Entry:
    """One partnership file and everything known about it."""

    path: Path
    display: str
    slug: str
    data: dict[str, Any]
    problems: list[Problem]
    steps: list[Step] = field(default_factory=list)  # oldest first
    signed: Any = None  # ptk.history.Version, when in git and signed
    unsigned: list[Change] = field(default_factory=list)
    in_git: bool = False
    rounds: list[Round] = field(default_factory=list)  # health-check rounds, oldest first

    @property
    def health(self) -> list[date]:
        """The dates of the health-check rounds, oldest first."""
        return [found.date for found in self.rounds]

    @property
    def p(self) -> Partnership:
        return Partnership(self.data)

    @property
    def title(self) -> str:
        return self.p.text("title") or self.path.stem

    @property
    def lang(self) -> str:
        value = self.data.get("lang")
        return value if value in ("fr", "en") else "fr"

    @property
    def errors(self) -> int:
        return sum(problem.severity == "error" for problem in self.problems)

    @property
    def warnings(self) -> int:
        return sum(problem.severity == "warning" for problem in self.problems)

    def overdue(self, today: date) -> bool:
        review = self.p.date("evaluation", "next_review")
        return bool(review and review < today and self.p.status in IN_FORCE)


@dataclass
class Organisation:
    """An organisation and the partnerships it takes part in."""

    id: str
    slug: str
    name: str
    kind: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Portfolio:
    """The whole site's data."""

    root: Path
    today: date
    lang: str
    include_contacts: bool
    entries: list[Entry]
    organisations: dict[str, Organisation]


def organisation_ids(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(organisation id, partner)`` for each partner: its ``organisation`` when it names
    one, else its own ``id``."""
    for partner in Partnership(data).partners:
        named = partner.get("organisation")
        oid = named if isinstance(named, str) and named else partner.get("id")
        if isinstance(oid, str) and oid:
            yield oid, partner


def load(
    files: list[tuple[Path, str]],
    config: Config,
    today: date,
    lang: str,
    include_contacts: bool = False,
    cache_folder: Path | None = None,
) -> Portfolio:
    """Read every file of ``files`` into a :class:`Portfolio`."""
    root = _root(files)
    histories = Histories.open(files, cache_folder)
    engine = Engine(config, today, signed_changes=histories)
    entries: list[Entry] = []
    taken: set[str] = set()
    for path, display in files:
        entry = _entry(path, display, engine, histories, config.max_bytes)
        entry.slug = _unique(entry.slug, taken)
        entry.rounds = health_rounds(path, entry.data.get("id") or path.stem)
        if not include_contacts:
            entry.problems = public_problems(entry.problems)
            entry.unsigned = public_changes(entry.unsigned, entry.data)
            for step in entry.steps:
                step.changes = public_changes(step.changes, step.new)
                step.author = ""
        entries.append(entry)
    entries.sort(key=lambda e: (sort_key(e.title), e.slug))
    organisations = _organisations(root, entries, config.max_bytes)
    return Portfolio(root, today, lang, include_contacts, entries, organisations)


def _root(files: list[tuple[Path, str]]) -> Path:
    """The folder holding ``partnerships/`` (and ``organisations/``, ``health/``)."""
    if not files:
        return Path.cwd()
    folder = files[0][0].resolve().parent
    return folder.parent if folder.name == "partnerships" else folder


def _unique(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate.lower() in taken:
        candidate, number = f"{name}-{number}", number + 1
    taken.add(candidate.lower())
    return candidate


def _entry(
    path: Path, display: str, engine: Engine, histories: Histories | None, max_bytes: int
) -> Entry:
    problems: list[Problem] = []
    raw: bytes | None = None
    try:
        raw = document.read_bytes(path, max_bytes)
        doc: document.Document | None = document.loads(document.decode(raw), path, display)
    except document.LoadError as error:
        doc, problems = None, [load_problem(display, error)]
    data = doc.data if doc is not None and isinstance(doc.data, dict) else {}
    entry = Entry(path, display, slug(path.stem), data, [])
    parsed = raw if doc is not None and isinstance(doc.data, dict) else None  # as on disk
    found = histories.read(path, data, parsed) if histories is not None else None
    if found is not None:
        entry.in_git = True
        entry.steps, entry.signed, entry.unsigned = found.steps, found.signed, found.unsigned
    if doc is not None:
        problems = engine.check_document(doc)  # its history is already read: no second walk
    entry.problems = sorted(problems, key=Problem.sort_key)
    return entry


def health_rounds(path: Path, pid: object) -> list[Round]:
    """The partnership's health-check rounds (``health/<id>/<date>.yaml``), oldest first."""
    if not isinstance(pid, str) or slug(pid) != pid:
        return []
    return rounds_beside(path, pid)


def _organisations(root: Path, entries: list[Entry], max_bytes: int) -> dict[str, Organisation]:
    known = _organisation_files(root, max_bytes)
    found: dict[str, Organisation] = {}
    for entry in entries:
        for oid, partner in organisation_ids(entry.data):
            if oid not in found:
                data = known.get(oid, {})
                name = data.get("name") or partner.get("name") or oid
                kind = data.get("kind") or partner.get("kind") or ""
                found[oid] = Organisation(oid, slug(oid), str(name), str(kind), data)
            if entry not in found[oid].entries:
                found[oid].entries.append(entry)
    taken: set[str] = set()
    for oid in sorted(found):
        found[oid].slug = _unique(found[oid].slug, taken)
    return dict(sorted(found.items(), key=lambda item: (sort_key(item[1].name), item[0])))


def _organisation_files(root: Path, max_bytes: int) -> dict[str, dict[str, Any]]:
    """``organisations/<id>.yaml`` files that can be read (the others are left to
    ``ptk lint``: an organisation page still lists the partnerships)."""
    folder = root / "organisations"
    if not folder.is_dir():
        return {}
    known: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".yaml", ".yml"):
            continue
        try:
            data = document.load(path, None, max_bytes).data
        except document.LoadError:
            continue
        if isinstance(data, dict):
            known[path.stem] = data
    return known
