"""Commands find the repository from wherever they run; status speaks like lint."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from ..conftest import Runner, minimal


def test_lint_inside_partnerships_finds_the_repository(
    ptk: Runner, write: Callable[..., Path], tmp_path: Path
) -> None:
    write("jardin.yaml", minimal("jardin", "collaboration"))
    write(".ptk.yaml", "lang: fr\n", folder=".")
    inside = ptk("lint", "--no-cache", cwd=tmp_path / "partnerships")
    assert inside.code == 1
    assert inside.out.startswith("jardin.yaml:") and "1 fichier vérifié" in inside.out


def test_lint_in_a_subfolder_of_a_git_repository(
    ptk: Runner, write: Callable[..., Path], tmp_path: Path
) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    write("jardin.yaml", minimal("jardin", "collaboration"))
    (tmp_path / "docs").mkdir()
    result = ptk("lint", "--no-cache", cwd=tmp_path / "docs")
    assert result.code == 1 and result.out.startswith("../partnerships/jardin.yaml:")


def test_status_exits_1_with_errors_and_says_no_history_outside_git(
    ptk: Runner, write: Callable[..., Path]
) -> None:
    write("jardin.yaml", minimal("jardin", "collaboration"))
    for lang, words in (("en", "no history"), ("fr", "pas d’historique")):
        result = ptk("status", "--lang", lang)
        assert result.code == 1
        assert words in result.out
    write("jardin.yaml", minimal("jardin", "information_sharing"))
    assert ptk("status").code == 0


def test_plurals_follow_the_count(ptk: Runner, write: Callable[..., Path]) -> None:
    write("jardin.yaml", minimal("jardin", "information_sharing"))
    assert "1 partenariat\u00a0;" in ptk("status", "--lang", "fr").out
    assert "1 partnership;" in ptk("status", "--lang", "en").out
    write("autre.yaml", minimal("autre", "information_sharing"))
    assert "2 partenariats\u00a0;" in ptk("status", "--lang", "fr").out
    assert "2 fichiers vérifiés" in ptk("lint", "--lang", "fr", "--no-cache").out
