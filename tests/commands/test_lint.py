"""``ptk lint``: exit codes, --strict, --today, the shipped examples."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..conftest import EXAMPLES, REPO, Runner, minimal


def test_examples_lint_clean_with_the_repository_configuration(ptk: Runner) -> None:
    result = ptk("lint", cwd=REPO)
    assert result.code == 0, result.out
    assert "0 erreur, 0 avertissement" in result.out  # the repository's .ptk.yaml says lang: fr


def test_warnings_pass_unless_strict(ptk: Runner, write: Callable[..., Path]) -> None:
    write("jardin.yaml", minimal("jardin", "consultation", "vision: ''\n"))
    result = ptk("lint", "--today", "2026-11-22")
    assert result.code == 0 and "warning missing-vision" in result.out
    assert ptk("lint", "--strict", "--today", "2026-11-22").code == 1


def test_errors_fail(ptk: Runner, write: Callable[..., Path]) -> None:
    write("jardin.yaml", minimal("jardin", "collaboration"))
    result = ptk("lint")
    assert result.code == 1 and "error missing-vision" in result.out


def test_information_sharing_is_not_buried_in_warnings(
    ptk: Runner, write: Callable[..., Path]
) -> None:
    write(
        "informel.yaml",
        minimal(
            "informel",
            "information_sharing",
            "vision: Se tenir au courant.\npartners:\n"
            "  - {id: a, name: A, contact: {email: a@example.org}}\n"
            "  - {id: b, name: B, contact: {email: b@example.org}}\n",
        ).replace(
            "partners:\n  - id: colibris-creil\n    name: Colibris du Pays creillois\n"
            "  - id: emmaus-creil\n    name: Emmaüs Creil\n",
            "",
        ),
    )
    result = ptk("lint", "--today", "2026-11-22")
    assert result.code == 0
    assert result.out.strip() == "1 file checked: 0 errors, 0 warnings, 0 notes"


def test_the_same_file_at_a_higher_level_is_asked_for_more(
    ptk: Runner, write: Callable[..., Path]
) -> None:
    write("jardin.yaml", minimal("jardin", "collaboration"))
    out = ptk("lint", "--today", "2026-11-22").out
    for rule in (
        "missing-vision",
        "missing-roles",
        "missing-evaluation",
        "missing-decision-process",
        "missing-objectives",
        "missing-exit-clause",
    ):
        assert rule in out


def test_bad_today_is_a_usage_error(ptk: Runner, write: Callable[..., Path]) -> None:
    write("jardin.yaml", minimal())
    result = ptk("lint", "--today", "22/11/2026")
    assert result.code == 2 and "--today" in result.err


def test_unreadable_file_among_others_exits_2(ptk: Runner, write: Callable[..., Path]) -> None:
    write("jardin.yaml", minimal())
    write("latin.yaml", "title: caf\xe9\n".encode("latin-1"))
    assert ptk("lint").code == 2


def test_examples_folder_exists() -> None:
    assert len(list(EXAMPLES.glob("*.yaml"))) >= 8
