"""The JSON Schemas themselves, and the plain-language messages of violations."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

from ptk import schema
from ptk.document import parse
from ptk.problem import Problem
from ptk.resources import load_schema

from .conftest import minimal


@pytest.mark.parametrize("name", ["partnership", "config"])
def test_schema_follows_the_draft_2020_12_metaschema(name: str) -> None:
    document = load_schema(name)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(document)


def _properties(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            yield f"{path}/{name}", sub
        for key, value in node.items():
            if key != "x-fr":
                yield from _properties(value, f"{path}/{key}")
    elif isinstance(node, list):
        for item in node:
            yield from _properties(item, path)


@pytest.mark.parametrize("name", ["partnership", "config"])
def test_every_property_is_explained_in_english_and_french(name: str) -> None:
    missing = []
    for path, prop in _properties(load_schema(name)):
        french = prop.get("x-fr", {})
        if not (prop.get("title") and prop.get("description")):
            missing.append(f"{path}: English")
        if not (french.get("title") and french.get("description")):
            missing.append(f"{path}: French")
    assert not missing


def test_every_field_of_the_design_is_in_the_schema() -> None:
    properties = load_schema("partnership")["properties"]
    design = [
        "ptk",
        "id",
        "title",
        "lang",
        "level",
        "nature",
        "status",
        "purpose",
        "context",
        "vision",
        "shared_values",
        "partners",
        "objectives",
        "target_public",
        "needs",
        "contributions",
        "roles",
        "coordinator",
        "governance",
        "schedule",
        "budget",
        "communication",
        "evaluation",
        "decisions",
        "exit",
        "renewal",
        "conflict_of_interest",
        "signatures",
        "celebrations",
        "lessons_learned",
        "decline_reason",
    ]
    assert set(design) <= set(properties)
    assert load_schema("partnership")["required"] == [
        "ptk",
        "id",
        "title",
        "level",
        "status",
        "partners",
    ]


def test_enumerations_keep_the_designed_values() -> None:
    defs = load_schema("partnership")["$defs"]
    assert set(defs["resource_type"]["enum"]) >= {
        "financial",
        "material",
        "premises",
        "equipment",
        "staff_time",
        "volunteer_time",
        "skills",
        "service",
        "human",
        "infrastructure",
        "network",
        "other",
    }
    assert set(defs["method"]["enum"]) >= {
        "consent",
        "consensus",
        "majority",
        "vote",
        "unanimity",
        "lead_decides",
        "individual",
    }
    properties = load_schema("partnership")["properties"]
    assert properties["level"]["enum"] == [
        "information_sharing",
        "consultation",
        "coordination",
        "cooperation",
        "collaboration",
    ]
    assert set(properties["status"]["enum"]) == {
        "exploring",
        "negotiating",
        "active",
        "under_review",
        "renewed",
        "ended",
        "declined",
    }


def _messages(extra: str, lang: str) -> list[str]:
    findings = schema.validate(parse(minimal(extra=extra)).data)
    return [
        Problem("f", 1, 1, "schema", "error", f.key, f.args, f.pointer).message(lang)
        for f in findings
    ]


@pytest.mark.parametrize(
    ("extra", "english", "french"),
    [
        (
            "vision: [a]\n",
            "`vision` must be a text, not a list",
            "le champ `vision` doit être un texte, pas une liste",
        ),
        (
            "visoin: x\n",
            "unknown field `visoin` (→ `vision`?)",
            "champ inconnu `visoin` (→ `vision`?)",
        ),
        (
            "nature: operationnel\n",
            "`nature` must be one of: governance, operational, network, "
            "funding, sponsorship (not `operationnel`) (→ `operational`?)",
            "le champ `nature` doit valoir l’un de\u00a0: governance, operational, network, funding, "
            "sponsorship (pas `operationnel`) (→ `operational`?)",
        ),
        (
            "schedule: {start: 15/03/2026}\n",
            "`schedule.start` must be a date written YYYY-MM-DD (not `15/03/2026`)",
            "le champ `schedule.start` doit être une date écrite AAAA-MM-JJ (pas `15/03/2026`)",
        ),
        (
            "evaluation: {frequency_months: 0}\n",
            "`evaluation.frequency_months` must be at least 1",
            "le champ `evaluation.frequency_months` doit valoir au moins 1",
        ),
        (
            "title_: x\npurpose: 2026\n",
            "`purpose` must be a text: put the value in quotes",
            "le champ `purpose` doit être un texte\u00a0: mettez la valeur entre guillemets",
        ),
        (
            "vision:\n",
            "`vision` is empty: fill it in or remove the line",
            "le champ `vision` est vide\u00a0: remplissez-le ou supprimez la ligne",
        ),
        (
            "needs: [{type: human, description: outils, terre végétale}]\n",
            "`needs[0].terre végétale` is read as a field name",
            "`needs[0].terre végétale` est lu comme un nom de champ",
        ),
        (
            "budget: {currency: euros}\n",
            "`budget.currency` must be a three-letter currency code such as EUR or CAD (not `euros`)",
            "le champ `budget.currency` doit être un code de monnaie en trois lettres comme EUR ou CAD (pas `euros`)",
        ),
    ],
)
def test_violations_read_as_plain_sentences(extra: str, english: str, french: str) -> None:
    assert any(m.startswith(english) for m in _messages(extra, "en")), _messages(extra, "en")
    assert any(m.startswith(french) for m in _messages(extra, "fr")), _messages(extra, "fr")


def test_missing_required_fields_each_get_a_problem() -> None:
    findings = schema.validate({"ptk": 1, "partners": [{"id": "a"}, {"name": "B"}]})
    pointers = {finding.pointer for finding in findings if finding.key == "schema.required"}
    assert pointers == {"/id", "/title", "/level", "/status", "/partners/0/name", "/partners/1/id"}


def test_wrong_email_and_impossible_date() -> None:
    data = parse(minimal(extra="schedule: {start: 2026-02-30}\n")).data
    data["partners"][0]["contact"] = {"email": "at-nowhere"}
    keys = {(f.pointer, f.key) for f in schema.validate(data)}
    assert keys == {
        ("/schedule/start", "schema.format.date"),
        ("/partners/0/contact/email", "schema.format.email"),
    }
