"""Reporters: they print a run's problems in a format; they never decide exit codes."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from ptk.problem import Report

Reporter = Callable[["Report", str, TextIO, bool], None]

# format → module; a reporter is imported only when asked for
FORMATS = ("text", "json", "sarif", "github", "junit")
_MODULES = {
    "text": "text",
    "json": "json_report",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
}


def reporter(name: str) -> Reporter:
    """The ``write(report, lang, out, color)`` function of format ``name``."""
    module = importlib.import_module(f"ptk.report.{_MODULES[name]}")
    write: Reporter = module.write
    return write
