"""Text from files made safe to print: no value may colour a terminal, forge a line of
the report or break the XML around it."""

from __future__ import annotations

import os
import re
from typing import Any

# C0 and C1 controls, DEL, line and paragraph separators, bidirectional overrides,
# lone surrogates (cannot be written out)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# what XML 1.0 cannot hold at all: controls but tab and newline, lone surrogates, U+FFFE/F
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    r"""``text`` on one line, every control character shown as an escape.

    >>> printable("a\nb\x1b[31m")
    'a\\x0ab\\x1b[31m'
    """
    return _CONTROL.sub(_escape, text)


def xml_text(text: str) -> str:
    r"""``text`` with what XML cannot hold shown as an escape.

    >>> xml_text("a\x01b\nc")
    'a\\x01b\nc'
    """
    return _NOT_XML.sub(_escape, text)


def valid_text(text: str) -> str:
    r"""``text`` with lone surrogates (bytes of a name that is not UTF-8) as ``\xNN``.

    >>> valid_text("caf" + chr(0xDCE9))
    'caf\\xe9'
    """
    raw = text.encode("utf-8", "surrogateescape")
    return raw.decode("utf-8", "backslashreplace")


def path_text(path: str) -> str:
    r"""A file name as text: bytes that are not UTF-8 shown as ``\xNN``, controls escaped.

    >>> path_text(os.fsdecode(b"caf\xe9.yaml"))
    'caf\\xe9.yaml'
    """
    if path.isascii() and path.isprintable():  # most names: nothing to do
        return path
    try:
        raw = os.fsencode(path)
    except UnicodeError:  # pragma: no cover - a str that does not come from the file system
        raw = path.encode("utf-8", "surrogatepass")
    return printable(raw.decode("utf-8", "backslashreplace"))


_DOCUMENT_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def without_controls(data: Any) -> Any:
    r"""``data`` with control characters (but tab and newline) removed from every string,
    keys included: what a document cannot show, and what makes pandoc fail.

    >>> without_controls({"title\x07": ["a\x1b[31mb", 3]})
    {'title': ['a[31mb', 3]}
    """
    if isinstance(data, str):
        return _DOCUMENT_CONTROL.sub("", data)
    if isinstance(data, dict):
        return {without_controls(key): without_controls(value) for key, value in data.items()}
    if isinstance(data, list):
        return [without_controls(item) for item in data]
    return data
