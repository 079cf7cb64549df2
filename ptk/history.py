"""A partnership's history, read from git (through GitPython, and only here).

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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ptk import document
from ptk.diff import Change
from ptk.gitlog import RepositoryLog, is_shallow
from ptk.signing import Signing, administrative, signing

WORKTREE = "worktree"


class HistoryError(Exception):
    """History cannot be read as asked (exit code 2); ``key`` and ``params`` say why."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


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

    def __init__(self, path: Path, repo: Any = None, log: RepositoryLog | None = None) -> None:
        import git

        self.file = path
        try:
            self.repo = repo or git.Repo(path.resolve().parent, search_parent_directories=True)
        except (git.InvalidGitRepositoryError, git.NoSuchPathError):
            raise HistoryError("history.not-a-repo", path=path.as_posix()) from None
        root = Path(self.repo.working_tree_dir or ".").resolve()
        self.relative = path.resolve().relative_to(root).as_posix()
        self.root = root
        self.log = log or RepositoryLog.read(self.repo)
        self._parsed: dict[int, Version] = {}

    @property
    def shallow(self) -> bool:
        return is_shallow(self.repo)

    def check_not_shallow(self) -> None:
        if self.shallow:
            raise HistoryError("history.shallow")

    def versions(self) -> list[Version]:
        """Every commit that touched the file, oldest first, following renames."""
        return [
            self._read(index, path, blob)
            for index, path, blob in reversed(self.log.trail(self.relative))
        ]

    def _raw(self, blob: str) -> bytes | None:
        """A blob's bytes, from git's object database (one long-running ``cat-file``)."""
        if not blob or set(blob) == {"0"}:
            return None
        try:
            data: bytes = self.repo.odb.stream(bytes.fromhex(blob)).read()
        except (ValueError, OSError):
            return None
        return data

    def _read(self, index: int, path: str, blob: str, raw: bytes | None = None) -> Version:
        rev, day, author, subject = self.log.commits[index]
        raw = raw if raw is not None else self._raw(blob)
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
        import git

        try:
            commit = self.repo.commit(rev)
        except (git.BadName, ValueError, git.GitCommandError):
            raise HistoryError("history.unknown-revision", rev=rev) from None
        for index, path, blob in self.log.trail(self.relative):
            candidate = self.log.commits[index][0]
            if candidate == commit.hexsha or self.repo.is_ancestor(
                self.repo.commit(candidate), commit
            ):
                version = self._read(index, path, blob)
                if version.broken and version.broken.key == "input.not-found":
                    break  # deleted at that point
                return dataclasses.replace(version, rev=commit.hexsha)
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
            raw = self._raw(blob)
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


def changed_since(path: Path, rev: str) -> list[Path]:
    """Files changed between ``rev`` and the working tree (untracked ones included)."""
    import git

    try:
        repo = git.Repo(
            path.resolve() if path.is_dir() else path.resolve().parent,
            search_parent_directories=True,
        )
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        raise HistoryError("history.not-a-repo", path=path.as_posix()) from None
    if str(repo.git.rev_parse("--is-shallow-repository")).strip() == "true":
        try:
            repo.commit(rev)
        except (git.BadName, ValueError):
            raise HistoryError("history.shallow") from None
    try:
        repo.commit(rev)
        names = repo.git.diff("--name-only", rev, "--").splitlines()
    except (git.BadName, ValueError, git.GitCommandError):
        raise HistoryError("history.unknown-revision", rev=rev) from None
    names += repo.git.ls_files("--others", "--exclude-standard").splitlines()
    root = Path(repo.working_tree_dir or ".")
    return [root / name for name in names if name]
