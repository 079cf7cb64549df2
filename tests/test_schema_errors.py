"""The compiled validator's errors give exactly jsonschema's findings, kind by kind."""

from __future__ import annotations

from typing import Any

import pytest

from ptk import schema
from ptk.document import parse
from ptk.resources import load_schema
from ptk.schema_errors import compiled_errors

from .conftest import REPO, minimal


def _partnership(extra: str = "", **changes: Any) -> Any:
    data = parse(minimal(extra=extra)).data
    data.update(changes)
    return data


def _organisation(**changes: Any) -> Any:
    data = parse((REPO / "organisations" / "emmaus-creil.yaml").read_text()).data
    data.update(changes)
    return data


def _round(**changes: Any) -> Any:
    path = REPO / "health" / "jardin-emmaus-creil" / "2026-10-10.yaml"
    data = parse(path.read_text()).data
    data.update(changes)
    return data


def _answers(answers: dict[str, Any]) -> Any:
    data = _round()
    data["responses"][0]["answers"] = answers
    return data


def _contact(contact: dict[str, Any]) -> Any:
    data = _partnership()
    data["partners"][1]["contact"] = contact
    return data


# (schema, data, a key the findings must hold): every kind of error our schemas produce
CASES: dict[str, tuple[str, Any, str]] = {
    "required": ("partnership", {"ptk": 1, "partners": [{"id": "a"}, {}]}, "schema.required"),
    "unknown field, suggestion": (
        "partnership",
        _partnership("visoin: x\n"),
        "schema.unknown-field",
    ),
    "unknown field, comma": (
        "partnership",
        _partnership("needs: [{type: human, description: outils, terre végétale}]\n"),
        "schema.unknown-field.comma",
    ),
    "type": ("partnership", _partnership("vision: [a]\n"), "schema.type"),
    "type of the root": ("partnership", ["a", "list"], "schema.type.root"),
    "type null": ("partnership", _partnership("schedule:\n"), "schema.type.null"),
    "type quote": ("partnership", _partnership("purpose: 2026\n"), "schema.type.quote"),
    "enum with a hint": ("partnership", _partnership("nature: operationnel\n"), "schema.enum"),
    "enum of another type": ("partnership", _partnership(level=3), "schema.enum"),
    "const": ("partnership", _partnership(ptk=2), "schema.const"),
    "const true is not 1": ("health", _round(ptk=True), "schema.const"),
    "format date": (
        "partnership",
        _partnership("schedule: {start: 2026-02-30}\n"),
        "schema.format.date",
    ),
    "format email": ("partnership", _contact({"email": "at-nowhere"}), "schema.format.email"),
    "pattern identifier": (
        "partnership",
        _partnership(id="Jardin Partagé"),
        "schema.pattern.identifier",
    ),
    "pattern currency": (
        "partnership",
        _partnership("budget: {currency: euros}\n"),
        "schema.pattern.currency",
    ),
    "pattern phone": (
        "organisation",
        _organisation(contact={"phone": "x"}),
        "schema.pattern.phone",
    ),
    "pattern logo": ("organisation", _organisation(logo="/etc/logo.gif"), "schema.pattern"),
    "pattern, final newline": ("organisation", _organisation(logo="logo.png\n"), ""),
    "minItems": (
        "partnership",
        _partnership(partners=[{"id": "a", "name": "A"}]),
        "schema.minItems",
    ),
    "minLength 1": ("partnership", _partnership(title=""), "schema.empty"),
    "maxLength": ("partnership", _partnership(id="a" * 81), "schema.maxLength"),
    "minimum": (
        "partnership",
        _partnership("evaluation: {frequency_months: 0}\n"),
        "schema.minimum",
    ),
    "maximum": ("health", _answers({"trust.1": 6}), "schema.maximum"),
    "propertyNames, health": ("health", _answers({"Trust": 3, "trust.1": 0}), "schema.pattern"),
    "propertyNames, config": (
        "config",
        {"rules": {"Bad_Name": "off", "ok": {"severity": "bogus"}, "x": 5}, "zz": 1},
        "schema.pattern.identifier",
    ),
    "config format and pattern": (
        "config",
        {"today": "2026-13-01", "max_file_size": "1 GiB"},
        "schema.format.date",
    ),
    "text that looks like a number out of range": (
        "partnership",
        _partnership("visoin: FR76 3000 6000 0112 3456 7890 189, 12345678901234567, NaN, e+3\n"),
        "schema.unknown-field",
    ),
    "many in one file": (
        "partnership",
        _partnership(
            "visoin: x\nschedule: {start: 2026-02-30}\nbudget: {currency: euros}\n",
            partners=[{"id": "A", "zz": 1}, {}, {"name": "x", "contact": {"email": "y"}}],
            level="partenariat",
        ),
        "schema.required",
    ),
}

# numbers the compiled validator cannot hold, or that no document can print
NUMBERS: dict[str, Any] = {
    "too large, 64 bits": 10**16,
    "too large, beyond 64 bits": 2**70,
    "too small, beyond 64 bits": -(2**70),
    "huge float": 1e300,
    "infinite": float("inf"),
    "not a number": float("nan"),
}


@pytest.mark.parametrize("case", CASES)
def test_each_kind_of_error_reads_as_jsonschema_reads_it(case: str) -> None:
    name, data, key = CASES[case]
    fast, slow = schema.validate(data, name), schema.validate(data, name, fast=False)
    assert fast == slow
    assert compiled_errors(schema.fast_validator(name), load_schema(name), data) is not None
    if key:
        assert key in {finding.key for finding in fast}
    else:
        assert fast == [] and not schema.is_valid(data, name)  # only jsonschema accepts it


def test_a_missing_field_is_reported_once() -> None:
    findings = schema.validate({"ptk": 1, "partners": [{}, {}]})
    required = [f.pointer for f in findings if f.key == "schema.required"]
    assert sorted(required) == sorted(set(required))
    assert "/partners/1/name" in required


@pytest.mark.parametrize("case", NUMBERS)
def test_numbers_out_of_range_are_found_on_both_paths(case: str) -> None:
    data = _partnership("budget: {total: 1}\n")
    data["budget"]["total"] = NUMBERS[case]
    data["visoin"] = "a typo beside it"
    fast, slow = schema.validate(data), schema.validate(data, fast=False)
    assert fast == slow
    assert {f.key for f in fast} >= {"schema.unknown-field"}
    assert {f.key for f in fast} & {"schema.number-too-large", "schema.number-not-finite"}


@pytest.mark.parametrize(
    "data",
    [{1: "a key that is not text"}, {"title": "\udc80 half a character"}],
    ids=["int key", "lone surrogate"],
)
def test_data_the_compiled_validator_refuses_goes_to_jsonschema(data: Any) -> None:
    fast, slow = schema.validate(data), schema.validate(data, fast=False)
    assert fast == slow and fast


def test_an_unknown_kind_of_error_goes_to_jsonschema() -> None:
    import jsonschema_rs

    document = {"type": "object", "properties": {"n": {"multipleOf": 2}}}
    compiled = jsonschema_rs.validator_for(document)
    assert compiled_errors(compiled, document, {"n": 3}) is None
    assert compiled_errors(compiled, document, {"n": 4}) == []
