"""Git without GitPython: where the repository is, where ``HEAD`` is, and one ``git log``
of the whole repository, kept on disk.

The linter reads only this module as long as a file has no history, so that a
pre-commit run on a new partnership never starts git nor imports GitPython. Everything
that talks to git goes through ``ptk.history`` (GitPython), imported on demand.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_SEP = "\x1f"


def find_repository(path: Path) -> Any | None:
    """The git repository holding ``path``, or None (without importing GitPython)."""
    folder = path.resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


@dataclass
class RepositoryLog:
    """Every commit of a repository that touched a YAML file, read with one ``git log``.

    Each file's versions are then found by walking this log backwards from its current
    name, following renames, until the commit that added it.
    """

    commits: list[tuple[str, str, str, str]]  # newest first: hash, day, author, subject
    # path → (commit index, status, former path, blob): what each commit did to the file
    touches: dict[str, list[tuple[int, str, str, str]]]

    @classmethod
    def read(cls, repo: Any) -> RepositoryLog:
        """One ``git log`` of ``repo`` (a GitPython repository, from ``ptk.history``)."""
        import git

        try:
            output = repo.git.log(
                "-M",
                "--raw",
                "--no-abbrev",
                "--date=short",
                f"--format={_SEP}%H{_SEP}%ad{_SEP}%an{_SEP}%s",
                "--",
                "*.yaml",
                "*.yml",
            )
        except git.GitCommandError:
            output = ""  # no commit yet
        commits: list[tuple[str, str, str, str]] = []
        touches: dict[str, list[tuple[int, str, str, str]]] = {}
        for rev, day, author, subject, changes in _blocks(output):
            for status, blob, paths in changes:
                touches.setdefault(paths[-1], []).append((len(commits), status, paths[0], blob))
            commits.append((rev, day, author, subject))
        return cls(commits, touches)

    @classmethod
    def cached(cls, root: Path, folder: Path | None, repo: Callable[[Path], Any]) -> RepositoryLog:
        """The log of the repository at ``root``, from ``folder`` when ``HEAD`` has not moved."""
        head = head_id(root)
        path = folder / f"gitlog-2-{head}.json" if folder is not None and head else None
        if path is not None and path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                return cls(
                    [tuple(c) for c in data["commits"]],
                    {k: [tuple(t) for t in v] for k, v in data["touches"].items()},
                )
            except (OSError, ValueError, KeyError, TypeError):
                pass
        log = cls.read(repo(root))
        if path is not None:
            _save_quietly(path, json.dumps({"commits": log.commits, "touches": log.touches}))
        return log

    def trail(self, relative: str) -> list[tuple[int, str, str]]:
        """``(commit index, path then, blob)`` of every commit that touched the file,
        newest first."""
        found: list[tuple[int, str, str]] = []
        path, after = relative, -1
        while True:
            entries = [entry for entry in self.touches.get(path, []) if entry[0] > after]
            for index, status, former, blob in entries:
                if status == "D":
                    return found  # deleted: what came before was another file
                found.append((index, path, blob))
                if status == "A":
                    return found
                if status == "R":
                    path, after = former, index
                    break
            else:
                return found

    def newest(self, relative: str) -> str:
        """The last commit that touched the file, or ""."""
        trail = self.trail(relative)
        return self.commits[trail[0][0]][0] if trail else ""


Change = tuple[str, str, list[str]]  # status letter, new blob, paths (former first)


def _blocks(output: str) -> Iterator[tuple[str, str, str, str, list[Change]]]:
    """Parse ``git log --format=␟%H␟%ad␟%an␟%s --raw --no-abbrev`` output, whose change
    lines read ``:100644 100644 <old blob> <new blob> M\tpath`` (``R087\told\tnew``)."""
    entries = re.split(rf"(?m)^{_SEP}", output)
    for entry in entries:
        if not entry.strip():
            continue
        header, *rest = entry.split("\n")
        rev, day, author, subject = header.split(_SEP, 3)
        changes: list[Change] = []
        for line in rest:
            if line.startswith(":") and "\t" in line:
                fields, *paths = line.split("\t")
                _, _, _, blob, status = fields.split()[:5]
                changes.append((status[0], blob, paths))
        yield rev, day, author, subject, changes


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
        self._repos: dict[Path, Any] = {}
        self._signed: dict[str, Any] = {}  # path → signed Version (or None)

    def __getstate__(self) -> dict[str, Any]:  # repositories are reopened in each process
        return {**self.__dict__, "_repos": {}, "_signed": {}}

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

    def _repo(self, root: Path) -> Any:
        if root not in self._repos:
            import git

            self._repos[root] = git.Repo(root)
        return self._repos[root]

    def stamp(self, path: Path) -> str:
        """The last commit that touched ``path`` (part of its cache key)."""
        where = self._where(path)
        return self._log(where[0]).newest(where[1]) if where else ""

    def __call__(self, path: Path, current: Any) -> Any:
        """The file's signed version and the unsigned changes of ``current`` since then
        (none when ``current`` is not a readable partnership), or None if never signed."""
        from ptk.diff import diff, locate
        from ptk.history import unsigned
        from ptk.lint.rule import SignedChanges
        from ptk.signing import signing

        key = os.path.abspath(path)
        if key not in self._signed:  # the history part, once per file and run
            self._signed[key] = self._signed_version(path)
        signed = self._signed[key]
        own = signing(current) if isinstance(current, dict) else None
        if own is not None and (signed is None or signed.signing != own):
            # signed in the file, not yet committed: the file itself is the signed version
            return SignedChanges("worktree", own.date, own.signed_on, [], [], own.amendment)
        if signed is None or signed.signing is None:
            return None
        state = signed.signing
        if not isinstance(current, dict):
            return SignedChanges(signed.rev, state.date, state.signed_on, [], [], state.amendment)
        changes = unsigned(diff(signed.data, current), signed.data, current)
        pointers = [locate(current, c.path) for c in changes]
        return SignedChanges(
            signed.rev, state.date, state.signed_on, changes, pointers, state.amendment
        )

    def _signed_version(self, path: Path) -> Any:
        from ptk.history import History, HistoryError

        where = self._where(path)
        if where is None or not self._log(where[0]).trail(where[1]):
            return None  # no history, no signed version
        try:
            history = History(path, self._repo(where[0]), self._log(where[0]))
            if history.shallow:
                return None  # the command said so once (ptk.commands.check.history_tracker)
            return history.signed()
        except (HistoryError, ValueError):
            return None


def is_shallow(repo: Any) -> bool:
    """Whether the clone's history is cut short (``git clone --depth``)."""
    git_dir = Path(repo.git_dir)
    return (git_dir / "shallow").is_file()


def head_id(repository: Path) -> str:
    """The commit ``HEAD`` points to, read from ``.git`` without starting git (or "")."""
    git_dir = repository / ".git"
    try:
        if git_dir.is_file():  # a worktree or submodule: "gitdir: <path>"
            git_dir = (repository / git_dir.read_text().split(":", 1)[1].strip()).resolve()
        head = (git_dir / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head
        ref = head[5:]
        if (git_dir / ref).is_file():
            return (git_dir / ref).read_text().strip()
        for line in (git_dir / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split()[0]
    except OSError:
        pass
    return ""


def _save_quietly(path: Path, text: str) -> None:
    """Write a cache file atomically; a cache that cannot be written only costs time."""
    from ptk.writing import replace_text

    try:
        path.parent.mkdir(exist_ok=True)
        replace_text(path, text)
        for old in path.parent.glob("gitlog-*.json"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
