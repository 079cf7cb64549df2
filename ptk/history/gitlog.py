"""Git, and the only module that talks to it: where a repository is and where its
``HEAD`` is (read from ``.git``, without starting git), then, through GitPython, one
``git log`` of the whole repository (kept on disk), blobs, revisions and changed files.

GitPython is imported only by the functions that need it, so that a pre-commit run on
a file with no history never starts git nor imports GitPython.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ptk.errors import UsageError

_SEP = "\x1f"


class HistoryError(UsageError):
    """History cannot be read as asked (exit code 2); ``key`` and ``params`` say why."""


class Repository:
    """A git repository, opened with GitPython."""

    def __init__(self, start: Path) -> None:
        """The repository holding ``start`` (a file or a folder)."""
        import git

        folder = start.resolve() if start.is_dir() else start.resolve().parent
        try:
            self.git = git.Repo(folder, search_parent_directories=True)
        except (git.InvalidGitRepositoryError, git.NoSuchPathError):
            raise HistoryError("history.not-a-repo", path=start.as_posix()) from None
        self.root = Path(self.git.working_tree_dir or ".").resolve()

    @property
    def shallow(self) -> bool:
        """Whether the clone's history is cut short (``git clone --depth``)."""
        return (Path(self.git.git_dir) / "shallow").is_file()

    def blob(self, blob: str) -> bytes | None:
        """A blob's bytes, from git's object database (one long-running ``cat-file``)."""
        if not blob or set(blob) == {"0"}:
            return None
        try:
            data: bytes = self.git.odb.stream(bytes.fromhex(blob)).read()
        except (ValueError, OSError):
            return None
        return data

    def blobs(self, ids: list[str]) -> dict[str, bytes]:
        """Many blobs at once, read in one ``git cat-file --batch`` stream (for a run that
        needs every version of many files); those that cannot be read are left out."""
        import subprocess

        try:
            done = subprocess.run(
                ["git", "cat-file", "--batch"],
                cwd=self.root,
                input="".join(f"{blob}\n" for blob in ids).encode("ascii"),
                capture_output=True,
                check=True,
            )
        except (OSError, subprocess.CalledProcessError):
            return {}
        return dict(_batch(done.stdout))

    def commit_id(self, rev: str) -> str:
        """The full hash of revision ``rev`` (a commit, branch or tag)."""
        import git

        try:
            return str(self.git.commit(rev).hexsha)
        except (git.BadName, ValueError, git.GitCommandError):
            raise HistoryError("history.unknown-revision", rev=rev) from None

    def is_ancestor(self, ancestor: str, rev: str) -> bool:
        return bool(self.git.is_ancestor(self.git.commit(ancestor), self.git.commit(rev)))

    def changed_since(self, rev: str) -> list[Path]:
        """Files changed between ``rev`` and the working tree (untracked ones included)."""
        import git

        if self.shallow:
            try:
                self.git.commit(rev)
            except (git.BadName, ValueError):
                raise HistoryError("history.shallow") from None
        try:
            self.git.commit(rev)
            names = self.git.git.diff("--name-only", rev, "--").splitlines()
        except (git.BadName, ValueError, git.GitCommandError):
            raise HistoryError("history.unknown-revision", rev=rev) from None
        names += self.git.git.ls_files("--others", "--exclude-standard").splitlines()
        return [self.root / name for name in names if name]


def _batch(output: bytes) -> Iterator[tuple[str, bytes]]:
    """``git cat-file --batch`` records: ``<id> blob <size>\\n<content>\\n``, or
    ``<id> missing``."""
    position = 0
    while position < len(output):
        end = output.index(b"\n", position)
        header = output[position:end].split()
        position = end + 1
        if len(header) == 3:
            size = int(header[2])
            if header[1] == b"blob":
                yield header[0].decode("ascii"), output[position : position + size]
            position += size + 1


def find_repository(path: Path) -> Path | None:
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
    def read(cls, repo: Repository) -> RepositoryLog:
        """One ``git log`` of ``repo``."""
        import git

        try:
            output = repo.git.git.log(
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
    def cached(
        cls, root: Path, folder: Path | None, repo: Callable[[Path], Repository]
    ) -> RepositoryLog:
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
