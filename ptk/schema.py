"""Validation against the JSON Schema, with messages a volunteer can read.

jsonschema's own messages are English and technical; each common kind of
violation becomes a catalogue key here, with the field's path and, where it
helps, a suggestion ("did you mean `vision`?").
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from ptk.document import join_pointer
from ptk.problem import Finding, Term
from ptk.resources import load_schema
from ptk.schema_errors import compiled_errors

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_date(value: object) -> bool:
    """``YYYY-MM-DD`` and a real day of the calendar."""
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return not isinstance(value, str)
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_email(value: object) -> bool:
    """Something that looks like an e-mail address."""
    return not isinstance(value, str) or bool(_EMAIL.fullmatch(value))


FORMATS: dict[str, Callable[[object], bool]] = {"date": is_date, "email": is_email}


@functools.cache
def validator(name: str = "partnership") -> Any:
    """A Draft 2020-12 validator for ``schemas/<name>.schema.json``, formats checked."""
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())
    for format_name, check in FORMATS.items():
        checker.checks(format_name)(check)
    cls = jsonschema.Draft202012Validator
    return cls(load_schema(name), format_checker=checker)


@functools.cache
def fast_validator(name: str = "partnership") -> Any:
    """A compiled (Rust) Draft 2020-12 validator: it only says whether ``data`` is valid."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(
        load_schema(name), formats=dict(FORMATS), validate_formats=True
    )


def is_valid(data: Any, name: str = "partnership") -> bool:
    """Whether ``data`` follows the schema, the fast way."""
    try:
        return bool(fast_validator(name).is_valid(data))
    except (ValueError, OverflowError, TypeError):  # data the compiled validator cannot take
        return False


def validate(data: Any, name: str = "partnership", fast: bool = True) -> list[Finding]:
    """Every schema violation in ``data``, as findings sorted by pointer.

    Most files are valid: the compiled validator says so in microseconds. The errors
    it finds in the others are read as ``jsonschema`` reports them (``schema_errors``);
    ``jsonschema`` itself, the reference, explains what the compiled validator cannot
    take (numbers too large to hold, anything odd).
    """
    errors: Iterable[Any] | None = None
    in_range = fast and _in_range(data)  # nearly always: then no number needs a finding
    if in_range or (fast and _finite(data)):
        if is_valid(data, name):
            return []
        errors = compiled_errors(fast_validator(name), load_schema(name), data)
    findings = [] if in_range else bad_numbers(data)
    if errors is None:
        errors = validator(name).iter_errors(data)
    seen_required: set[str] = set()
    for error in errors:
        pointer = join_pointer(*error.absolute_path)
        if error.validator == "required":
            if pointer in seen_required:
                continue
            seen_required.add(pointer)
        findings.extend(_describe(error, pointer))
    return findings


MAX_NUMBER = 10**15  # far above any amount or count a partnership holds


def bad_numbers(data: Any) -> list[Finding]:
    """Numbers no document can print: infinite, not a number, or absurdly large.

    >>> [f.pointer for f in bad_numbers({"a": [1, float("nan")], "b": 10**20, "c": 2.5})]
    ['/a/1', '/b']
    """
    return list(_bad_numbers(data, ()))


def _in_range(data: Any) -> bool:
    """Whether every number in ``data`` is finite and within MAX_NUMBER (no paths kept:
    a quick walk; :func:`bad_numbers` says where when one is not).

    >>> _in_range({"a": [1, 2.5, True], "b": "x"}), _in_range({"a": [float("nan")]})
    (True, False)
    """
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            continue
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif _out_of_range(value):
            return False
    return True


def _finite(data: Any) -> bool:
    """Whether ``data`` holds no infinite or NaN number (one pass in C)."""
    import json

    try:
        json.dumps(data, allow_nan=False, default=str)
    except ValueError:
        return False
    return True


def _bad_numbers(data: Any, path: tuple[str | int, ...]) -> Iterator[Finding]:
    if isinstance(data, dict):
        for name, value in data.items():
            yield from _bad_numbers(value, (*path, name))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _bad_numbers(value, (*path, index))
    elif _out_of_range(data):
        key = "schema.number-not-finite" if data != data else "schema.number-too-large"
        yield Finding(join_pointer(*path), key, {"field": _field(path), "limit": "10¹⁵"})


