"""An amount written with a French thousands separator reads as a decimal number.

In French, « 1.200 € » can mean one thousand two hundred euros; in YAML, ``1.200`` is
the decimal number 1.2. Nothing looks wrong until the convention says « 1,20 € ». A
number written with dots every three digits is flagged so that it can be written
``1200``.

Passing::

    budget:
      currency: EUR
      lines: [{label: terreau et graines, amount: 1200, funded_by: emmaus-creil}]
      funds_management: {holder: emmaus-creil, reporting: à chaque comité de suivi}

Failing::

    budget:
      currency: EUR
      lines: [{label: terreau et graines, amount: 1.200, funded_by: emmaus-creil}]
      funds_management: {holder: emmaus-creil, reporting: à chaque comité de suivi}
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import yaml

from ptk.document import join_pointer
from ptk.lint.rule import Context
from ptk.partnership import Partnership
from ptk.problem import Finding

ID = "thousands-separator"
SEVERITY = "warning"
OPTIONS: Mapping[str, Any] = {}

_GROUPED = re.compile(r"[1-9][0-9]{0,2}(\.[0-9]{3})+")
_ANYWHERE = re.compile(r"(?<![\w.])[1-9][0-9]{0,2}\.[0-9]{3}(?![0-9])")
_DIGIT_DOT = re.compile(r"[0-9]\.[0-9]{3}")  # in every match of _ANYWHERE, and found faster
_PLAIN = "tag:ptk:plain"  # an unquoted scalar (ptk.document): quoted text is meant as text


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    text = context.text
    if text and not (_DIGIT_DOT.search(text) and _ANYWHERE.search(text)):
        return  # the usual case: no such number in the file, no need to walk it
    for pointer, text in _grouped(context.root, ()):
        yield Finding(
            pointer,
            "rule.thousands-separator.message",
            {"value": text, "suggestion": text.replace(".", "")},
        )


def _grouped(node: Any, path: tuple[str | int, ...]) -> Iterator[tuple[str, str]]:
    """Unquoted numbers with a dot every three digits, with where they are."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _PLAIN and _GROUPED.fullmatch(node.value):
            yield join_pointer(*path), node.value
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            yield from _grouped(child, (*path, index))
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                yield from _grouped(value, (*path, key.value))
