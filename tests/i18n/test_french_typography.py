"""French texts are set as a French reader expects: the apostrophe ’, a non-breaking space
(U+00A0 or the narrow U+202F) before ``: ; ! ?`` and inside « », no space before ``,`` or
``.`` — in every French catalogue entry and in every French ``--help``.  Code spans
(values the user types) and example command lines are left as they are typed."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from ptk import cli, i18n
from ptk.commands.schema_command import localized
from ptk.console import Console

from ..conftest import Runner

CODE_SPAN = re.compile(r"`[^`\n]*`")
COMMAND_LINE = re.compile(r"(?m)^[ \t]+(?:\$ )?ptk .*$")  # an example typed as it is
NO_BREAK = "\u00a0\u202f"
FAULTS = {
    "straight apostrophe": re.compile(r"'"),
    "no non-breaking space before : ; ! ?": re.compile(rf"(?<![{NO_BREAK}])[:;!?](?=[\s)»\"]|$)"),
    "no non-breaking space after «": re.compile(rf"«(?![{NO_BREAK}])"),
    "no non-breaking space before »": re.compile(rf"(?<![{NO_BREAK}])»"),
    "two spaces inside « »": re.compile(r"«\s{2}|\s{2}»"),
    "a space before , or .": re.compile(r"\s[,.](?=\s|$)"),
}


def faults(text: str) -> list[tuple[str, str]]:
    """What is typographically wrong in French ``text``, each with where it is."""
    prose = CODE_SPAN.sub("`…`", COMMAND_LINE.sub("", text))
    found = []
    for fault, pattern in FAULTS.items():
        for match in pattern.finditer(prose):
            found.append((fault, prose[max(match.start() - 25, 0) : match.end() + 10]))
    return found


def french_entries() -> Iterator[tuple[str, str]]:
    path = i18n.LOCALE_DIR / "fr" / "LC_MESSAGES" / "ptk.po"
    with path.open("rb") as source:
        for message in read_po(source):
            key = message.id if isinstance(message.id, str) else message.id[0]
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            yield from ((key, text) for text in strings if key and text)


def commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    """Every command and subcommand of ``parser``, as the words that name it."""
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, (*path, name))


COMMANDS = sorted(commands(cli.build_parser(Console("fr"))))


def test_every_french_catalogue_entry_is_set_in_french() -> None:
    wrong = {key: found for key, text in french_entries() if (found := faults(text))}
    assert wrong == {}


@pytest.mark.parametrize("command", COMMANDS, ids=lambda words: " ".join(words) or "ptk")
def test_every_french_help_is_set_in_french(ptk: Runner, command: tuple[str, ...]) -> None:
    done = ptk("--lang", "fr", *command, "--help")
    assert done.code == 0 and "utilisation" in done.out
    assert faults(done.out) == []


SCHEMAS = sorted((Path(i18n.__file__).parents[2] / "schemas").glob("*.schema.json"))


def schema_texts(node: object) -> Iterator[str]:
    """Every title and description of a schema as ``ptk schema --lang fr`` writes it."""
    if isinstance(node, dict):
        yield from (
            text for key in ("title", "description") if isinstance(text := node.get(key), str)
        )
        for value in node.values():
            yield from schema_texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from schema_texts(item)


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda path: path.name)
def test_every_french_schema_description_is_set_in_french(path: Path) -> None:
    french = localized(json.loads(path.read_text(encoding="utf-8")), "fr")
    texts = list(schema_texts(french))
    assert len(texts) > 5
    assert {text: found for text in texts if (found := faults(text))} == {}


def test_subcommands_are_helped_too() -> None:
    assert ("lint",) in COMMANDS and ("health", "report") in COMMANDS and len(COMMANDS) > 15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l'avenant", ["straight apostrophe"]),
        ("par défaut : `text`", ["no non-breaking space before : ; ! ?"]),
        ("fini; merci!", ["no non-breaking space before : ; ! ?"] * 2),
        ("« vite»", ["no non-breaking space after «", "no non-breaking space before »"]),
        ("un , deux .", ["a space before , or ."] * 2),
        ("«\u00a0\u00a0vite\u00a0»", ["two spaces inside « »"]),
        ("écrivez `l'école: oui` ou\n    ptk new --partner 'a:b'", []),
        ("l’avenant\u00a0: «\u00a0vite\u00a0», 10:30, .ptk.yaml\u202f!", []),
    ],
)
def test_faults_are_found_outside_code(text: str, expected: list[str]) -> None:
    assert [fault for fault, _ in faults(text)] == expected
