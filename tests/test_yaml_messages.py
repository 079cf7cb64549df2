"""The YAML mistakes a volunteer makes get a message that names the fix, in French and
English, at the line to change — never the parser's English."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import Runner

HEAD = "ptk: 1\nid: m\nlevel: consultation\nstatus: exploring\n"
PARTNERS = "partners:\n  - {id: a, name: A}\n  - {id: b, name: B}\n"

CASES = [
    (
        "apostrophe",
        HEAD + "title: 'L'école'\n" + PARTNERS,
        "5:11",
        "double it (`'L''école'`) or put the text in double quotes",
        "doublez-la (`'L''école'`) ou mettez le texte entre guillemets doubles",
    ),
    (
        "apostrophe-in-braces",
        HEAD + "title: x\npartners:\n  - {id: a, name: 'L'école'}\n  - {id: b, name: B}\n",
        "7:22",
        "double it",
        "doublez-la",
    ),
    (
        "unclosed-quote",
        HEAD + "title: \"L'école\n" + PARTNERS,
        "5:8",
        "closing quote",
        "guillemet",
    ),
    (
        "tab",
        HEAD + "title: x\npartners:\n\t- {id: a, name: A}\n  - {id: b, name: B}\n",
        "7:1",
        "indent with spaces",
        "espaces",
    ),
    (
        "forgotten-dash",
        HEAD + "title: x\npartners:\n  - id: a\n    name: A\n    id: b\n    name: B\n",
        "9:5",
        "a dash `-` is probably missing before this partner",
        "il manque sans doute un tiret `-` avant ce partenaire",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "where", "english", "french"), CASES, ids=[c[0] for c in CASES]
)
def test_yaml_mistakes_name_their_fix(
    ptk: Runner,
    write: Callable[..., Path],
    name: str,
    text: str,
    where: str,
    english: str,
    french: str,
) -> None:
    write("m.yaml", text)
    for lang, words in (("en", english), ("fr", french)):
        result = ptk("validate", "--lang", lang)
        assert result.code == 1
        [line] = result.out.splitlines()[:1]
        severity = "erreur" if lang == "fr" else "error"
        assert line.startswith(f"partnerships/m.yaml:{where}: {severity} yaml-syntax "), line
        assert words in line
        if lang == "fr":
            assert "found" not in line and "expected" not in line and "keep only one" not in line


def test_a_key_really_written_twice_is_still_said_so(
    ptk: Runner, write: Callable[..., Path]
) -> None:
    write("m.yaml", HEAD + "title: x\ncontact:\n    name: A\n    name: B\n" + PARTNERS)
    line = ptk("validate", "--lang", "fr").out.splitlines()[0]
    assert line.startswith("partnerships/m.yaml:8:5:") and "écrit deux fois" in line
