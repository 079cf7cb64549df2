"""Loading partnership files: read, parse, and find positions.

The three steps stay separate so that each can be replaced or skipped:

* :func:`read_text` turns a path into text, refusing what cannot be read (missing
  file, folder, too large, not UTF-8).
* :func:`parse` (from :mod:`ptk.yamlparse`) turns text into plain data (dicts, lists,
  strings, numbers) with YAML 1.2 meaning: ``no`` is a string, dates stay ISO strings.
  It uses libyaml's C parser through PyYAML to build the node tree, then builds the
  data itself, so that duplicate keys, alias bombs, recursive aliases, unknown tags
  and extreme nesting are refused with a position before anything walks the data.
* :class:`Positions` answers "where is ``/partners/1/contact/email``?" from the
  node tree, so a problem found on plain data can be reported at ``line:column``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ptk.inputs import Refused, open_regular
from ptk.yamlparse import MAX_DEPTH, LoadError, Parsed, parse, syntax_message

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_DEPTH",
    "Document",
    "LoadError",
    "Parsed",
    "Positions",
    "decode",
    "join_pointer",
    "load",
    "loads",
    "parse",
    "read_bytes",
    "read_text",
    "split_pointer",
    "syntax_message",
]

DEFAULT_MAX_BYTES = 1024 * 1024

# --------------------------------------------------------------------------- read


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read ``path`` as UTF-8 text, or raise :class:`LoadError`."""
    return decode(read_bytes(path, max_bytes))


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read ``path`` whole, refusing folders, missing files and files over ``max_bytes``."""
    try:
        with open(open_regular(path), "rb") as source:
            size = os.fstat(source.fileno()).st_size
            if size > max_bytes:
                raise LoadError(
                    "unreadable-file", "input.too-large", size=_kib(size), limit=_kib(max_bytes)
                )
            return source.read(max_bytes + 1)
    except Refused as refused:
        raise LoadError("unreadable-file", refused.key, **refused.params) from None
    except IsADirectoryError:
        raise LoadError("unreadable-file", "input.is-directory") from None
    except FileNotFoundError:
        raise LoadError("unreadable-file", "input.not-found") from None
    except PermissionError:
        raise LoadError("unreadable-file", "input.permission") from None
    except OSError as error:
        raise LoadError("unreadable-file", "input.os-error", detail=error.strerror) from None


def decode(raw: bytes) -> str:
    """Decode UTF-8 (with or without a byte-order mark), locating a bad byte."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError("unreadable-file", "input.utf16")
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise LoadError(
            "unreadable-file",
            "input.not-utf8",
            line,
            column,
            byte=f"0x{raw[error.start]:02x}",
        ) from None


def _kib(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    return f"{size / 1024:,.0f} KiB".replace(",", " ")


# ---------------------------------------------------------------------- positions


def split_pointer(pointer: str) -> list[str]:
    """``/a/b~1c/0`` → ``["a", "b/c", "0"]`` (RFC 6901)."""
    if not pointer:
        return []
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]


def join_pointer(*parts: str | int) -> str:
    """``("a", "b/c", 0)`` → ``/a/b~1c/0`` (RFC 6901)."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


class Positions:
    """1-based line and column of JSON pointers, read from the node tree.

    A pointer to a mapping value points at its key (where a reader looks);
    a pointer to something absent points at its nearest present ancestor.
    """

    def __init__(self, root: yaml.Node | None) -> None:
        self.root = root

    def of(self, pointer: str) -> tuple[int, int]:
        node, key = self.root, None
        for part in split_pointer(pointer):
            child = _child(node, part)
            if child is None:
                break
            key, node = child
        found = key if key is not None else node
        return (
            (found.start_mark.line + 1, found.start_mark.column + 1)
            if found is not None
            else (1, 1)
        )


def _child(node: yaml.Node | None, part: str) -> tuple[yaml.Node | None, yaml.Node] | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == part:
                return key_node, value_node
    elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
        return None, node.value[int(part)]
    return None


# ----------------------------------------------------------------------- document


@dataclass
class Document:
    """A partnership file: where it is, its text, its data, and positions in it."""

    path: Path
    display: str
    text: str
    data: Any
    positions: Positions

    def position(self, pointer: str) -> tuple[int, int]:
        return self.positions.of(pointer)


def load(path: Path, display: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and parse ``path``; raise :class:`LoadError` if it cannot be used."""
    return loads(read_text(path, max_bytes), path, display)


def loads(text: str, path: Path, display: str | None = None) -> Document:
    """Parse ``text`` as the content of ``path``; raise :class:`LoadError` if it cannot be used."""
    parsed = parse(text)
    return Document(path, display or path.as_posix(), text, parsed.data, Positions(parsed.root))
