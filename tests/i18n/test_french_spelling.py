"""No English word in French prose: every French message, help text and rule text goes
through a French spell checker (Debian's hunspell-fr); a word French does not know but
English does is English left in French text. Code spans, placeholders and ids are
taken out first: values the user types stay visibly code (`true`, `renewed`)."""

from __future__ import annotations

import re
import shutil
import subprocess

from babel.messages.pofile import read_po

from ptk import i18n

# formats, tools and names that French prose uses as they are
ALLOWED = {
    # formats and tools
    "csv",
    "docx",
    "git",
    "github",
    "gitlab",
    "html",
    "ics",
    "json",
    "junit",
    "markdown",
    "odt",
    "pandoc",
    "pdf",
    "sarif",
    "typst",
    "utf",
    "yaml",
    "xml",
    "ptk",
    "bash",
    "zsh",
    "fish",
    "pip",
    "python",
    "unicode",
    "commit",
    "commits",
    "fsck",
    "kib",
    "mib",
    # proper names and French acronyms
    "colibris",
    "emmaüs",
    "nexus",
    "santé",
    "laval",
    "cdc",
    "asbl",
    "bce",
    "rna",
    "siret",
    "siren",
    "neq",
    "obnl",
    "scic",
    "sas",
    "schema",  # JSON Schema, a name
}
CODE = re.compile(
    r"`[^`]*`|\{[^{}]*\}|\{\w+\||%\([a-z_]+\)[sdr]|%[sdr]|--?[a-z][a-z-]*|\S+\.(yaml|yml|json|typ|md)\b|\S*/\S*|\S+@\S+|[A-Z]{2,}[A-Z0-9_=]*|\S*_\S*"
)
COMMAND_LINE = re.compile(r"(?m)^\s+ptk .*$")  # examples of commands
ELIDED = {"aujourd'hui", "presqu'île"}
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _french_texts() -> list[tuple[str, str]]:
    path = i18n.LOCALE_DIR / "fr" / "LC_MESSAGES" / "ptk.po"
    with path.open("rb") as source:
        catalogue = read_po(source)
    texts = []
    for message in catalogue:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        texts.extend((key, text) for text in strings if text)
    return texts


def _words(text: str) -> set[str]:
    prose = CODE.sub(" ", COMMAND_LINE.sub(" ", text))
    found = set()
    for word in WORD.findall(prose):
        if word.isupper() or word.lower().replace("’", "'") in ELIDED:
            continue  # a heading word (CLARIFIER), or a word written with its apostrophe
        for part in re.split(r"['’-]", word):
            if len(part) > 1 and part.lower() not in ALLOWED:
                found.add(part)
    return found


def _unknown(words: set[str], dictionary: str) -> set[str]:
    done = subprocess.run(
        ["hunspell", "-d", dictionary, "-l"],
        input="\n".join(sorted(words)),
        capture_output=True,
        text=True,
        check=True,
    )
    return set(done.stdout.split())


def test_no_english_word_in_french_text() -> None:
    assert shutil.which("hunspell"), (
        "install hunspell and hunspell-fr (apt-get install hunspell-fr)"
    )
    by_word: dict[str, set[str]] = {}
    for key, text in _french_texts():
        for word in _words(text):
            by_word.setdefault(word, set()).add(key)
    not_french = _unknown(set(by_word), "fr_FR")
    english = not_french - _unknown(not_french, "en_US")
    assert sorted((word, sorted(by_word[word])[:3]) for word in english) == []
