"""Files checked on every core: worker processes, each with a copy of the engine, send
back each file's problems as the cache stores them (plain lists cross processes at C
speed, where problems would be pickled one attribute at a time)."""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any, Protocol

from ptk.lint.cache import Decoder, Entry, encode
from ptk.lint.failures import crash_problem
from ptk.problem import Problem


class Checker(Protocol):
    """What a worker runs: the engine, without its cache (the parent keeps that)."""

    def check_hashed(self, path: Path, display: str) -> tuple[list[Problem], str]: ...


PARALLEL_THRESHOLD = 150  # files per extra process: below it, starting processes costs more
CHUNK = 64

# one file checked: its problems, the hash of the bytes checked, the problems as stored
Checked = tuple[list[Problem], str, list[Entry] | None]


def check(
    engine: Checker, files: list[tuple[Path, str]], workers: int, decoder: Decoder
) -> list[Checked]:
    """Each file checked by one of ``workers`` processes, in the files' order."""
    import multiprocessing  # only for large runs: not worth importing for a pre-commit
    from concurrent.futures import ProcessPoolExecutor

    chunks = [files[start : start + CHUNK] for start in range(0, len(files), CHUNK)]
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start, initargs=(engine,)
    ) as pool:
        sent = [found for chunk in pool.map(_check_chunk, chunks) for found in chunk]
    return [
        _received(decoder, display, *found) for (_, display), found in zip(files, sent, strict=True)
    ]


_WORKER: Checker | None = None


def _start(engine: Checker) -> None:
    global _WORKER
    _WORKER = engine
    gc.freeze()  # what the parent built stays put: collections only walk new objects


def _check_chunk(chunk: list[tuple[Path, str]]) -> list[tuple[list[Any], str, bool]]:
    """In a worker: each file's problems, encoded as the cache stores them when they can
    be (then True), and the hash of the bytes checked."""
    assert _WORKER is not None
    gc.disable()  # parsing makes many short-lived objects and no cycles worth chasing
    sent: list[tuple[list[Any], str, bool]] = []
    try:
        for path, display in chunk:
            problems, content = _WORKER.check_hashed(path, display)
            try:
                sent.append((encode(problems, display), content, True))
            except ValueError:  # not storable as is: the problems themselves
                sent.append((problems, content, False))
        return sent
    finally:
        gc.enable()
        gc.collect()  # the chunk's cycles: with the collector paused, nothing else frees them


def _received(
    decoder: Decoder, display: str, found: list[Any], content: str, encoded: bool
) -> Checked:
    """What a worker sent, as problems (and the encoded form, to store as it is)."""
    if not encoded:
        return found, content, None
    problems = decoder.decode(found, display)
    if problems is None:  # never: encode checks what decode checks
        return [crash_problem(display, ValueError("undecodable results"))], "", None
    return problems, content, found
