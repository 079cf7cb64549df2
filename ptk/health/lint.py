"""What ``ptk lint`` checks in a round file (``health/<id>/<date>.yaml``).

A round is data written by ``ptk health import`` and sometimes edited by hand: it must
follow ``schemas/health.schema.json`` (rule ``schema``), and name the partnership of
its folder and the date of its file name (rule ``id-mismatch``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ptk import document, schema
from ptk.problem import Day, Finding


def check_round(doc: document.Document, fast: bool = True) -> Iterator[tuple[str, Finding]]:
    """``(rule id, finding)`` for each problem of a round file."""
    findings = schema.validate(doc.data, "health", fast=fast)
    yield from (("schema", finding) for finding in findings)
    if findings or not isinstance(doc.data, dict):
        return
    yield from (("id-mismatch", finding) for finding in _names(doc.data, doc))


def _names(data: dict[str, Any], doc: document.Document) -> Iterator[Finding]:
    folder = doc.path.parent.name
    if data["partnership"] != folder:
        yield Finding(
            "/partnership",
            "health.round.wrong-partnership",
            {"id": data["partnership"], "folder": folder},
        )
    if data["date"] != doc.path.stem:
        yield Finding(
            "/date",
            "health.round.wrong-date",
            {"date": Day(data["date"]), "name": doc.path.name},
        )
