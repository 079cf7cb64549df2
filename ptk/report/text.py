"""Text: ``path:line:col: severity rule-id message``, grouped by file, then a summary."""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

from ptk import i18n
from ptk.problem import Report


def write(report: Report, lang: str, out: TextIO, color: bool = False) -> None:
    for _, problems in groupby(report.problems, key=lambda problem: problem.path):
        for problem in problems:
            out.write(problem.text(lang, color) + "\n")
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
