"""The file must follow the partnership format (its JSON Schema).

Every field has a type (text, number, date, list…), some values come from a fixed
list (levels, statuses, kinds of partner), and a typo in a field's name would
otherwise go unnoticed. Each violation is reported at its own line.

Passing::

    level: cooperation

Failing::

    level: partenariat
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk import schema
from ptk.lint.rule import BOTH_KINDS, Context
from ptk.partnership import Partnership
from ptk.problem import Finding

ID = "schema"
SEVERITY = "error"
OPTIONS: Mapping[str, Any] = {}
FILES = BOTH_KINDS


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    yield from schema.validate(partnership.raw, context.kind, fast=context.fast)
