"""What ``ptk lint`` checks in a round file (``health/<id>/<date>.yaml``).

A round is data written by ``ptk health import`` and sometimes edited by hand: it must
follow ``schemas/health.schema.json`` (rule ``schema``), name the partnership of its
folder and the date of its file name (rule ``id-mismatch``), and its respondents'
partners must be partners of that partnership (rule ``unknown-partner``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ptk import document, schema
from ptk.partnership import Partnership
from ptk.problem import Day, Finding


def check_round(doc: document.Document, fast: bool = True) -> Iterator[tuple[str, Finding]]:
    """``(rule id, finding)`` for each problem of a round file."""
    findings = schema.validate(doc.data, "health", fast=fast)
    yield from (("schema", finding) for finding in findings)
    if findings or not isinstance(doc.data, dict):
        return
    yield from (("id-mismatch", finding) for finding in _names(doc.data, doc))
    yield from (("unknown-partner", finding) for finding in _partners(doc.data, doc.path))


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


def partnership_file(round_path: Path) -> Path:
    """``health/<id>/<date>.yaml`` → ``partnerships/<id>.yaml``, beside ``health/``."""
    return round_path.parent.parent.parent / "partnerships" / f"{round_path.parent.name}.yaml"


def _partners(data: dict[str, Any], path: Path) -> Iterator[Finding]:
    try:
        partnership = Partnership(document.load(partnership_file(path)).data)
    except document.LoadError:
        return  # no partnership file (or a broken one, reported on its own): nothing to match
    known = set(partnership.partner_ids)
    for index, response in enumerate(data["responses"]):
        if response["partner"] not in known:
            yield Finding(
                f"/responses/{index}/partner",
                "health.round.unknown-partner",
                {"partner": response["partner"], "partners": ", ".join(sorted(known))},
            )
