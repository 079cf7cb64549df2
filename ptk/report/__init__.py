"""Reporters: they print a run's problems in a format; they never decide exit codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ptk.lint.engine import Report
from ptk.report import github, json_report, junit, sarif, text

Reporter = Callable[[Report, str, TextIO, bool], None]

REPORTERS: dict[str, Reporter] = {
    "text": text.write,
    "json": json_report.write,
    "sarif": sarif.write,
    "github": github.write,
    "junit": junit.write,
}