def _out_of_range(value: Any) -> bool:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    return not abs(value) <= MAX_NUMBER  # also true of NaN


_TYPE_TERMS = {
    "string": "type.string",
    "integer": "type.integer",
    "number": "type.number",
    "boolean": "type.boolean",
    "array": "type.array",
    "object": "type.object",
    "null": "type.null",
}

_PATTERN_KEYS = {
    "^[a-z0-9]+(-[a-z0-9]+)*$": "schema.pattern.identifier",
    "^[A-Z]{3}$": "schema.pattern.currency",
    "^[+0-9 ().-]{6,25}$": "schema.pattern.phone",
}


def _describe(error: Any, pointer: str) -> Iterator[Finding]:
    kind, value, instance = error.validator, error.validator_value, error.instance
    field = _field(error.absolute_path)
    if kind == "required":
        for name in value:
            if isinstance(instance, dict) and name not in instance:
                yield Finding(
                    join_pointer(*error.absolute_path, name),
                    "schema.required",
                    {"field": _field([*error.absolute_path, name])},
                )
    elif kind == "additionalProperties" and isinstance(instance, dict):
        yield from _unknown_fields(error, instance)
    elif kind == "type":
        expected = [value] if isinstance(value, str) else value
        key = _type_key(error.absolute_path, expected, instance)
        yield Finding(
            pointer,
            key,
            {
                "field": field,
                "expected": [Term(_TYPE_TERMS[t]) for t in expected],
                "found": Term(_TYPE_TERMS[_json_type(instance)]),
            },
        )
    elif kind == "enum":
        yield Finding(
            pointer,
            "schema.enum",
            {
                "field": field,
                "value": instance,
                "choices": list(value),
                **_suggestion(instance, value),
            },
        )
    elif kind == "const":
        yield Finding(pointer, "schema.const", {"field": field, "expected": value})
    elif kind == "format":
        yield Finding(pointer, f"schema.format.{value}", {"field": field, "value": instance})
    elif kind == "pattern":
        yield Finding(
            pointer,
            _PATTERN_KEYS.get(value, "schema.pattern"),
            {"field": field, "value": instance, "pattern": value},
        )
    elif kind in ("minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum"):
        key = "schema.empty" if kind == "minLength" and value == 1 else f"schema.{kind}"
        yield Finding(pointer, key, {"field": field, "limit": value})
    else:
        yield Finding(pointer, "schema.other", {"field": field, "detail": error.message})


def _type_key(path: Any, expected: list[str], instance: object) -> str:
    if not path:
        return "schema.type.root"
    if instance is None:
        return "schema.type.null"
    if expected == ["string"] and isinstance(instance, int | float):
        return "schema.type.quote"
    return "schema.type"


def _unknown_fields(error: Any, instance: dict[str, Any]) -> Iterator[Finding]:
    allowed = list(error.schema.get("properties", {}))
    for name in instance:
        if name not in allowed:
            comma = instance[name] is None and " " in name.strip()
            key = "schema.unknown-field.comma" if comma else "schema.unknown-field"
            yield Finding(
                join_pointer(*error.absolute_path, name),
                key,
                {
                    "field": _field([*error.absolute_path, name]),
                    "allowed": allowed,
                    **_suggestion(name, allowed),
                },
            )


def _suggestion(value: object, choices: list[Any]) -> dict[str, str]:
    if not isinstance(value, str):
        return {"hint": ""}
    return {"hint": _hint(value, tuple(str(choice) for choice in choices))}


@functools.lru_cache(maxsize=4096)
def _hint(value: str, words: tuple[str, ...]) -> str:
    """`` (→ `vision`?)`` when a word is close to ``value`` (the same typos come back)."""
    close = difflib.get_close_matches(value.lower(), words, n=1, cutoff=0.6)
    return f" (→ `{close[0]}`?)" if close else ""


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _field(path: Any) -> str:
    """``["partners", 1, "contact", "email"]`` → ``partners[1].contact.email``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "/"
