"""YAML 1.2 for partnership files: text → plain data, refusing with a position what could
hurt or mislead.

libyaml's C parser (through PyYAML) builds the node tree; the data is then built here,
so that ``no`` stays a string and dates stay ISO strings, and duplicate keys, alias
bombs, recursive aliases, unknown tags and extreme nesting are refused before anything
walks the data. What the parser says is mapped to ptk's own messages: its English never
reaches a reader.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from ptk.yamlerrors import LoadError, mark_position, syntax_error

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - wheels of PyYAML ship libyaml
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

MAX_DEPTH = 64
SAFE_COMPOSE_DEPTH = 1000  # far below what exhausts the C stack, far above any partnership
_INDENT = re.compile(r"(?m)^[ ?-]+")

MAX_ALIAS_NODES = 10_000

_PLAIN = "tag:ptk:plain"
_TAG = "tag:yaml.org,2002:"


# PyYAML's own defaults, what its resolver gives when no resolver of ours matches
_DEFAULT_TAGS = {
    yaml.ScalarNode: _TAG + "str",
    yaml.SequenceNode: _TAG + "seq",
    yaml.MappingNode: _TAG + "map",
}


class _Loader(_BaseLoader):
    """libyaml's parser and composer, with every implicit tag left to :func:`_scalar`."""

    yaml_implicit_resolvers: dict[str, Any] = {}  # noqa: RUF012 - PyYAML's class attribute

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        """No path resolvers: nothing to track while composing."""

    def ascend_resolver(self) -> None:
        """No path resolvers: nothing to track while composing."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        """The tag of an untagged node: ours for a plain scalar, else PyYAML's default
        (what its resolver returns with no implicit or path resolver, without the call:
        libyaml asks for every node)."""
        if kind is yaml.ScalarNode and implicit[0]:
            return _PLAIN
        return _DEFAULT_TAGS[kind]


_NULL = re.compile(r"~|null|Null|NULL|")
_TRUE = re.compile(r"true|True|TRUE")
_FALSE = re.compile(r"false|False|FALSE")
_INT = re.compile(r"[-+]?[0-9]+")
_OCT = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")


_NUMERIC_START = frozenset("0123456789+-.")
_WORD_START = frozenset("~tTfFnN")


def _plain(value: str) -> Any:
    """YAML 1.2 core schema: what an untagged, unquoted scalar means.

    >>> [_plain(v) for v in ("no", "yes", "true", "~", "", "12", "0x1F", "1.5e3", "-.inf")]
    ['no', 'yes', True, None, None, 12, 31, 1500.0, -inf]
    >>> _plain("2026-03-15")
    '2026-03-15'
    """
    first = value[:1]
    if first in _NUMERIC_START and first:
        return _number(value)
    if first in _WORD_START:
        if _NULL.fullmatch(value):
            return None
        if _TRUE.fullmatch(value):
            return True
        if _FALSE.fullmatch(value):
            return False
    return value if value else None


_MAX_DIGITS = 100  # longer integers read as infinite: refused by the schema check


def _number(value: str) -> Any:
    if len(value) > _MAX_DIGITS and (
        _INT.fullmatch(value) or _OCT.fullmatch(value) or (_HEX.fullmatch(value))
    ):
        return float("-inf") if value.startswith("-") else float("inf")
    if _INT.fullmatch(value):
        return int(value)
    if _OCT.fullmatch(value):
        return int(value[2:], 8)
    if _HEX.fullmatch(value):
        return int(value[2:], 16)
    if _FLOAT.fullmatch(value):
        return float(value)
    if _INF.fullmatch(value):
        return float("-inf") if value.startswith("-") else float("inf")
    if _NAN.fullmatch(value):
        return float("nan")
    return value


_TAGGED: dict[str, Any] = {
    _TAG + "str": str,
    _TAG + "timestamp": str,
    _TAG + "int": _plain,
    _TAG + "float": _plain,
    _TAG + "bool": _plain,
    _TAG + "null": _plain,
}


_COLLECTION_TAGS = frozenset((_TAG + "map", _TAG + "seq"))


@dataclass
class _Builder:
    """Builds plain data from a node tree, refusing what would hurt later steps."""

    built: dict[int, tuple[Any, int]] = field(default_factory=dict)
    in_progress: set[int] = field(default_factory=set)
    alias_nodes: int = 0
    items: set[int] = field(default_factory=set)  # nodes that are list items

    def build(self, node: yaml.Node, depth: int = 0) -> tuple[Any, int]:
        """Return the node's value and its size once aliases are expanded."""
        if node.__class__ is yaml.ScalarNode:
            return (_plain(node.value) if node.tag == _PLAIN else _scalar(node)), 1
        known = self.built.get(id(node))
        if known is not None:  # an alias to a collection already built
            self.alias_nodes += known[1]
            if self.alias_nodes > MAX_ALIAS_NODES:
                raise _error(node, "yaml.alias-bomb", limit=MAX_ALIAS_NODES)
            return known
        if id(node) in self.in_progress:
            raise _error(node, "yaml.recursive-alias")
        if depth > MAX_DEPTH:
            raise _error(node, "yaml.too-deep", limit=MAX_DEPTH)
        if node.tag not in _COLLECTION_TAGS:  # !!set, !!omap, !custom: not plain data
            raise _error(node, "yaml.unknown-tag", tag=node.tag.replace(_TAG, "!!"))
        self.in_progress.add(id(node))
        result = (
            self._sequence(node, depth)
            if isinstance(node, yaml.SequenceNode)
            else self._mapping(node, depth)
        )
        self.in_progress.discard(id(node))
        self.built[id(node)] = result
        return result

    def _sequence(self, node: yaml.Node, depth: int) -> tuple[Any, int]:
        items, size = [], 1
        build = self.build
        for child in node.value:
            self.items.add(id(child))
            value, child_size = build(child, depth + 1)
            items.append(value)
            size += child_size
        return items, size

    def _mapping(self, node: yaml.Node, depth: int) -> tuple[Any, int]:
        result: dict[str, Any] = {}
        size = 1
        build = self.build
        for key_node, value_node in node.value:
            if key_node.__class__ is not yaml.ScalarNode:
                raise _error(key_node, "yaml.complex-key")
            key = key_node.value
            if key in result:
                raise _duplicate(node, key_node, key, id(node) in self.items)
            result[key], child_size = build(value_node, depth + 1)
            size += child_size
        return result, size


