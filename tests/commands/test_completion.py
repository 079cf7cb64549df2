"""``ptk completion bash|zsh|fish``: scripts that complete ptk's commands and options."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ..conftest import Runner


def complete_in_bash(script: str, words: list[str], tmp_path: Path) -> list[str]:
    """What bash offers after ``words`` once the script is sourced."""
    path = tmp_path / "ptk.bash"
    path.write_text(script, encoding="utf-8")
    quoted = " ".join(f"'{word}'" for word in words)
    done = subprocess.run(
        [
            "bash",
            "-c",
            f"source {path}; COMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}; "
            'COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; '
            '_shtab_ptk; printf "%s\\n" "${COMPREPLY[@]}"',
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.split()


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completes_commands_options_and_choices(ptk: Runner, tmp_path: Path) -> None:
    result = ptk("completion", "bash")
    assert result.code == 0 and result.err == ""
    assert complete_in_bash(result.out, ["ptk", "li"], tmp_path) == ["lint"]
    assert complete_in_bash(result.out, ["ptk", "lint", "--for"], tmp_path) == ["--format"]
    assert complete_in_bash(result.out, ["ptk", "lint", "--format", ""], tmp_path) == [
        "text",
        "json",
        "sarif",
        "github",
        "junit",
    ]
    assert complete_in_bash(result.out, ["ptk", "render", "--document", "am"], tmp_path) == [
        "amendment"
    ]


def test_zsh_script_defines_the_completion_function(ptk: Runner) -> None:
    result = ptk("completion", "zsh")
    assert result.code == 0
    assert result.out.startswith("#compdef ptk")
    assert "validate" in result.out and "--changed-since" in result.out


def test_fish_lines_in_the_users_language(ptk: Runner) -> None:
    french = ptk("completion", "fish", "--lang", "fr").out.splitlines()
    assert any(
        line.startswith("complete -c ptk -n __fish_use_subcommand -a lint -d ") for line in french
    )
    fmt = next(line for line in french if "subcommand_from lint' -s f -l format" in line)
    assert "-x -a 'text json sarif github junit'" in fmt
    assert "-d 'format de sortie" in fmt
    english = ptk("completion", "fish", "--lang", "en").out
    assert "-d 'output format" in english


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
def test_fish_completes_commands_and_choices(ptk: Runner, tmp_path: Path) -> None:
    path = tmp_path / "ptk.fish"
    path.write_text(ptk("completion", "fish", "--lang", "en").out, encoding="utf-8")

    def complete(line: str) -> list[str]:
        done = subprocess.run(
            ["fish", "--no-config", "-c", f"source {path}; complete -C '{line}'"],
            capture_output=True,
            text=True,
            check=True,
        )
        return [entry.split("\t")[0] for entry in done.stdout.splitlines()]

    assert complete("ptk li") == ["lint"]
    assert sorted(complete("ptk lint --format ")) == ["github", "json", "junit", "sarif", "text"]
    assert complete("ptk render --do") == ["--document"]


def test_unknown_shell_is_a_usage_error(ptk: Runner) -> None:
    result = ptk("completion", "powershell")
    assert result.code == 2
