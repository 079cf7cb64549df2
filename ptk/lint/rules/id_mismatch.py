"""The partnership's ``id`` must equal its file name.

Everything else — documents, history, the status table — finds a partnership by
its id, and the file ``partnerships/<id>.yaml`` is where people look for it. A
copied file whose id was not changed would otherwise shadow another partnership.
The same holds for an organisation in ``organisations/<id>.yaml``: partners name it
by that id.

Passing::

    # in partnerships/fete-des-possibles.yaml
    id: fete-des-possibles

Failing::

    # in partnerships/fete-des-possibles.yaml
    id: fete-des-possibles-2025
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import BOTH_KINDS, Context
from ptk.partnership import Partnership
from ptk.problem import Finding

ID = "id-mismatch"
SEVERITY = "error"
OPTIONS: Mapping[str, Any] = {}
FILES = BOTH_KINDS


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    value = partnership.get("id")
    stem = context.path.stem
    if isinstance(value, str) and value != stem:
        yield Finding("/id", "rule.id-mismatch.message", {"id": value, "stem": stem})
