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

import orjson

from ptk import __version__
from ptk.problem import SEVERITIES, Day, Problem, Term, Words
from ptk.resources import resource_dir
from ptk.writing import replace_bytes

FOLDER = ".ptk_cache"
KEEP = 4  # cache folders (configurations, days) kept
PER_SHARD = 4096  # entries kept per shard: about a million files in all

Entry = list[Any]
SAVED = "\0saved"  # the time the file hashes were last saved
RACY_NS = 2_000_000_000  # files changed this close to a save are hashed again
MAX_HASHES = 200_000
MAX_SHARD_BYTES = 8 * 1024 * 1024  # a larger shard was not written by ptk: ignored
MAX_HASHES_BYTES = 64 * 1024 * 1024


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
        self.decoder = Decoder()

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
        if not isinstance(known, list) or len(known) != 3:
            known = None
        if (
            stat is not None
            and known is not None
            and known[0] == stat.st_mtime_ns
            and known[1] == stat.st_size
            and stat.st_mtime_ns < hashes_saved(hashes) - RACY_NS
            and _is_hash(known[2])
        ):
            return str(known[2])
        value = content_hash(document.read_bytes(path, max_bytes))
        if stat is not None:
            hashes[name] = [stat.st_mtime_ns, stat.st_size, value]
            self._hashes_changed = True
        return value

    def _load_hashes(self) -> dict[str, list[Any]]:
        if self._hashes is None:
            self._hashes = _load(self.root / "hashes.json", MAX_HASHES_BYTES)
        return self._hashes

    def _shard(self, key: str) -> dict[str, Entry]:
        name = key[:2]
        if name not in self._shards:
            self._shards[name] = _load(self.folder / f"{name}.json")
        return self._shards[name]

    def get(self, key: str, display: str) -> list[Problem] | None:
        """The problems stored for ``key``; None when absent or not exactly as ptk writes
        them (a damaged or tampered cache is a miss, never a clean file)."""
        return self.decoder.decode(self._shard(key).get(key), display)

    def put(self, key: str, problems: Sequence[Problem], display: str | None = None) -> None:
        """Store one file's problems (all at ``display``, its name, when given)."""
        try:
            self.put_entries(key, encode(problems, display))
        except ValueError:  # not storable as is (a number too long to write): checked next time
            return

    def put_entries(self, key: str, entries: list[Entry]) -> None:
        """Store one file's problems, already encoded (:func:`encode`)."""
        shard = self._shard(key)
        shard.pop(key, None)  # most recent last
        shard[key] = entries
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
                replace_bytes(
                    self.root / "hashes.json", _dumps({"version": 1, "entries": self._hashes})
                )
        if not self._dirty:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.root / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# ptk's cache: safe to delete, not to commit\n*\n")
            for name in sorted(self._dirty):
                replace_bytes(
                    self.folder / f"{name}.json",
                    _dumps({"version": 1, "entries": self._shards[name]}),
                )
            os.utime(self.folder)
            _prune(self.root, self.folder)
        except OSError:
            pass


def _dumps(data: Any) -> bytes:
    """JSON at C speed; what orjson cannot take (a lone surrogate, a huge number) goes
    through the standard library, escaped."""
    try:
        return orjson.dumps(data)
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(data).encode("ascii")


class Decoder:
    """Stored problems back into problems, checked as they are read. Arguments that files
    repeat are decoded once and shared (one object each, which reporters then write out
    once)."""

    def __init__(self) -> None:
        self._args: dict[bytes, dict[str, Any]] = {}  # stored arguments → decoded

    def decode(self, stored: Any, display: str) -> list[Problem] | None:
        """The problems of ``stored`` at ``display``; None when anything is not exactly as
        :func:`encode` writes it. The hot loop of a warm run: kept flat."""
        if stored.__class__ is not list:
            return None
        problems, shared = [], self._args
        try:
            for entry in stored:
                if entry.__class__ is not list or len(entry) != _FIELDS:
                    return None
                line, column, rule, severity, message, args, pointer = entry
                if not (
                    line.__class__ is int
                    and column.__class__ is int
                    and rule.__class__ is str
                    and message.__class__ is str
                    and args.__class__ is dict
                    and pointer.__class__ is str
                    and severity in SEVERITIES
                    and line >= 1
                    and column >= 1
                ):
                    return None
                if args:
                    raw = orjson.dumps(args)
                    args = shared.get(raw)
                    if args is None:
                        args = shared[raw] = _decode_args(entry[5])
                else:
                    args = _NO_ARGS
                problems.append(
                    Problem(display, line, column, rule, severity, message, args, pointer)
                )
        except (TypeError, ValueError, KeyError):
            return None
        return problems


def encode(problems: Sequence[Problem], display: str | None = None) -> list[Entry]:
    """One file's problems as the cache stores them (and workers send them): lists of
    plain values. ValueError for what :class:`Decoder` would not give back as it was (a
    problem at another file than ``display``, an odd severity or position)."""
    entries = []
    for problem in problems:
        if display is not None and problem.path != display:
            raise ValueError(problem.path)
        if problem.severity not in SEVERITIES or problem.line < 1 or problem.column < 1:
            raise ValueError(problem)
        entries.append(_encode(problem))
    return entries


def _is_hash(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 32 and value.isalnum()


def _load(path: Path, limit: int = MAX_SHARD_BYTES) -> dict[str, Entry]:
    """A cache file's entries; nothing when it is missing, damaged or too large."""
    try:
        if path.stat().st_size > limit:
            return {}
        raw = path.read_bytes()
    except OSError:
        return {}
    try:
        data = orjson.loads(raw)
    except ValueError:  # what orjson refuses (an escaped lone surrogate) json may take
        try:
            data = json.loads(raw.decode("utf-8"))
        except ValueError:
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
    if isinstance(value, int) and not isinstance(value, bool) and not -_BIG < value < _BIG:
        return {"int": str(value)}  # JSON readers may turn it into a float
    if isinstance(value, list | tuple):
        return [_encode_value(item) for item in value]
    if isinstance(value, dict):
        return {"dict": {str(name): _encode_value(item) for name, item in value.items()}}
    return value


_FIELDS = 7  # line, column, rule, severity, message key, arguments, pointer
_BIG = 2**53  # integers beyond it are stored as text
_NO_ARGS: dict[str, Any] = {}  # shared by every problem without arguments (never changed)


def _decode_args(args: dict[str, Any]) -> dict[str, Any]:
    return {name: _decode_value(value) for name, value in args.items()}


_TAGS = {"term": Term, "day": Day, "words": Words}


def _decode_value(value: Any) -> Any:
    if value.__class__ is str or value.__class__ is int:
        return value
    if isinstance(value, dict):
        if len(value) != 1:
            raise ValueError(value)
        [(tag, inner)] = value.items()
        if tag == "dict" and isinstance(inner, dict):
            return {name: _decode_value(item) for name, item in inner.items()}
        if tag in _TAGS and isinstance(inner, str):
            return _TAGS[tag](inner)
        if tag == "int" and isinstance(inner, str):
            return int(inner)
        raise ValueError(value)
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
