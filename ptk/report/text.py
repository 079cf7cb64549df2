"""Text: ``path:line:col: severity rule-id message``, grouped by file, then a summary."""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

from ptk import i18n
from ptk.lint.engine import Report
from ptk.report.safe import printable

_COLOURS = {"error": "\033[1;31m", "warning": "\033[33m", "info": "\033[36m"}
_DIM, _RESET = "\033[2m", "\033[0m"


def write(report: Report, lang: str, out: TextIO, color: bool = False) -> None:
    for _, problems in groupby(report.problems, key=lambda problem: problem.path):
        for problem in problems:
            where = f"{printable(problem.path)}:{problem.line}:{problem.column}:"
            severity, rule = problem.severity, problem.rule
            if color:
                where = f"{_DIM}{where}{_RESET}"
                severity = f"{_COLOURS[severity]}{severity}{_RESET}"
                rule = f"{_DIM}{rule}{_RESET}"
            out.write(f"{where} {severity} {rule} {printable(problem.message(lang))}\n")
    out.write(summary(report, lang) + "\n")


def summary(report: Report, lang: str) -> str:
    """One line: how many files, errors, warnings, notes."""
    return i18n.message(
        lang,
        "report.summary",
        files=i18n.plural(lang, "report.files", report.files),
        errors=i18n.plural(lang, "report.errors", report.count("error")),
        warnings=i18n.plural(lang, "report.warnings", report.count("warning")),
        infos=i18n.plural(lang, "report.infos", report.count("info")),
    )
