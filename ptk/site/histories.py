"""Every partnership's history for the site, read once for the whole run.

One ``git log`` of the repository (the linter's, kept on disk per ``HEAD``), then every
blob the files' histories need in one stream (:meth:`Repository.blobs`), instead of one
request per version. A version whose blob is the file as it is on disk is not parsed
again. Each file's signed version and unsigned changes are worked out once and serve
both its page and the ``changed-since-signature`` rule.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ptk.history.diff import Change, diff
from ptk.history.gitlog import Repository, RepositoryLog
from ptk.history.versions import SignedChanges

_MISSING = object()


def changes(old: Any, new: Any) -> list[Change]:
    """:func:`ptk.diff.diff`, walking only the top-level fields that differ (the same
    result: fields are compared one by one)."""
    if not isinstance(old, dict) or not isinstance(new, dict):
        return diff(old, new)
    keys = [key for key in {**old, **new} if old.get(key, _MISSING) != new.get(key, _MISSING)]
    return diff(
        {key: old[key] for key in keys if key in old}, {key: new[key] for key in keys if key in new}
    )


def blob_id(raw: bytes) -> str:
    """The id git gives these bytes as a blob."""
    return hashlib.sha1(b"blob %d\0" % len(raw) + raw, usedforsecurity=False).hexdigest()


@dataclass
class Step:
    """One commit of a partnership's history, as the timeline tells it."""

    rev: str
    date: str
    author: str
    subject: str
    changes: list[Change]
    new: Any
    broken: Any = None
    signed: bool = False
    old: Any = None  # the data of the version before, that ``changes`` start from


@dataclass
class FileHistory:
    """What the site needs of one file's history."""

    steps: list[Step] = field(default_factory=list)  # oldest first
    signed: Any = None  # ptk.history.Version
    unsigned: list[Change] = field(default_factory=list)


class Histories:
    """The histories of the files of one repository."""

    def __init__(self, root: Path, repo: Repository, log: RepositoryLog) -> None:
        self.root = root.resolve()
        self.repo = repo
        self.log = log
        self.blobs: dict[str, bytes] = {}
        self.signed: dict[str, FileHistory] = {}  # absolute path → its history

    @classmethod
    def open(cls, files: list[tuple[Path, str]], cache_folder: Path | None) -> Histories | None:
        """The histories of ``files``' repository (None outside git, or in a shallow clone)."""
        from ptk.history.gitlog import HistoryError, find_repository

        root = find_repository(files[0][0]) if files else None
        if root is None:
            return None
        try:
            repo = Repository(root)
        except HistoryError:
            return None
        if repo.shallow:
            return None
        histories = cls(root, repo, RepositoryLog.cached(root, cache_folder, lambda _: repo))
        histories.prefetch([path for path, _ in files])
        return histories

    def _relative(self, path: Path) -> str | None:
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return None

    def prefetch(self, paths: list[Path]) -> None:
        """Every blob of every file's history, in one ``git cat-file --batch``."""
        wanted = sorted(
            {
                blob
                for path in paths
                for relative in [self._relative(path)]
                if relative is not None
                for _, _, blob in self.log.trail(relative)
                if blob and set(blob) != {"0"}
            }
        )
        if wanted:
            self.blobs = self.repo.blobs(wanted)

    def read(self, path: Path, current: Any, raw: bytes | None) -> FileHistory | None:
        """The file's history, or None when git has none for it."""
        from ptk.history.gitlog import HistoryError

        relative = self._relative(path)
        if relative is None or not self.log.trail(relative):
            return None
        try:
            history = _open_history(path, self.repo, self.log)
        except (HistoryError, ValueError):
            return None
        history.blobs = self.blobs
        if raw is not None and isinstance(current, dict):
            history.known = {blob_id(raw): current}
        versions = history.versions()
        found = FileHistory(signed=history.signed(versions))
        found.steps = list(_steps(versions, found.signed))
        if found.signed is not None and isinstance(current, dict) and current:
            from ptk.history.versions import unsigned

            found.unsigned = unsigned(
                changes(found.signed.data, current), found.signed.data, current
            )
        self.signed[os.path.abspath(path)] = found
        return found

    def stamp(self, path: Path) -> str:
        """The last commit that touched ``path``."""
        relative = self._relative(path)
        return self.log.newest(relative) if relative is not None else ""

    def __call__(self, path: Path, current: Any) -> SignedChanges | None:
        """For the ``changed-since-signature`` rule: what :meth:`read` found."""
        from ptk.history.diff import locate
        from ptk.history.versions import in_words

        found = self.signed.get(os.path.abspath(path))
        if found is None or found.signed is None:
            return None
        signed = found.signed
        if not isinstance(current, dict):
            return SignedChanges(signed.rev, signed.date, signed.signed_on, [], [])
        pointers = [locate(current, change.path) for change in found.unsigned]
        words = [in_words(change, signed.data, current) for change in found.unsigned]
        return SignedChanges(
            signed.rev, signed.date, signed.signed_on, found.unsigned, pointers, words=words
        )


@functools.cache
def _history_class() -> type:
    from ptk.history.versions import History, Version

    class History_(History):
        """A history whose blobs come from the batch, and whose newest version, when it
        is the file on disk, is not parsed twice."""

        blobs: dict[str, bytes] = {}  # noqa: RUF012
        known: dict[str, Any] = {}  # noqa: RUF012

        def _read(self, index: int, path: str, blob: str, raw: bytes | None = None) -> Version:
            if blob in self.known:
                rev, day, author, subject = self.log.commits[index]
                return Version(rev, day, author, subject, path, self.known[blob])
            return super()._read(
                index, path, blob, raw if raw is not None else self.blobs.get(blob)
            )

    return History_


def _open_history(path: Path, repo: Any, log: Any) -> Any:
    return _history_class()(path, repo, log)


def _steps(versions: list[Any], signed: Any) -> Iterator[Step]:
    previous: Any = None
    for version in versions:
        found: list[Change] = []
        if version.broken is None and previous is not None:
            found = changes(previous.data, version.data)
        yield Step(
            version.rev,
            version.date,
            version.author,
            version.subject,
            found,
            version.data,
            version.broken,
            version is signed,
            previous.data if previous is not None else None,
        )
        if version.broken is None:
            previous = version
