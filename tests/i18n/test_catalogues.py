"""Both catalogues are complete, and every key the code uses exists in them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from ptk import i18n
from ptk.lint.rules import REGISTRY

PACKAGE = Path(i18n.__file__).resolve().parent.parent
_KEY = re.compile(
    r'["\']((?:input|yaml|schema|type|config|files|write|report|severity|cli|rules|'
    r'new|rule|render|doc|history|status|diff|templates|health)\.[a-z0-9][a-z0-9.-]*[a-z0-9])["\']'
)


def _catalogue(lang: str) -> dict[str, object]:
    path = i18n.LOCALE_DIR / lang / "LC_MESSAGES" / "ptk.po"
    with path.open("rb") as source:
        return {
            message.id if isinstance(message.id, str) else message.id[0]: message.string
            for message in read_po(source)
            if message.id
        }


def _rule_docs(catalogue: dict[str, object]) -> set[str]:
    return {
        key for key in catalogue if key.startswith("rule.") and key.endswith((".summary", ".doc"))
    }


def test_french_and_english_have_the_same_keys() -> None:
    french, english = _catalogue("fr"), _catalogue("en")
    assert set(french) - _rule_docs(french) == set(english)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_message_is_translated(lang: str) -> None:
    empty = [
        key
        for key, text in _catalogue(lang).items()
        if not text or (isinstance(text, tuple) and not all(text))
    ]
    assert not empty


def test_every_key_used_in_the_code_exists() -> None:
    used = set()
    for source in PACKAGE.rglob("*.py"):
        used |= set(_KEY.findall(source.read_text(encoding="utf-8")))
    known = set(_catalogue("en"))
    assert sorted(key for key in used if key not in known) == []


def test_every_rule_is_documented_in_french() -> None:
    french = _catalogue("fr")
    missing = [
        rule
        for rule in REGISTRY
        if f"rule.{rule}.summary" not in french or f"rule.{rule}.doc" not in french
    ]
    assert not missing


def test_placeholders_match_between_languages() -> None:
    french, english = _catalogue("fr"), _catalogue("en")
    fields = re.compile(r"(?<!\{)\{(\w+)\}(?!\})")
    different = [
        key
        for key, text in english.items()
        if isinstance(text, str)
        and set(fields.findall(text)) != set(fields.findall(str(french[key])))
    ]
    assert not different
