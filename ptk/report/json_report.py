"""JSON: the shape of DESIGN §4, for tools."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TextIO

from ptk.problem import SEVERITIES, Phrasebook, Report
from ptk.report import _json


def as_data(report: Report, lang: str) -> dict[str, Any]:
    return {**_frame(report), "problems": list(_problems(report, lang))}


def _frame(report: Report) -> dict[str, Any]:
    return {
        "version": 1,
        "files": report.files,
        "problems": [_json.ITEMS],
        "summary": {severity: report.count(severity) for severity in SEVERITIES},
    }


def _problems(report: Report, lang: str) -> Iterator[dict[str, Any]]:
    message = Phrasebook(lang).message
    for problem in report.problems:
        yield {
            "path": problem.path,
            "line": problem.line,
            "column": problem.column,
            "rule": problem.rule,
            "severity": problem.severity,
            "message": message(problem),
            "pointer": problem.pointer,
        }


def write(report: Report, lang: str, out: TextIO, color: bool = False) -> None:
    _json.write(_frame(report), out, _problems(report, lang))