def _duplicate(node: yaml.Node, key_node: yaml.Node, key: str, item: bool) -> LoadError:
    """A key written twice; when a list item's first key comes back (``id``, ``name``…),
    a dash was forgotten before the next item, and that is what is said."""
    first_key = node.value[0][0]
    if item and first_key.value == key and not getattr(node, "flow_style", False):
        return _error(key_node, "yaml.missing-dash", key=key)
    return _error(key_node, "yaml.duplicate-key", key=key, first=_first_line(node, key))


def _first_line(node: yaml.Node, key: str) -> int:
    line: int = next(k.start_mark.line for k, _ in node.value if k.value == key)
    return line + 1


def _scalar(node: yaml.ScalarNode) -> Any:
    if node.tag == _PLAIN:
        return _plain(node.value)
    convert = _TAGGED.get(node.tag)
    if convert is None:
        raise _error(node, "yaml.unknown-tag", tag=node.tag.replace(_TAG, "!!"))
    value = convert(node.value)
    if node.tag == _TAG + "bool" and not isinstance(value, bool):
        raise _error(node, "yaml.bad-tagged-value", tag="!!bool", value=node.value)
    if node.tag in (_TAG + "int", _TAG + "float") and not isinstance(value, int | float):
        raise _error(
            node, "yaml.bad-tagged-value", tag=node.tag.replace(_TAG, "!!"), value=node.value
        )
    return value


def _error(node: yaml.Node, message_key: str, **args: Any) -> LoadError:
    mark = node.start_mark
    return LoadError("yaml-syntax", message_key, mark.line + 1, mark.column + 1, **args)


@dataclass
class Parsed:
    """Plain data and the node tree it came from (for positions)."""

    data: Any
    root: yaml.Node | None


def parse(text: str) -> Parsed:
    """Parse one YAML document into plain data, or raise :class:`LoadError`."""
    if _depth_bound(text) > SAFE_COMPOSE_DEPTH:
        _check_depth(text)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        raise syntax_error(error, text, MAX_DEPTH) from None
    except yaml.reader.ReaderError as error:
        line, column = _line_column(text, error.position)
        raise LoadError(
            "yaml-syntax", "yaml.bad-character", line, column, character=f"U+{error.character:04X}"
        ) from None
    except RecursionError:
        raise LoadError("yaml-syntax", "yaml.too-deep", limit=MAX_DEPTH) from None
    if root is None:
        raise LoadError("yaml-syntax", "yaml.empty")
    return Parsed(_Builder().build(root)[0], root)


def _depth_bound(text: str) -> int:
    """A cheap upper bound of the nesting depth: libyaml's composer recurses in C, so
    nesting deep enough to exhaust its stack is refused from the event stream first."""
    flow = text.count("[") + text.count("{")
    if flow > SAFE_COMPOSE_DEPTH:
        return flow
    widest = max(map(len, _INDENT.findall(text)), default=0)
    return flow + 2 * widest + 2


def _check_depth(text: str) -> None:
    """Walk libyaml's events (no recursion) and refuse nesting deeper than MAX_DEPTH.

    Recent libyaml builds stop at their own nesting limit while scanning ahead, before
    the events reach ours: the text before the point where they stopped is walked
    again, so the message and its position are ptk's whatever the parser's version.
    """
    try:
        _walk_depth(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        if not _is_depth_limit(error) or mark is None:
            return  # compose reports the syntax error with its position
        with contextlib.suppress(yaml.YAMLError):
            _walk_depth(text[: mark.index])
        line, column = mark_position(mark)
        raise LoadError("yaml-syntax", "yaml.too-deep", line, column, limit=MAX_DEPTH) from None
    except yaml.YAMLError:
        return


def _walk_depth(text: str) -> None:
    depth = -1  # the top collection is level 0, as for the builder
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                line, column = mark_position(event.start_mark)
                raise LoadError("yaml-syntax", "yaml.too-deep", line, column, limit=MAX_DEPTH)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _is_depth_limit(error: yaml.MarkedYAMLError) -> bool:
    """libyaml's "exceeded maximum nesting depth" (or "max depth of N"), any version."""
    return "exceeded max" in (error.problem or "")


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
