"""Odd settings and odd YAML: a huge max_file_size, the schema check turned off, tags on
collections — each a message at its line, never a crash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ..conftest import Runner, minimal


@pytest.mark.parametrize("size", ["100000000000000", "999999999MiB", "1e400"])
def test_a_huge_max_file_size_is_a_configuration_error(
    ptk: Runner, write: Callable[..., Path], size: str
) -> None:
    write("jardin.yaml", minimal())
    write(".ptk.yaml", f"max_file_size: {size}\n", folder=".")
    for lang, words in (("en", "error config"), ("fr", "erreur config")):
        result = ptk("lint", "--lang", lang)
        assert result.code == 2
        assert result.err.startswith(f".ptk.yaml:1:1: {words} ")
        assert ("too large" if lang == "en" else "trop grand") in result.err


def test_with_the_schema_off_rules_say_they_could_not_check(
    ptk: Runner, write: Callable[..., Path]
) -> None:
    write(".ptk.yaml", "rules:\n  schema: 'off'\n", folder=".")
    write(
        "jardin.yaml",
        minimal("jardin", "collaboration").replace("id: colibris-creil", "id: [1, 2]"),
    )
    for lang, words in (("en", "could not check this file"), ("fr", "n’a pas pu vérifier")):
        result = ptk("lint", "--no-cache", "--lang", lang)
        assert result.code == 1, result.err
        assert words in result.out and "`schema`" in result.out
        assert "internal-error" not in result.out and result.err == ""


@pytest.mark.parametrize("tagged", ["partners: !!set", "partners: !!omap", "vision: !custom"])
def test_tags_on_collections_are_refused(
    ptk: Runner, write: Callable[..., Path], tagged: str
) -> None:
    name, tag = tagged.split(": ")
    text = minimal() + ("vision:\n  a: 1\n" if name == "vision" else "")
    write("jardin.yaml", text.replace(f"{name}:", tagged, 1))
    line = 1 + text[: text.index(f"{name}:")].count("\n")
    result = ptk("validate", "--lang", "fr")
    assert result.code == 1
    assert result.out.startswith(f"partnerships/jardin.yaml:{line}:")
    assert f"l'étiquette {tag}" in result.out or f"l’étiquette {tag}" in result.out
