"""What the linter reads from git: a :class:`ptk.lint.rule.HistorySource` that gives each
file's unsigned changes since its signed version."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ptk.history.gitlog import HistoryError, Repository, RepositoryLog, find_repository
from ptk.history.versions import History, SignedChanges, Version, since_signed

UNREADABLE = ("history.corrupt-object", "history.git-failed")


class SignatureTracker:
    """For the linter: a file's unsigned changes since its signed version, read from git.

    One ``git log`` per repository and ``HEAD``, kept in the cache folder (so that a
    pre-commit run does not start git again); files with no history cost nothing more,
    and GitPython is imported only for files that have one. ``stamp`` gives the last
    commit that touched a file, so that cached results stay valid until the file or its
    history changes.
    """

    def __init__(self, cache_folder: Path | None = None) -> None:
        self.cache_folder = cache_folder
        self._roots: dict[str, tuple[Path | None, str]] = {}
        self._logs: dict[Path, RepositoryLog] = {}
        self._repos: dict[Path, Repository] = {}
        self._signed: dict[str, Version | None] = {}  # path → signed version
        # the last file asked about: (path, data, found); ``ptk status`` asks again for the
        # file just linted. Only the last: every file's data kept would hold whole corpora
        self._last: tuple[str, Any, SignedChanges | None] | None = None

    def __getstate__(self) -> dict[str, Any]:  # repositories are reopened in each process
        return {**self.__dict__, "_repos": {}, "_signed": {}, "_last": None}

    def _where(self, path: Path) -> tuple[Path, str] | None:
        """The repository root holding ``path`` and the path relative to it (worked out
        once per folder: a run may hold thousands of files in a few folders)."""
        folder, name = os.path.split(path)
        if folder not in self._roots:
            absolute = os.path.abspath(folder or ".")
            root = find_repository(Path(absolute))
            inside = os.path.relpath(absolute, root).replace(os.sep, "/") if root else ""
            self._roots[folder] = (root, "" if inside == "." else inside + "/")
        root, inside = self._roots[folder]
        return (root, inside + name) if root is not None else None

    def _log(self, root: Path) -> RepositoryLog:
        if root not in self._logs:
            self._logs[root] = RepositoryLog.cached(root, self.cache_folder, self._repo)
        return self._logs[root]

    def _repo(self, root: Path) -> Repository:
        if root not in self._repos:
            self._repos[root] = Repository(root)
        return self._repos[root]

    def stamp(self, path: Path) -> str:
        """The last commit that touched ``path`` (part of its cache key)."""
        where = self._where(path)
        try:
            return self._log(where[0]).newest(where[1]) if where else ""
        except HistoryError:
            return ""  # the rule says what is wrong with the history

    def __call__(self, path: Path, current: Any) -> SignedChanges | None:
        """The file's signed version and the unsigned changes of ``current`` since then
        (none when ``current`` is not a readable partnership), or None if never signed.

        Computed once per file and content: ``ptk status`` reads what the linter found.
        """
        key = os.path.abspath(path)
        if key not in self._signed:  # the history part, once per file and run
            self._signed[key] = self._signed_version(path)
        signed = self._signed[key]
        if self._last is not None and self._last[0] == key and self._last[1] is current:
            return self._last[2]
        found = since_signed(signed, current)
        self._last = (key, current, found)
        return found

    def _signed_version(self, path: Path) -> Version | None:
        where = self._where(path)
        if where is None or not self._log(where[0]).trail(where[1]):
            return None  # no history, no signed version
        try:
            history = History(path, self._repo(where[0]), self._log(where[0]))
            if history.shallow:
                return None  # the command said so once (ptk.commands._setup.history_tracker)
            return history.signed()
        except HistoryError as error:
            if error.key in UNREADABLE:
                raise  # the history is there but cannot be read: said, never taken as "none"
            return None
        except ValueError:
            return None
