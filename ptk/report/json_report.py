"""JSON: the shape of DESIGN §4, for tools."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ptk.problem import SEVERITIES, Report


def as_data(report: Report, lang: str) -> dict[str, Any]:
    return {
        "version": 1,
        "files": report.files,
        "problems": [
            {
                "path": problem.path,
                "line": problem.line,
                "column": problem.column,
                "rule": problem.rule,
                "severity": problem.severity,
                "message": problem.message(lang),
                "pointer": problem.pointer,
            }
            for problem in report.problems
        ],
        "summary": {severity: report.count(severity) for severity in SEVERITIES},
    }


def write(report: Report, lang: str, out: TextIO, color: bool = False) -> None:
    json.dump(as_data(report, lang), out, ensure_ascii=False, indent=2)
    out.write("\n")
