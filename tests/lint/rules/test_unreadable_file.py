from __future__ import annotations

from pathlib import Path

from ptk.lint.config import Config
from ptk.lint.engine import Engine


def test_readable_file_passes(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text("title: Fête des possibles\n", encoding="utf-8")
    assert not [p for p in Engine().check_file(path, "ok.yaml") if p.rule == "unreadable-file"]


def test_latin1_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes("title: Fête des possibles\n".encode("latin-1"))
    [problem] = Engine().check_file(path, "latin.yaml")
    assert (problem.rule, problem.line, problem.column) == ("unreadable-file", 1, 9)


def test_size_limit_from_the_configuration(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("title: " + "x" * 300 + "\n")
    [problem] = Engine(Config(max_bytes=100)).check_file(path, "big.yaml")
    assert problem.rule == "unreadable-file" and "the limit is 100 B" in problem.message("en")
