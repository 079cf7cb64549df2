"""Shared test helpers: run ``ptk`` in-process, write partnership files."""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from ptk.cli import main
from ptk.console import Console

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "partnerships"

MINIMAL = """\
ptk: 1
id: {id}
title: Jardin partagé
level: {level}
status: exploring
partners:
  - id: colibris-creil
    name: Colibris du Pays creillois
  - id: emmaus-creil
    name: Emmaüs Creil
"""


@dataclass
class Result:
    code: int
    out: str
    err: str


Runner = Callable[..., Result]


@pytest.fixture
def ptk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Runner:
    """Run ``ptk`` through ``main(argv)`` in ``tmp_path`` (or ``cwd``), capturing output."""

    monkeypatch.setenv("LC_ALL", "C")  # English unless a test says --lang fr

    def run(*argv: str, cwd: Path | None = None, lang: str = "en") -> Result:
        monkeypatch.chdir(cwd or tmp_path)
        out, err = io.StringIO(), io.StringIO()
        code = main(list(argv), Console(lang, out, err))
        return Result(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """Write a file under ``tmp_path/partnerships`` (dedented text or bytes)."""

    def write_file(name: str, content: str | bytes, folder: str = "partnerships") -> Path:
        path = tmp_path / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
        return path

    return write_file


def french_spacing(text: str) -> str:
    """``text`` with the no-break spaces French typography puts before ``: ; ! ?`` and
    inside « »: what a French message must look like, written with plain spaces."""
    text = re.sub(r" ([:;!?»])", "\u00a0\\1", text)
    return text.replace("« ", "«\u00a0")


def minimal(pid: str = "jardin", level: str = "consultation", extra: str = "") -> str:
    """A schema-valid partnership, with ``extra`` YAML appended."""
    return MINIMAL.format(id=pid, level=level) + textwrap.dedent(extra)
