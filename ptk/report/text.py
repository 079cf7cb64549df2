"""Text: ``path:line:col: severity rule-id message``, grouped by file, then a summary."""

from __future__ import annotations

from typing import TextIO

from ptk import i18n
from ptk.problem import Phrasebook, Report

_BATCH = 4096  # lines written at once


def write(report: Report, lang: str, out: TextIO, color: bool = False) -> None:
    phrasebook = Phrasebook(lang)
    problems = report.problems
    for start in range(0, len(problems), _BATCH):
        lines = [phrasebook.line(problem, color) for problem in problems[start : start + _BATCH]]
        out.write("\n".join(lines) + "\n")
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
