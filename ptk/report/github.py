"""GitHub Actions workflow commands: each problem becomes an annotation on the pull request."""

from __future__ import annotations

from typing import TextIO

from ptk.problem import Phrasebook, Report
from ptk.report.text import summary
from ptk.safe import printable

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    text = "\n".join(printable(line) for line in text.split("\n"))  # newlines become %0A
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def write(report: Report, lang: str, out: TextIO, color: bool = False) -> None:
    message = Phrasebook(lang).message
    files: dict[str, str] = {}  # each file name, message and title escaped once
    texts: dict[str, str] = {}
    titles: dict[str, str] = {}
    lines = []
    for problem in report.problems:
        path, rule, text = problem.path, problem.rule, message(problem)
        if path not in files:
            files[path] = _property(path)
        if text not in texts:
            texts[text] = _data(text)
        if rule not in titles:
            titles[rule] = _property("ptk " + rule)
        lines.append(
            f"::{COMMANDS[problem.severity]} file={files[path]},line={problem.line},"
            f"col={problem.column},title={titles[rule]}::{texts[text]}\n"
        )
        if len(lines) >= _BATCH:
            out.write("".join(lines))
            lines = []
    out.write("".join(lines))
    out.write(summary(report, lang) + "\n")


_BATCH = 4096
