"""A partnership's versions in git, its signed version and the unsigned changes since.

Every commit that touched a file (following renames) is a :class:`Version`. The
**signed version** is the commit at which what is in force (:func:`ptk.signing.signing`:
the convention, or its latest avenant, signed by every partner) became what it is now.
Later changes to the terms of the agreement are **unsigned changes**: an avenant is then
due. Changes to the administrative record (:data:`ptk.signing.ADMINISTRATIVE`: contacts,
representatives, decisions, reviews, progress, status, signatures…) are not.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ptk import document
from ptk.history.diff import Change, diff, locate
from ptk.history.gitlog import HistoryError, Repository, RepositoryLog
from ptk.signing import Signing, administrative, signing

__all__ = ["WORKTREE", "History", "HistoryError", "SignedChanges", "Version", "unsigned"]

WORKTREE = "worktree"


@dataclass(frozen=True)
class Version:
    """The file as it was at one commit (or in the working tree)."""

    rev: str
    date: str
    author: str
    subject: str
    path: str
    data: Any = None
    broken: document.LoadError | None = None

    @property
    def short(self) -> str:
        return self.rev if self.rev == WORKTREE else self.rev[:7]

    @property
    def signing(self) -> Signing | None:
        """What every partner had signed at this version (the convention or an avenant)."""
        return signing(self.data) if self.broken is None else None

    @property
    def signed(self) -> bool:
        return self.signing is not None

    @property
    def signed_on(self) -> str:
        """The date of the latest signature (written in the file)."""
        found = self.signing
        return found.signed_on if found else ""


class History:
    """The versions of one partnership file."""

    def __init__(
        self, path: Path, repo: Repository | None = None, log: RepositoryLog | None = None
    ) -> None:
        self.file = path
        self.repo = repo or Repository(path)
        self.root = self.repo.root
        self.relative = path.resolve().relative_to(self.root).as_posix()
        self.log = log or RepositoryLog.read(self.repo)
        self._parsed: dict[int, Version] = {}

    @property
    def shallow(self) -> bool:
        return self.repo.shallow

    def check_not_shallow(self) -> None:
        if self.shallow:
            raise HistoryError("history.shallow")

    def versions(self) -> list[Version]:
        """Every commit that touched the file, oldest first, following renames."""
        return [
            self._read(index, path, blob)
            for index, path, blob in reversed(self.log.trail(self.relative))
        ]

    def _read(self, index: int, path: str, blob: str, raw: bytes | None = None) -> Version:
        rev, day, author, subject = self.log.commits[index]
        raw = raw if raw is not None else self.repo.blob(blob)
        if raw is None:
            missing = document.LoadError("unreadable-file", "input.not-found")
            return Version(rev, day, author, subject, path, None, missing)
        try:
            data = document.parse(document.decode(raw)).data
        except document.LoadError as error:
            return Version(rev, day, author, subject, path, None, error)
        return Version(rev, day, author, subject, path, data)

    def at(self, rev: str) -> Version:
        """The file at revision ``rev`` (a commit, branch or tag)."""
        target = self.repo.commit_id(rev)
        for index, path, blob in self.log.trail(self.relative):
            candidate = self.log.commits[index][0]
            if candidate == target or self.repo.is_ancestor(candidate, target):
                version = self._read(index, path, blob)
                if version.broken and version.broken.key == "input.not-found":
                    break  # deleted at that point
                return dataclasses.replace(version, rev=target)
        raise HistoryError("history.not-in-revision", path=self.relative, rev=rev)

    def worktree(self) -> Version:
        """The file as it is now on disk."""
        try:
            data = document.load(self.file).data
        except document.LoadError as error:
            return Version(WORKTREE, "", "", "", self.relative, None, error)
        return Version(WORKTREE, "", "", "", self.relative, data)

    def signed(self, versions: list[Version] | None = None) -> Version | None:
        """The most recent commit at which every partner's signature became complete.

        Walks back from the newest version. What decides is only the ``partners`` and
        ``signatures`` blocks: versions whose blocks are the same text as the version
        after them are not parsed at all, so a file edited a hundred times since it was
        signed costs a hundred blob reads and two or three parses.
        """
        if versions is not None:
            return _signed_in(versions)
        run: list[tuple[int, str, str]] = []  # consecutive versions with the same blocks
        run_blocks: bytes | None = None
        run_state: Signing | None = None
        for index, path, blob in self.log.trail(self.relative):
            raw = self.repo.blob(blob)
            if raw is None:
                continue
            blocks = signing_blocks(raw)
            if run and blocks is not None and blocks == run_blocks:
                run.append((index, path, blob))
                continue
            version = self._read(index, path, blob, raw)
            self._parsed[index] = version
            if version.broken:
                continue  # a broken commit changes nothing; its neighbours are compared
            state = version.signing
            if run and run_state is not None and state != run_state:
                return self._oldest_readable(run)
            run, run_blocks, run_state = [(index, path, blob)], blocks, state
        return self._oldest_readable(run) if run and run_state is not None else None

    def _oldest_readable(self, run: list[tuple[int, str, str]]) -> Version | None:
        """The oldest version of a run that parses (the run's first one always does)."""
        for index, path, blob in reversed(run):
            version = self._parsed.get(index) or self._read(index, path, blob)
            if not version.broken:
                return version
        return None


_TOP_KEY = re.compile(rb"(?m)^(?![ \t#\r\n-])([^:\r\n]+):")


def signing_blocks(raw: bytes) -> bytes | None:
    """The text of the top-level ``partners``, ``signatures`` and ``amendments`` blocks:
    two versions whose blocks are the same text have the same signatures and partners."""
    keys = [(match.start(), match.group(1).strip()) for match in _TOP_KEY.finditer(raw)]
    parts = []
    for position, (start, key) in enumerate(keys):
        if key in (b"partners", b"signatures", b"amendments"):
            end = keys[position + 1][0] if position + 1 < len(keys) else len(raw)
            parts.append(raw[start:end])
    return b"\0".join(parts) if parts else None


def _signed_in(versions: list[Version]) -> Version | None:
    found, previous = None, None
    for version in versions:
        if version.broken:
            continue
        if version.signed and (previous is None or version.signing != previous.signing):
            found = version
        previous = version
    return found


def unsigned(changes: list[Change], old: Any, new: Any) -> list[Change]:
    """The changes that alter the signed agreement (not the administrative record)."""
    return [change for change in changes if not administrative(change.path)]


@dataclass(frozen=True)
class SignedChanges:
    """A file's unsigned changes since its signed version (what the linter's
    :class:`ptk.lint.rule.HistorySource` gives)."""

    rev: str
    date: str  # of what was signed, as written in the file (ptk.signing.Signing.date)
    signed_on: str  # the latest signature's date in it
    changes: list[Change]
    pointers: list[str]  # where each change is in the current file
    amendment: int | None = None  # the avenant in force, or None for the convention
    words: list[dict[str, str]] = field(default_factory=list)  # each change, by language


def since_signed(signed: Version | None, current: Any) -> SignedChanges | None:
    """The changes of ``current`` (the file's data now) that its partners have not signed:
    the one place they are computed (lint, status, diff and the amendment read them).

    ``signed`` is the signed version found in git; when ``current`` itself holds a
    signing newer than it (signatures written, not yet committed), the file as it is
    is the signed version. None: never signed.
    """
    own = signing(current) if isinstance(current, dict) else None
    if own is not None and (signed is None or signed.signing != own):
        return SignedChanges(WORKTREE, own.date, own.signed_on, [], [], own.amendment)
    state = signed.signing if signed is not None else None
    if signed is None or state is None:
        return None
    if not isinstance(current, dict):
        return SignedChanges(signed.rev, state.date, state.signed_on, [], [], state.amendment)
    changes = unsigned(diff(signed.data, current), signed.data, current)
    pointers = [locate(current, change.path) for change in changes]
    words = [in_words(change, signed.data, current) for change in changes]
    return SignedChanges(
        signed.rev, state.date, state.signed_on, changes, pointers, state.amendment, words
    )


def in_words(change: Change, old: Any, new: Any) -> dict[str, str]:
    """A change as a lint message says it, in each language: « la cible de l’indicateur
    « x » de l’objectif 1 passe de 10 à 12 »."""
    from ptk.history.wording import sentence

    found = {}
    for lang in ("fr", "en"):
        text = sentence(change, old, new, lang).text.rstrip(".")
        found[lang] = text[:1].lower() + text[1:]
    return found
