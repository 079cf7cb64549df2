"""GitHub Actions workflow commands: each problem becomes an annotation on the pull request."""

from __future__ import annotations

from typing import TextIO

from ptk.problem import Report
from ptk.report.text import summary
from ptk.safe import printable

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    text = "\n".join(printable(line) for line in text.split("\n"))  # newlines become %0A
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def write(report: Report, lang: str, out: TextIO, color: bool = False) -> None:
    for problem in report.problems:
        fields = (
            f"file={_property(problem.path)},line={problem.line},col={problem.column},"
            f"title={_property('ptk ' + problem.rule)}"
        )
        out.write(f"::{COMMANDS[problem.severity]} {fields}::{_data(problem.message(lang))}\n")
    out.write(summary(report, lang) + "\n")
