"""JUnit XML: one test case per file, failed when the file has errors; other findings as output."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from itertools import groupby
from typing import TextIO
from xml.sax.saxutils import escape

from ptk import i18n
from ptk.problem import CRASHED, Phrasebook, Problem, Report
from ptk.safe import xml_text

_MARK = "ptk-cases"  # where the test cases go in the frame
_BATCH = 512


def _frame(report: Report) -> ET.Element:
    """``<testsuites>`` and its ``<testsuite>``, with the counts, without the cases."""
    crashed = {problem.path for problem in report.crashed}
    failing = {problem.path for problem in report.problems if problem.severity == "error"}
    counts = {
        "tests": str(report.files),
        "failures": str(len(failing - crashed)),
        "errors": str(len(crashed)),
        "skipped": "0",
    }
    suites = ET.Element("testsuites", {"name": "ptk", **counts})
    ET.SubElement(suites, "testsuite", {"name": "ptk lint", **counts})
    return suites


def write(report: Report, lang: str, out: TextIO, color: bool = False) -> None:
    """The report, a batch of test cases at a time, laid out as ``ET.indent`` lays it out
    (each case written as text: building elements for a hundred thousand lines costs
    more than the lines)."""
    suites = _frame(report)
    ET.SubElement(suites[0], _MARK)
    ET.indent(suites)
    head, _, tail = ET.tostring(suites, encoding="unicode").partition(f"<{_MARK} />")
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n' + head)
    by_path = {path: list(found) for path, found in groupby(report.problems, key=lambda p: p.path)}
    crashed = {problem.path for problem in report.crashed}
    line = Phrasebook(lang).line
    batch: list[str] = []
    for path in report.paths:
        batch.append(_case_text(path, by_path.get(path, []), path in crashed, lang, line))
        if len(batch) >= _BATCH:
            out.write("\n    ".join(batch))
            batch = [""]  # the next batch starts on a new line
    out.write("\n    ".join(batch) + tail + "\n")


def _case_text(
    path: str, found: list[Problem], crashed: bool, lang: str, line: Callable[[Problem], str]
) -> str:
    """One file's test case, as ``ET.tostring`` writes it, indented at level 2."""
    name = _attribute(xml_text(path))
    children = []
    errors = [p for p in found if p.severity == "error"]
    if crashed:
        children.append(f'<error type="{CRASHED}">{_text(errors, line)}</error>')
    elif errors:
        message = _attribute(i18n.plural(lang, "report.errors", len(errors)))
        children.append(
            f'<failure type="error" message="{message}">{_text(errors, line)}</failure>'
        )
    others = [p for p in found if p.severity != "error"]
    if others:
        children.append(f"<system-out>{_text(others, line)}</system-out>")
    start = f'<testcase classname="ptk.lint" name="{name}" file="{name}"'
    if not children:
        return start + " />"
    inside = "".join(f"\n      {child}" for child in children)
    return f"{start}>{inside}\n    </testcase>"


# what ElementTree escapes in an attribute besides & < > (its own _escape_attrib)
_ATTRIBUTE = {'"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"}


def _attribute(text: str) -> str:
    return escape(text, _ATTRIBUTE)


def _text(problems: list[Problem], line: Callable[[Problem], str]) -> str:
    return escape("\n".join(map(line, problems)))
