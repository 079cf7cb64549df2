"""The package's shape (DESIGN §2, STYLE): each folder one job, modules under 400 lines,
functions under 60, and the tests mirroring the package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "ptk"
TESTS = Path(__file__).resolve().parent
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
MODULES = sorted(PACKAGE.rglob("*.py"))


def long_functions(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name} ({length} lines)"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for length in [(node.end_lineno or node.lineno) - node.lineno + 1]
        if length >= MAX_FUNCTION_LINES
    ]


def test_modules_are_under_400_lines() -> None:
    long = [
        f"{path.relative_to(PACKAGE.parent)} ({count} lines)"
        for path in MODULES
        for count in [len(path.read_text(encoding="utf-8").splitlines())]
        if count >= MAX_MODULE_LINES
    ]
    assert long == []


def test_functions_are_under_60_lines() -> None:
    assert [found for path in MODULES for found in long_functions(path)] == []


@pytest.mark.parametrize(
    "folder", ["commands", "documents", "history", "i18n", "lint", "lint/rules", "report"]
)
def test_the_package_folders_exist_and_tests_mirror_them(folder: str) -> None:
    assert (PACKAGE / folder / "__init__.py").is_file()
    assert (TESTS / folder).is_dir()


def test_the_outside_world_is_wrapped_in_one_place() -> None:
    """GitPython only in history/gitlog.py; pypandoc and Typst only in documents/convert.py."""
    users: dict[str, set[str]] = {"git": set(), "pypandoc": set(), "typst": set()}
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom) and not node.level
                else []
            )
            for name in names:
                if name.split(".")[0] in users:
                    users[name.split(".")[0]].add(path.relative_to(PACKAGE).as_posix())
    assert users["git"] == {"history/gitlog.py"}
    assert users["pypandoc"] == {"documents/convert.py"}
    assert users["typst"] <= {"documents/convert.py"}  # it runs Typst in a child process
