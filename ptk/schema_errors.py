"""The compiled validator's errors, read as jsonschema would have reported them.

``jsonschema_rs`` finds the same violations as ``jsonschema`` many times faster, but
in its own order and shapes. Each of its errors is followed back through the schema
along its path (``$ref`` included): that gives jsonschema's keyword and value, the
schema object holding them, the value at fault, and the rank at which jsonschema
would have yielded the error (keywords in the schema's order, properties in the
schema's order, items and extra or misnamed properties in the file's order).

An error this module cannot follow (an unknown kind, a path it does not know, data
the compiled validator refuses) makes it give up with ``None``: the caller then asks
``jsonschema`` itself, which stays the reference.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

_Part = TypeVar("_Part", str, int)

# jsonschema_rs error kinds → the keyword jsonschema names (the ones our schemas use)
KINDS = {
    "Required": "required",
    "AdditionalProperties": "additionalProperties",
    "Type": "type",
    "Enum": "enum",
    "Constant": "const",
    "Format": "format",
    "Pattern": "pattern",
    "MinItems": "minItems",
    "MaxItems": "maxItems",
    "MinLength": "minLength",
    "MaxLength": "maxLength",
    "Minimum": "minimum",
    "Maximum": "maximum",
    "PropertyNames": "propertyNames",
}


class Unfollowable(Exception):
    """An error whose way through the schema this module does not know."""


@dataclass(frozen=True)
class Error:
    """What ``schema.validate`` reads from a ``jsonschema.ValidationError``."""

    validator: str
    validator_value: Any
    instance: Any
    absolute_path: tuple[str | int, ...]
    schema: Mapping[str, Any]
    rank: tuple[int, ...] = field(compare=False)
    message: str = ""


def compiled_errors(compiled: Any, schema: Mapping[str, Any], data: Any) -> list[Error] | None:
    """``compiled``'s errors on ``data`` in jsonschema's order, or None to ask jsonschema."""
    try:
        found = list(compiled.iter_errors(data))
    except (ValueError, OverflowError, TypeError, RecursionError):
        return None  # data the compiled validator cannot take
    errors = []
    try:
        for error in found:
            errors.extend(_follow(error, schema, data))
    except (Unfollowable, LookupError, TypeError, ValueError):
        return None
    return sorted(errors, key=lambda error: error.rank)


def kind_name(kind: object) -> str:
    """``ValidationErrorKind_Enum`` (older releases) or ``Enum`` → ``Enum``."""
    return type(kind).__name__.rpartition("_")[2]


def _follow(error: Any, root: Mapping[str, Any], data: Any) -> list[Error]:
    """The error as jsonschema reports it (none if jsonschema would accept the value)."""
    kind = kind_name(error.kind)
    path = list(getattr(error, "evaluation_path", None) or error.schema_path)
    if kind not in KINDS or not path:
        raise Unfollowable(kind)
    walk = _Walk(root, data, list(error.instance_path))
    for index, word in enumerate(path[:-1]):
        walk.step(word, path[index + 1], error)
    keyword = path[-1]
    if kind == "PropertyNames":  # a name breaks a keyword of `propertyNames` (the path says which)
        kind = next((name for name, word in KINDS.items() if word == keyword), kind)
    if KINDS[kind] != keyword or walk.where != walk.target:
        raise Unfollowable(keyword)
    value = walk.enter(keyword)
    if keyword == "pattern" and isinstance(walk.instance, str) and re.search(value, walk.instance):
        return []  # Python's `$` also matches before a final newline: jsonschema accepts it
    return [Error(keyword, value, walk.instance, tuple(walk.where), walk.schema, tuple(walk.rank))]


class _Walk:
    """A path through the schema and, alongside, through the data (as jsonschema descends)."""

    def __init__(self, root: Mapping[str, Any], data: Any, target: list[str | int]) -> None:
        self.root, self.schema, self.instance = root, root, data
        self.target = target  # the instance path the compiled validator gave
        self.where: list[str | int] = []
        self.rank: list[int] = []
        self.pending: str | None = None  # the property name that `properties` enters next

    def enter(self, keyword: str) -> Any:
        if not isinstance(self.schema, Mapping) or keyword not in self.schema:
            raise Unfollowable(keyword)
        self.rank.append(list(self.schema).index(keyword))
        return self.schema[keyword]

    def step(self, word: Any, following: Any, error: Any) -> None:
        if self.pending is not None:  # the name after `properties`
            if word != self.pending:
                raise Unfollowable(word)
            self.pending = None
            return
        value = self.enter(word)
        if word == "$ref":
            self.schema = _resolve(self.root, value)
        elif word == "properties":
            self.rank.append(list(value).index(following))
            self._into(value[following], following)
            self.pending = following
        elif word == "items":
            index = self._next(int)
            self.rank.append(index)
            self._into(value, index)
        elif word == "additionalProperties":
            name = self._next(str)
            self.rank.append(list(_extras(self.instance, self.schema)).index(name))
            self._into(value, name)
        elif word == "propertyNames":
            name = error.kind.error.instance
            self.rank.append(list(self.instance).index(name))
            self.schema, self.instance = value, name  # jsonschema keeps the object's path
        else:
            raise Unfollowable(word)

    def _next(self, kind: type[_Part]) -> _Part:
        """The next step of the instance path (an index or a name)."""
        part = self.target[len(self.where)]
        if not isinstance(part, kind):
            raise Unfollowable(str(part))
        return part

    def _into(self, schema: Any, part: str | int) -> None:
        self.schema, self.instance = schema, self.instance[part]
        self.where.append(part)


def _extras(instance: Mapping[str, Any], schema: Mapping[str, Any]) -> set[str]:
    """The extra properties, as the same set jsonschema iterates: built the same way
    (one name after the other, in the file's order), it is iterated in the same order."""
    properties = schema.get("properties", {})
    if "patternProperties" in schema:
        raise Unfollowable("patternProperties")
    return set(name for name in instance if name not in properties)


def _resolve(root: Mapping[str, Any], reference: object) -> Any:
    """A local ``#/$defs/name`` reference."""
    if not isinstance(reference, str) or not reference.startswith("#/"):
        raise Unfollowable(str(reference))
    target: Any = root
    for part in reference[2:].split("/"):
        target = target[part.replace("~1", "/").replace("~0", "~")]
    return target
