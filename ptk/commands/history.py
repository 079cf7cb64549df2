"""``ptk history`` and ``ptk diff``: what changed in a partnership, commit by commit."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ptk import exitcodes, i18n
from ptk.console import Console
from ptk.errors import UsageError
from ptk.history.diff import Change, diff
from ptk.history.versions import WORKTREE, History, HistoryError, Version, since_signed
from ptk.history.wording import sentence
from ptk.safe import printable
from ptk.site.typography import typeset


def open_history(file: str) -> History:
    """The history of ``file``, refusing a shallow clone (its history is cut short)."""
    path = Path(file)
    if path.is_dir():
        raise UsageError("history.is-directory", path=file)
    history = History(path)
    history.check_not_shallow()
    return history


def run_history(args: argparse.Namespace, console: Console) -> int:
    console.lang = i18n.resolve_lang(args.lang, None if args.lang else console.lang)
    try:
        history = open_history(args.file)
        versions = history.versions()
    except HistoryError as error:
        raise UsageError(error.key, **error.params) from None
    if not versions:
        raise UsageError("history.not-committed", path=args.file)
    signed = history.signed(versions)
    entries = list(_entries(versions, signed))
    if args.reverse:
        entries.reverse()
    if args.format == "json":
        commits = [
            _commit_json(entry.version, entry.changes, console.lang, entry.version is signed)
            for entry in entries
        ]
        _dump({"file": args.file, "commits": commits}, console)
    else:
        for entry in entries:
            _print_commit(entry, entry.version is signed, console)
    return exitcodes.OK


@dataclass(frozen=True)
class Entry:
    """One commit of the file, its changes and the data they were made to."""

    version: Version
    changes: list[Change]
    before: Any = None  # the version before it (its last readable one)


def _entries(versions: list[Version], signed: Version | None) -> list[Entry]:
    previous: Version | None = None
    entries = []
    for version in versions:
        changes: list[Change] = []
        before = previous.data if previous else None
        if version.broken is None:
            changes = diff(previous.data, version.data) if previous else []
            previous = version
        entries.append(Entry(version, changes, before))
    return entries


def _commit_json(
    version: Version, changes: list[Change], lang: str, signed: bool
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "hash": version.rev,
        "date": version.date,
        "author": version.author,
        "subject": version.subject,
        "changes": [c.as_dict() for c in changes],
    }
    if signed:
        entry["signed"] = True
    if version.broken is not None:
        entry["error"] = i18n.message(lang, version.broken.key, **version.broken.params)
    return entry


def _print_commit(entry: Entry, signed: bool, console: Console) -> None:
    version = entry.version
    head = f"{version.short}  {version.date}  {version.author}  {version.subject}"
    console.out.write(printable(head) + "\n")  # author and subject come from anyone
    if version.broken is not None:
        message = i18n.message(console.lang, version.broken.key, **version.broken.params)
        console.out.write(
            "    " + console._("history.broken", line=version.broken.line, message=message) + "\n"
        )
    for line in plain_lines(entry.changes, entry.before, version.data, console.lang):
        console.out.write(f"    {line}\n")
    if signed:
        console.out.write("    " + console._("history.signed-here") + "\n")


def run_diff(args: argparse.Namespace, console: Console) -> int:
    console.lang = i18n.resolve_lang(args.lang, None if args.lang else console.lang)
    try:
        history = open_history(args.file)
        old, new, signed = _endpoints(history, args.revisions)
    except HistoryError as error:
        raise UsageError(error.key, **error.params) from None
    for version in (old, new):
        if version.broken is not None:
            message = i18n.message(console.lang, version.broken.key, **version.broken.params)
            console.error(
                "diff.broken",
                path=f"{args.file}:{version.broken.line}:{version.broken.column}",
                rev=version.short,
                message=message,
            )
            return exitcodes.PROBLEMS
    changes = diff(old.data, new.data)
    if args.format == "json":
        _dump(
            {
                "file": args.file,
                "from": old.rev,
                "to": new.rev,
                "changes": [change.as_dict() for change in changes],
            },
            console,
        )
        return exitcodes.OK
    old_label = _label(old, console)
    if signed is not None:
        old_label = console._("diff.signed-version", version=old_label)
    console.out.write(
        printable(console._("diff.header", file=args.file, old=old_label, new=_label(new, console)))
        + "\n"
    )
    for line in plain_lines(changes, old.data, new.data, console.lang):
        console.out.write(f"  {line}\n")
    if not changes:
        console.say("diff.none")
    elif signed is not None:
        found = since_signed(old, new.data)
        terms = found.changes if found is not None else []
        key = "diff.amendment-due" if terms else "diff.living-only"
        console.say(key, count=len(terms), file=args.file)
    return exitcodes.OK


def _endpoints(history: History, revisions: list[str]) -> tuple[Version, Version, Version | None]:
    """The two versions to compare, and the signed version when it is the first of them."""
    if len(revisions) > 2:
        raise UsageError("diff.too-many")
    if len(revisions) == 2:
        return history.at(revisions[0]), history.at(revisions[1]), None
    if len(revisions) == 1:
        return history.at(revisions[0]), history.worktree(), None
    versions = history.versions()
    if not versions:
        raise HistoryError("history.not-committed", path=history.relative)
    signed = history.signed(versions)
    return (signed or history.at("HEAD")), history.worktree(), signed


def plain_lines(changes: list[Change], old: Any, new: Any, lang: str) -> list[str]:
    """Each change as DESIGN §6's field-level summary (``level: collaboration →
    cooperation``, what the file says), then, indented under it, as a reader says it
    (« Le niveau de partenariat passe de … »), long texts by the passage that changed."""
    lines = []
    for change in changes:
        said = typeset(sentence(change, old, new, lang, brief=True).text, lang)
        lines += [printable(change.line()), "  " + printable(said)]
    return lines


def _label(version: Version, console: Console) -> str:
    if version.rev == WORKTREE:
        return console._("diff.worktree")
    return f"{version.short} ({version.date})"


def _dump(data: dict[str, Any], console: Console) -> None:
    json.dump(data, console.out, ensure_ascii=False, indent=2)
    console.out.write("\n")
