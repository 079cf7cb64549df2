"""What a YAML error most likely means for the person who typed it: hints that turn a
parser's complaint into the fix (used by :mod:`ptk.yamlparse`)."""

from __future__ import annotations

from typing import Any

import yaml

MAX_DIGITS = 100  # longer integers read as infinite: refused by the schema's numbers check


def too_long(value: str) -> bool:
    """An integer too long to be a number anyone means (and to print: Python refuses)."""
    return len(value) > MAX_DIGITS and value.lstrip("+-")[:1].isdigit()


def missing_dash(node: yaml.Node, key: str, item: bool) -> bool:
    """A list item's first key comes back (``id``, ``name``…) in the same item: the dash
    before the next item was forgotten."""
    first_key = node.value[0][0]
    return item and first_key.value == key and not getattr(node, "flow_style", False)


def after_quoted(text: str, mark: Any) -> bool:
    """Whether the error comes right after a text in single quotes that is followed by
    more of the line: ``'L'école'`` (the apostrophe closed the quotes)."""
    if mark is None or mark.index < 2 or text[mark.index - 1] != "'":
        return False
    line_start = text.rfind("\n", 0, mark.index) + 1
    line_end = text.find("\n", mark.index)
    before = text[line_start : mark.index - 1]
    rest = text[mark.index : line_end if line_end >= 0 else len(text)]
    return before.count("'") % 2 == 1 and bool(rest.strip()) and not rest.lstrip().startswith("#")


def inside(text: str, line: int, column: int) -> tuple[int, int]:
    r"""A position libyaml puts past the end of the file (at the end of the stream) moved
    to the end of its last line, where an editor can go.

    >>> inside("a: 1\nb", 3, 1)
    (2, 2)
    """
    lines = text.split("\n")
    if line <= len(lines):
        return line, column
    return len(lines), len(lines[-1]) + 1
