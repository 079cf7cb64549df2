"""The README's two commands are what CI and users run."""

from __future__ import annotations

import re

from .conftest import REPO


def _commands() -> dict[str, str]:
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    return {
        line.split(":")[0].lstrip("# "): lines[i + 1]
        for i, line in enumerate(lines[:8])
        if line.startswith("# demo:") or line.startswith("# tests:")
    }


def test_readme_starts_with_the_two_commands() -> None:
    commands = _commands()
    assert set(commands) == {"demo", "tests"}
    for command in commands.values():
        assert command.startswith("python3 -m venv .venv && ")  # each sets itself up
    assert "pip install -q -e '.[render]' && " in commands["demo"]  # documents need the extra
    assert "pip install -q -e '.[render,test]' && " in commands["tests"]
    assert "ptk lint partnerships/" in commands["demo"]
    assert "ptk render --all" in commands["demo"]

    assert "pytest" in commands["tests"]


def test_ci_runs_the_readme_test_command() -> None:
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "grep -A1 '^# tests:' README.md" in script and 'eval "$command"' in script


def test_install_docs_name_the_distribution_in_both_languages() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    english, french = text.split("## ptk en français")
    for part in (english, french):
        assert "pipx install partnership-toolkit" in part
        assert "uv tool install partnership-toolkit" in part
        assert "'partnership-toolkit[render]'" in part


def test_every_picture_the_readme_shows_is_in_the_repository() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    pictures = re.findall(r'(?:src="|\]\()(docs/images/[^")]+)', text)
    assert {"docs/images/convention-first-page.png", "docs/images/convention-last-page.png"} <= set(
        pictures
    )
    for picture in pictures:
        assert (REPO / picture).is_file(), picture
