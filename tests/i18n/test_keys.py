"""Every key ptk can ask the catalogues for exists in both languages — those written out
in the code and templates, and those built from a prefix (``cli.{command}.help``,
``label.{kind}.{value}``, ``schema.format.{format}``…) — and French entries are French.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from ptk import cli
from ptk.i18n.formats import FREQUENCIES
from ptk.problem import SEVERITIES

from .test_catalogues import PACKAGE, _catalogue

REPO = PACKAGE.parent
TEMPLATES = REPO / "templates"
SCHEMAS = REPO / "schemas"

# label kind (``value|label("kind")`` in templates, ``label(lang, "kind", …)`` in code)
# → the schema enumeration whose values it names
LABEL_ENUMS = {
    "level": "level",
    "status": "status",
    "nature": "nature",
    "kind": "kind",
    "type": "resource_type",
    "method": "method",
    "renewal": "mode",
    "frequency": "frequency",  # free text with known values: ptk.i18n.formats.FREQUENCIES
}

# Words that are written the same in French and English (checked by reading each aloud).
SAME_IN_BOTH = {
    "FORMAT",
    "Article {number}",
    "Date",
    "Description",
    "Communication",
    "Condition",
    "Signatures",
    "Contacts",
    "Total",
    "Options",
    "options",
    "association",
    "consultation",
    "consensus",
    "vote",
    "infrastructure",
    "service",
    "[{done}/{total}] {path}",
    "ACTION",
    "Dimension",
    "Question",
    ", ",
    "{partner} {mean}",
    "Documents",
    "organisation",
    "Organisations",
    "N",
    "Signature",
    "SIRET",
    "SIREN",
    "RNA",
    "NEQ",
    "Annexes",
}


def schema_nodes(node: Any, name: str | None = None) -> Iterator[tuple[str | None, dict[str, Any]]]:
    """Every schema object with the property name it describes (items keep their list's)."""
    if isinstance(node, dict):
        yield name, node
        for key, value in node.items():
            if key in ("properties", "$defs"):
                for child, schema in value.items():
                    yield from schema_nodes(schema, child)
            elif key in ("items", "anyOf", "oneOf", "allOf"):
                yield from schema_nodes(value, name)
    elif isinstance(node, list):
        for item in node:
            yield from schema_nodes(item, name)


def enums() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    schema = json.loads((SCHEMAS / "partnership.schema.json").read_text(encoding="utf-8"))
    for name, node in schema_nodes(schema):
        if name and "enum" in node:
            found.setdefault(name, set()).update(str(value) for value in node["enum"])
    found["frequency"] = set(FREQUENCIES)
    return found


def label_kinds() -> set[str]:
    """Every kind of label the templates and the code ask for."""
    kinds = set()
    for template in TEMPLATES.rglob("*.j2"):
        kinds |= set(re.findall(r'\|label\("(\w+)"\)', template.read_text(encoding="utf-8")))
    for source in PACKAGE.rglob("*.py"):
        kinds |= set(re.findall(r'label\(\w+(?:\.\w+)?, "(\w+)"', source.read_text("utf-8")))
    return kinds


def built_keys() -> set[str]:
    """The keys the code builds from a prefix, for every value the prefix can take."""
    keys = {f"cli.{name}.{part}" for name in cli._COMMANDS for part in ("help", "description")}
    keys |= {f"severity.{severity}" for severity in SEVERITIES}
    keys |= {f"new.placeholder.partner{index}" for index in (1, 2)}
    values = enums()
    keys |= {f"label.{kind}.{v}" for kind in label_kinds() for v in values[LABEL_ENUMS[kind]]}
    for path in SCHEMAS.glob("*.schema.json"):
        for _, node in schema_nodes(json.loads(path.read_text(encoding="utf-8"))):
            if isinstance(node.get("format"), str):
                keys.add(f"schema.format.{node['format']}")
            keys |= {
                f"schema.{kind}" for kind in ("minItems", "maxItems", "maximum") if kind in node
            }
            keys |= {"schema.minimum" for kind in ("minimum",) if kind in node}
            if node.get("minLength", 1) > 1:
                keys.add("schema.minLength")
    return keys


_LOOP = re.compile(r"\{%-? for (\w+) in (?:range\((\d+), (\d+)\)|\[([^\]]*)\]) -?%\}")
_BUILT = re.compile(r'_\(\s*"([a-z][a-z0-9.-]*\.)" ?[~+] ?(\w+) ?\)')


def template_keys() -> set[str]:
    """Keys the templates name, those built in a loop included: for ``{% for n in
    range(1, 5) %}`` … ``_("doc.question." ~ n)``, ``doc.question.1`` to ``.4``."""
    keys = set()
    for template in TEMPLATES.rglob("*.j2"):
        text = template.read_text(encoding="utf-8")
        keys |= set(re.findall(r'_\(\s*"([a-z][a-z0-9.-]*[a-z0-9])"', text))
        loops: dict[str, list[str]] = {}
        for name, start, stop, listed in _LOOP.findall(text):
            values = range(int(start), int(stop)) if start else re.findall(r'"(\w+)"', listed)
            loops[name] = [str(value) for value in values]
        for prefix, name in _BUILT.findall(text):
            assert name in loops, f"{template.name}: cannot tell which keys {prefix}{{{name}}} are"
            keys |= {prefix + value for value in loops[name]}
    return keys


def test_every_label_kind_names_a_schema_enumeration() -> None:
    assert label_kinds() and label_kinds() <= set(LABEL_ENUMS)
    assert {LABEL_ENUMS[kind] for kind in label_kinds()} <= set(enums())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_keys_built_from_a_prefix_exist(lang: str) -> None:
    keys = built_keys()
    assert "label.level.information_sharing" in keys and "cli.lint.help" in keys
    assert sorted(keys - set(_catalogue(lang))) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_keys_in_templates_exist(lang: str) -> None:
    keys = template_keys()
    assert {"doc.cover.draft", "doc.evaluation.question.4"} <= keys
    assert sorted(keys - set(_catalogue(lang))) == []


def untranslated(french: dict[str, Any], english: dict[str, Any]) -> list[str]:
    """Keys whose French text is the English one, words the same in both aside."""
    return sorted(
        key
        for key, text in english.items()
        if text and french.get(key) == text and str(text) not in SAME_IN_BOTH
    )


def test_french_entries_are_not_english_left_untranslated() -> None:
    assert untranslated(_catalogue("fr"), _catalogue("en")) == []


def test_an_english_text_copied_into_french_is_caught() -> None:
    english = {"a": "no shared vision", "b": "Date", "c": "Karim"}
    french = {"a": "no shared vision", "b": "Date", "c": "Karim"}
    assert untranslated(french, english) == ["a", "c"]


_NAMED = re.compile(r'["\']([a-z]+(?:\.[A-Za-z0-9_-]+)+)["\']')
_PREFIX = re.compile(
    r'["\']([a-z]+(?:\.[A-Za-z0-9_-]+)*\.)["\'] ?[~+]|f["\']([a-z]+(?:\.[a-z_-]+)*\.)\{'
)


def reachable(keys: set[str]) -> set[str]:
    """The ``keys`` some code or template can ask for: named in full, or built from a
    prefix (``_("doc.evaluation.severity." ~ finding.severity)``, ``f"identity.{name}"``)."""
    texts = [
        source.read_text(encoding="utf-8")
        for root, pattern in ((PACKAGE, "*.py"), (TEMPLATES, "*.j2"), (TEMPLATES, "*.html"))
        for source in root.rglob(pattern)
    ]
    named = built_keys() | template_keys()
    prefixes: set[str] = set()
    for text in texts:
        named |= set(_NAMED.findall(text))
        prefixes |= {a or b for a, b in _PREFIX.findall(text)}
    return {key for key in keys if key in named or key.startswith(tuple(prefixes))}


def test_no_catalogue_entry_is_left_unused() -> None:
    keys = {key for key in _catalogue("en") if re.fullmatch(r"[a-z]+(\.[A-Za-z0-9_-]+)+", key)}
    assert "doc.cover.draft" in reachable(keys) and "doc.heading.nowhere" not in reachable(keys)
    assert sorted(keys - reachable(keys)) == []
