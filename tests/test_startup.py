"""``ptk --help``, ``ptk --version`` and ``ptk completion`` start fast: they import no
rule, no GitPython, no Jinja, no pandoc or Typst, no jsonschema (measured with
``python -X importtime`` in a fresh interpreter)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("ptk.lint.rules", "ptk.history", "git", "jinja2", "pypandoc", "typst", "jsonschema")


def imported(argv: list[str], cwd: Path) -> set[str]:
    """Every module ``python -m ptk ARGV`` imports."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ptk", *argv],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


def heavy(modules: set[str]) -> list[str]:
    return sorted(
        name
        for name in modules
        if any(name == h or name.startswith(h + ".") for h in HEAVY)
        or name.split(".")[0] in ("jsonschema_rs", "babel")
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A group's folder whose configuration names rules (it must not load them)."""
    (tmp_path / ".ptk.yaml").write_text("lang: fr\nrules:\n  missing-vision: off\n")
    return tmp_path


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["completion", "bash"],
        ["completion", "zsh"],
        ["completion", "fish"],
    ],
)
def test_starts_without_heavy_modules(argv: list[str], folder: Path) -> None:
    modules = imported(argv, folder)
    assert "ptk.cli" in modules
    assert heavy(modules) == []


def test_the_measure_sees_what_lint_loads(folder: Path) -> None:
    (folder / "partnerships").mkdir()
    (folder / "partnerships" / "x.yaml").write_text("id: x\n")
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ptk", "lint", "--no-cache"],
        capture_output=True,
        text=True,
        cwd=folder,
        check=False,
    )
    assert done.returncode == 1
    assert "ptk.lint.rules.missing_vision" in done.stderr
