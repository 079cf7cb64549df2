"""Results cached by content: a file that did not change is not checked again.

A file's entry is keyed by the hash of its bytes, its name (the ``id`` must match it)
and, inside git, the last commit that touched it (its signed version may change). A
whole cache folder is keyed by everything else results depend on — ptk's version, the
schema, the configuration, the rules asked for, and today's date — so changing any of
them starts a new one; the last few are kept.

Entries are spread over 256 small JSON files by the first byte of their key: a
pre-commit run on one file reads and writes one of them, a full run all of them. Each
keeps its most recently used entries. JSON, never pickle: a cache folder could come from
anyone's repository. It lives in ``.ptk_cache/`` and can be deleted at any time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ptk import __version__
from ptk.problem import Day, Problem, Term, Words
from ptk.resources import resource_dir
from ptk.writing import replace_text

FOLDER = ".ptk_cache"
KEEP = 4  # cache folders (configurations, days) kept
PER_SHARD = 4096  # entries kept per shard: about a million files in all

Entry = list[Any]
SAVED = "\0saved"  # the time the file hashes were last saved
RACY_NS = 2_000_000_000  # files changed this close to a save are hashed again
MAX_HASHES = 200_000


def hashes_saved(hashes: dict[str, list[Any]]) -> int:
    saved = hashes.get(SAVED)
    return int(saved[0]) if saved else 0


def digest(content: str, name: str) -> str:
    """The key of one file's results: its content's hash, and what else they depend on."""
    return hashlib.blake2b(f"{content}\0{name}".encode(), digest_size=16).hexdigest()


def content_hash(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


SCHEMAS = ("partnership", "health", "organisation")


def context_key(parts: Iterable[object]) -> str:
    """The key of a whole run: ptk, schema, configuration, rules, date."""
    folder = resource_dir(
        "schemas"
    )  # partnerships, health-check rounds and organisations are linted
    schema = b"".join((folder / f"{name}.schema.json").read_bytes() for name in SCHEMAS)
    text = json.dumps([__version__, hashlib.blake2b(schema).hexdigest(), *map(repr, parts)])
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


class Cache:
    """One run's view of the cache: lookups, new results, then a write of what changed."""

    def __init__(self, folder: Path, context: str) -> None:
        self.root = folder
        self.folder = folder / f"lint-{context}"
        self._shards: dict[str, dict[str, Entry]] = {}
        self._dirty: set[str] = set()
        self._hashes: dict[str, list[Any]] | None = None  # path → [mtime_ns, size, hash]
        self._hashes_changed = False
        self._started = time.time_ns()

    def content_hash(self, path: Path, max_bytes: int) -> str:
        """The hash of a file's content; read again only if its size or time changed.

        Like git's index: a file whose modification time is not safely older than the
        last save is read anyway (it may have changed within the same tick).
        """
        from ptk import document

        hashes = self._load_hashes()
        name = os.path.abspath(path)
        try:
            stat = os.stat(name)
        except OSError:
            stat = None
        known = hashes.get(name)
        if (
            stat is not None
            and known is not None
            and known[0] == stat.st_mtime_ns
            and known[1] == stat.st_size
            and stat.st_mtime_ns < hashes_saved(hashes) - RACY_NS
        ):
            return str(known[2])
        value = content_hash(document.read_bytes(path, max_bytes))
        if stat is not None:
            hashes[name] = [stat.st_mtime_ns, stat.st_size, value]
            self._hashes_changed = True
        return value

    def _load_hashes(self) -> dict[str, list[Any]]:
        if self._hashes is None:
            self._hashes = _load(self.root / "hashes.json")
        return self._hashes

    def _shard(self, key: str) -> dict[str, Entry]:
        name = key[:2]
        if name not in self._shards:
            self._shards[name] = _load(self.folder / f"{name}.json")
        return self._shards[name]

    def get(self, key: str, display: str) -> list[Problem] | None:
        stored = self._shard(key).get(key)
        return None if stored is None else [_decode(entry, display) for entry in stored]

    def put(self, key: str, problems: Sequence[Problem]) -> None:
        shard = self._shard(key)
        shard.pop(key, None)  # most recent last
        shard[key] = [_encode(problem) for problem in problems]
        while len(shard) > PER_SHARD:
            del shard[next(iter(shard))]
        self._dirty.add(key[:2])

    def save(self) -> None:
        """Write the shards that changed, atomically; a cache that cannot be written only
        costs time."""
        if self._hashes_changed and self._hashes is not None:
            self._hashes[SAVED] = [self._started]
            while len(self._hashes) > MAX_HASHES:
                del self._hashes[next(iter(self._hashes))]
            with contextlib.suppress(OSError):
                self.root.mkdir(parents=True, exist_ok=True)
                replace_text(
                    self.root / "hashes.json", json.dumps({"version": 1, "entries": self._hashes})
                )
        if not self._dirty:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.root / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# ptk's cache: safe to delete, not to commit\n*\n")
            for name in sorted(self._dirty):
                replace_text(
                    self.folder / f"{name}.json",
                    json.dumps({"version": 1, "entries": self._shards[name]}, ensure_ascii=False),
                )
            os.utime(self.folder)
            _prune(self.root, self.folder)
        except OSError:
            pass


def _load(path: Path) -> dict[str, Entry]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    entries = data.get("entries") if isinstance(data, dict) and data.get("version") == 1 else None
    return entries if isinstance(entries, dict) else {}


def _encode(problem: Problem) -> Entry:
    args = {name: _encode_value(value) for name, value in problem.args.items()}
    return [
        problem.line,
        problem.column,
        problem.rule,
        problem.severity,
        problem.key,
        args,
        problem.pointer,
    ]


def _encode_value(value: Any) -> Any:
    if isinstance(value, Term):
        return {"term": str(value)}
    if isinstance(value, Day):
        return {"day": str(value)}
    if isinstance(value, Words):
        return {"words": str(value)}
    if isinstance(value, list | tuple):
        return [_encode_value(item) for item in value]
    return value


def _decode(entry: Entry, display: str) -> Problem:
    line, column, rule, severity, key, args, pointer = entry
    return Problem(
        display,
        line,
        column,
        rule,
        severity,
        key,
        {name: _decode_value(value) for name, value in args.items()},
        pointer,
    )


def _decode_value(value: Any) -> Any:
    if isinstance(value, dict) and "words" in value:
        return Words(value["words"])
    if isinstance(value, dict):
        return Term(value["term"]) if "term" in value else Day(value.get("day", ""))
    if isinstance(value, list):
        return [_decode_value(item) for item in value]
    return value


def _prune(root: Path, keep: Path) -> None:
    import shutil

    others = sorted(
        (p for p in root.glob("lint-*") if p.is_dir() and p != keep),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in others[KEEP - 1 :]:
        shutil.rmtree(old, ignore_errors=True)
