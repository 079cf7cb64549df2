"""Exit codes, the same for every command (DESIGN §4)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ptk.problem import Report


OK = 0  # clean; warnings allowed
PROBLEMS = 1  # problems at error severity (or warnings with --strict)
USAGE = 2  # usage, configuration or unreadable-input error
INTERNAL = 3  # a bug in ptk


def for_report(report: Report, strict: bool = False) -> int:
    """The exit code a check run ends with."""
    if report.crashed:
        return INTERNAL
    if report.unreadable:
        return USAGE
    if report.count("error") or (strict and report.count("warning")):
        return PROBLEMS
    return OK
