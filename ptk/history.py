"""A partnership's history, read from git (through GitPython, and only here).

Every commit that touched a file (following renames) is a :class:`Version`. The
**signed version** is the most recent commit at which every partner's signature became
complete: the commit where the last missing signature was added, or where signatures
were renewed. Later changes to the terms of the agreement are **unsigned changes**: an
amendment (« avenant ») is then due. Changes to the living record — decisions, reviews,
celebrations, lessons learned, progress on milestones and indicators, the next review
date, signatures themselves, and the status moving forward — are not.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ptk import document
from ptk.diff import Change, diff
from ptk.document import split_pointer
from ptk.partnership import Partnership

WORKTREE = "worktree"
STATUS_ORDER = {
    "exploring": 0,
    "negotiating": 1,
    "declined": 2,
    "active": 2,
    "under_review": 3,
    "renewed": 4,
    "ended": 5,
}
_LIVING = (
    ("decisions",),
    ("evaluation", "reviews"),
    ("evaluation", "next_review"),
    ("celebrations",),
    ("lessons_learned",),
    ("signatures",),
    ("schedule", "milestones", "*", "done"),
    ("objectives", "*", "indicators", "*", "current"),
)
_SEP = "\x1f"


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
    def signed(self) -> bool:
        return self.broken is None and Partnership(self.data).fully_signed()

    def signatures(self) -> dict[str, str]:
        return {
            s["partner"]: str(s.get("date"))
            for _, s in Partnership(self.data).records("signatures")
            if isinstance(s.get("partner"), str)
        }


def find_repository(path: Path) -> Any | None:
    """The git repository holding ``path``, or None (without importing GitPython)."""
    folder = path.resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


class History:
    """The versions of one partnership file."""

    def __init__(self, path: Path) -> None:
        import git

        self.file = path
        try:
            self.repo = git.Repo(path.resolve().parent, search_parent_directories=True)
        except (git.InvalidGitRepositoryError, git.NoSuchPathError):
            raise HistoryError("history.not-a-repo", path=path.as_posix()) from None
        root = Path(self.repo.working_tree_dir or ".").resolve()
        self.relative = path.resolve().relative_to(root).as_posix()
        self.root = root

    @property
    def shallow(self) -> bool:
        return str(self.repo.git.rev_parse("--is-shallow-repository")).strip() == "true"

    def check_not_shallow(self) -> None:
        if self.shallow:
            raise HistoryError("history.shallow")

    def versions(self) -> list[Version]:
        """Every commit that touched the file, oldest first, following renames."""
        versions = [self._read(rev, path, meta) for rev, path, meta in self._log()]
        return list(reversed(versions))

    def _log(self) -> Iterator[tuple[str, str, tuple[str, str, str]]]:
        import git

        try:
            output = self.repo.git.log(
                "--follow",
                "--name-status",
                "--date=short",
                f"--format={_SEP}%H{_SEP}%ad{_SEP}%an{_SEP}%s",
                "--",
                self.relative,
            )
        except git.GitCommandError:
            return  # no commit yet
        path = self.relative
        for rev, day, author, subject, status in _blocks(output):
            path = status[-1] if status else path
            yield rev, path, (day, author, subject)
            if status and status[0].startswith("C"):
                return  # copied from another partnership: a new file starts here
            if status and status[0].startswith("R"):
                path = status[1]

    def _read(self, rev: str, path: str, meta: tuple[str, str, str]) -> Version:
        day, author, subject = meta
        try:
            blob = self.repo.commit(rev).tree / path
            raw = blob.data_stream.read()
        except KeyError:  # deleted in this commit
            return Version(
                rev,
                day,
                author,
                subject,
                path,
                None,
                document.LoadError("unreadable-file", "input.not-found"),
            )
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
        for version in reversed(self.versions()):
            if version.rev == commit.hexsha or self.repo.is_ancestor(
                self.repo.commit(version.rev), commit
            ):
                if version.broken and version.broken.key == "input.not-found":
                    break  # deleted at that point
                return dataclasses.replace(version, rev=commit.hexsha)
        raise HistoryError("history.not-in-revision", path=self.relative, rev=rev)

    def head(self) -> Version:
        versions = self.versions()
        if not versions:
            raise HistoryError("history.not-committed", path=self.relative)
        return self.at("HEAD")

    def worktree(self) -> Version:
        """The file as it is now on disk."""
        try:
            data = document.load(self.file).data
        except document.LoadError as error:
            return Version(WORKTREE, "", "", "", self.relative, None, error)
        return Version(WORKTREE, "", "", "", self.relative, data)

    def signed(self, versions: list[Version] | None = None) -> Version | None:
        """The most recent commit at which every partner's signature became complete."""
        found, previous = None, None
        for version in versions if versions is not None else self.versions():
            if version.broken:
                continue
            if version.signed and (
                previous is None
                or not previous.signed
                or version.signatures() != previous.signatures()
            ):
                found = version
            previous = version
        return found


def unsigned(changes: list[Change], old: Any, new: Any) -> list[Change]:
    """The changes that alter the signed agreement (not the living record)."""
    return [change for change in changes if not _living(change, old, new)]


def _living(change: Change, old: Any, new: Any) -> bool:
    parts = split_pointer(change.path)
    if parts == ["status"]:
        before = STATUS_ORDER.get(Partnership(old).status, -1)
        return STATUS_ORDER.get(Partnership(new).status, -1) > before
    return any(_matches(parts, pattern) for pattern in _LIVING)


def _matches(parts: list[str], pattern: tuple[str, ...]) -> bool:
    return len(parts) >= len(pattern) and all(
        p in ("*", part) for p, part in zip(pattern, parts, strict=False)
    )


def _blocks(output: str) -> Iterator[tuple[str, str, str, str, list[str]]]:
    """Parse ``git log --format=␟%H␟%ad␟%an␟%s --name-status`` output."""
    entries = re.split(rf"(?m)^{_SEP}", output)
    for entry in entries:
        if not entry.strip():
            continue
        header, *rest = entry.split("\n")
        rev, day, author, subject = header.split(_SEP, 3)
        status = next((line.split("\t") for line in rest if "\t" in line), [])
        yield rev, day, author, subject, status


class SignatureTracker:
    """For the linter: a file's unsigned changes since its signed version, read from git.

    Used only inside a git repository; files never signed cost one ``git log``.
    """

    def __init__(self) -> None:
        self.shallow_seen = False

    def __call__(self, path: Path, current: Any) -> Any:
        from ptk.diff import locate
        from ptk.lint.rule import SignedChanges

        try:
            history = History(path)
            if history.shallow:
                self.shallow_seen = True
                return None
            signed = history.signed()
        except (HistoryError, ValueError):
            return None
        if signed is None:
            return None
        changes = unsigned(diff(signed.data, current), signed.data, current)
        return SignedChanges(
            signed.rev, signed.date, changes, [locate(current, c.path) for c in changes]
        )


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
