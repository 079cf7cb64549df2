"""pandoc and Typst run as child processes with a time limit, so that no document —
however hostile — keeps ``ptk render`` busy for minutes or takes ptk down with it
(a Typst panic ends the child, not ptk)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

DEFAULT_SECONDS = 60.0
# one Typst compilation in a fresh interpreter: ptk never imports Typst itself
_TYPST = """\
import sys
try:
    import typst
    stamp = {"timestamp": int(sys.argv[4])} if sys.argv[4] else {}
    typst.compile(
        sys.argv[1], output=sys.argv[2], root=sys.argv[3], ignore_system_fonts=True, **stamp
    )
except BaseException as error:  # a Typst panic included: its message, not a traceback
    sys.stderr.write(str(error) or type(error).__name__)
    sys.exit(1)
"""
_LONG_WORD = re.compile(r"\w{60,}")


class Failed(Exception):
    """The tool failed (``detail``: the end of what it said) or ran out of time."""

    def __init__(self, detail: str, timed_out: bool = False) -> None:
        super().__init__(detail)
        self.detail = detail
        self.timed_out = timed_out


def seconds() -> float:
    """The time limit of one conversion (``PTK_RENDER_TIMEOUT`` overrides it)."""
    try:
        value = float(os.environ.get("PTK_RENDER_TIMEOUT", DEFAULT_SECONDS))
    except ValueError:
        return DEFAULT_SECONDS
    return value if value > 0 else DEFAULT_SECONDS


_RUNNING: set[subprocess.Popen[bytes]] = set()
_LOCK = threading.Lock()
_STOPPING = False


def run(command: list[str], cwd: Path) -> None:
    """Run ``command`` in ``cwd`` within the time limit, or raise :class:`Failed`."""
    try:
        child = subprocess.Popen(
            command,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
    except OSError as error:
        raise Failed(error.strerror or str(error)) from None
    with _LOCK:
        _RUNNING.add(child)
        if _STOPPING:
            child.kill()
    try:
        _, stderr = child.communicate(timeout=seconds())
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise Failed("", timed_out=True) from None
    finally:
        with _LOCK:
            _RUNNING.discard(child)
    if child.returncode != 0:
        said = stderr.decode("utf-8", "replace").strip().splitlines()
        raise Failed(" / ".join(line.strip() for line in said[-3:])[-500:])


def stop_all() -> None:
    """End every conversion running, and any about to start (ptk is being stopped)."""
    global _STOPPING
    with _LOCK:
        _STOPPING = True
        for child in _RUNNING:
            child.kill()


def pandoc(arguments: list[str], cwd: Path) -> None:
    """pandoc (from the ``pypandoc-binary`` wheel) with ``arguments``."""
    import pypandoc

    run([pypandoc.get_pandoc_path(), *arguments], cwd)


def typst(source: Path, output: Path, root: Path, timestamp: int | None = None) -> None:
    """Typst compiles ``source`` into the PDF ``output``, seeing only ``root``;
    ``timestamp`` (seconds since 1970) is the creation date the PDF records."""
    stamp = "" if timestamp is None else str(timestamp)
    run([sys.executable, "-c", _TYPST, str(source), str(output), str(root), stamp], root)


def breakable(text: str) -> str:
    """Words longer than any real one (60 letters or more) are cut by a space every 30
    letters: pandoc's Typst writer takes minutes over a 100,000-letter word.

    >>> breakable("a" * 70).count(" ")
    2
    """
    return _LONG_WORD.sub(lambda match: " ".join(_chunks(match.group(0), 30)), text)


def _chunks(word: str, size: int) -> list[str]:
    return [word[start : start + size] for start in range(0, len(word), size)]
