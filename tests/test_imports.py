"""Imports flow one way (DESIGN §2): no cycle between modules, none between the package's
parts, and the linter never reaches history, documents or the commands.

Every import counts, those inside functions included: a cycle broken only by a
function-level import is still a cycle in the design.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "ptk"

# part → the parts it must never import
FORBIDDEN = {
    "ptk.lint": ("ptk.history", "ptk.documents", "ptk.commands", "ptk.cli", "ptk.report"),
    "ptk.history": ("ptk.lint", "ptk.documents", "ptk.commands", "ptk.cli", "ptk.report"),
    "ptk.documents": ("ptk.lint", "ptk.history", "ptk.commands", "ptk.cli", "ptk.report"),
    "ptk.problem": ("ptk.lint", "ptk.history", "ptk.documents", "ptk.commands", "ptk.cli"),
    "ptk.i18n": ("ptk.problem", "ptk.lint", "ptk.history", "ptk.documents", "ptk.commands"),
    "ptk.report": ("ptk.history", "ptk.documents", "ptk.commands", "ptk.cli"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(path: Path, name: str, known: dict[str, Path]) -> Iterator[str]:
    """Every ptk module that ``path`` imports, anywhere in it (functions included)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.startswith("ptk"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if not base.startswith("ptk"):
                continue
            for alias in node.names:  # ``from ptk import i18n`` imports the module ptk.i18n
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base


@functools.cache
def graph() -> dict[str, set[str]]:
    known = modules()
    return {
        name: {target for target in imported(path, name, known) if target not in (name, "ptk")}
        for name, path in known.items()
    }


def part(name: str) -> str:
    """The top-level part a module belongs to: ``ptk.lint.rules.schema`` → ``ptk.lint``."""
    return ".".join(name.split(".")[:2])


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the directed graph, as a path that comes back to its start, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_graph_sees_function_level_imports() -> None:
    edges = graph()
    assert "ptk.i18n.formats" in edges["ptk.problem"]  # a module-level import
    assert "ptk.history.source" in edges["ptk.commands._setup"]  # inside a function


def test_no_module_imports_itself_back() -> None:
    assert find_cycle(graph()) is None


def test_the_parts_of_the_package_depend_one_way() -> None:
    parts: dict[str, set[str]] = {}
    for name, targets in graph().items():
        parts.setdefault(part(name), set()).update(
            part(t) for t in targets if part(t) != part(name)
        )
    assert find_cycle(parts) is None


@pytest.mark.parametrize("source", sorted(FORBIDDEN))
def test_forbidden_directions(source: str) -> None:
    wrong = sorted(
        f"{name} → {target}"
        for name, targets in graph().items()
        if part(name) == source
        for target in targets
        if part(target) in FORBIDDEN[source]
    )
    assert wrong == []


def test_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
