from __future__ import annotations

from pathlib import Path

from ptk.lint.engine import Engine


def test_valid_yaml_passes(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text('title: "Jardin : saison 2"\n')
    assert not [p for p in Engine().check_file(path, "ok.yaml") if p.rule == "yaml-syntax"]


def test_broken_yaml_is_one_error_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("title: Jardin partagé : saison 2\nvision: x\n")
    [problem] = Engine().check_file(path, "broken.yaml")
    assert (problem.rule, problem.severity, problem.line, problem.column) == (
        "yaml-syntax",
        "error",
        1,
        23,
    )
