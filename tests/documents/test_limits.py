"""Rendering is bounded: overlong words are broken, each conversion has a time limit
that ends in « document too complex », tool failures are messages naming the file, and
SIGTERM leaves no temporary folder behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ..conftest import REPO, Runner
from .conftest import pdf_text

GOOD = (REPO / "tests" / "data" / "good.yaml").read_text(encoding="utf-8")
WORD = "a" * 100_000


def _with(old: str, new: str, pid: str = "good") -> str:
    assert old in GOOD
    return GOOD.replace(old, new, 1).replace("id: good", f"id: {pid}", 1)


def test_a_100000_letter_word_is_broken_and_rendered(
    ptk: Runner, write: Callable[..., Path], tmp_path: Path
) -> None:
    write("good.yaml", _with("purpose: >-\n", f"purpose: >-\n  {WORD}\n"))
    started = time.perf_counter()
    result = ptk("render", "partnerships/good.yaml", "--to", "pdf")
    assert result.code == 0, result.err
    assert time.perf_counter() - started < 60
    assert "a" * 30 in pdf_text(tmp_path / "build" / "good-convention.pdf")


def test_too_long_a_layout_is_document_too_complex(
    ptk: Runner, write: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    write("good.yaml", GOOD)
    monkeypatch.setenv("PTK_RENDER_TIMEOUT", "0.01")
    for lang, words in (("en", ": document too complex"), ("fr", "\u00a0: document trop complexe")):
        result = ptk("render", "partnerships/good.yaml", "--to", "pdf,html", "--lang", lang)
        assert result.code == 1
        assert f"partnerships/good.yaml{words}" in result.err
        assert "Traceback" not in result.err
    assert not (tmp_path / "build" / "good-convention.pdf").exists()


def test_control_characters_do_not_reach_pandoc(
    ptk: Runner, write: Callable[..., Path], tmp_path: Path
) -> None:
    write(
        "good.yaml",
        _with("title: Jardin partagé du Pays creillois", 'title: "Jardin\\x07\\x1b[31m partagé"'),
    )
    result = ptk("render", "partnerships/good.yaml", "--to", "html,md")
    assert result.code == 0, result.err
    html = (tmp_path / "build" / "good-convention.html").read_text(encoding="utf-8")
    assert "Jardin[31m partagé" in html and "\x1b" not in html and "\x07" not in html


def test_a_broken_template_is_a_message_naming_the_file(
    ptk: Runner, write: Callable[..., Path], tmp_path: Path
) -> None:
    write("good.yaml", GOOD)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "document.typ").write_text('#panic("boom")\n$body$\n')
    result = ptk("render", "partnerships/good.yaml", "--to", "pdf,md")
    assert result.code == 2
    assert "partnerships/good.yaml: Typst could not write the PDF" in result.err
    assert "Traceback" not in result.err
    assert (tmp_path / "build" / "good-convention.md").is_file()  # the other format was written


def test_sigterm_leaves_no_temporary_folder(tmp_path: Path) -> None:
    (tmp_path / "partnerships").mkdir()
    slow = _with("title: Jardin partagé du Pays creillois", f"title: {WORD}")
    (tmp_path / "partnerships" / "good.yaml").write_text(slow, encoding="utf-8")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    environment = {**os.environ, "TMPDIR": str(temporary), "LC_ALL": "C"}
    child = subprocess.Popen(
        [sys.executable, "-m", "ptk", "render", "partnerships/good.yaml", "--to", "pdf"],
        cwd=tmp_path,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not list(temporary.glob("ptk-render-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(temporary.glob("ptk-render-*")), "the render never started"
    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 143, err
    assert b"Traceback" not in err
    assert list(temporary.glob("ptk-render-*")) == []
