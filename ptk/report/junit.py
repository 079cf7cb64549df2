"""JUnit XML: one test case per file, failed when the file has errors; other findings as output."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby
from typing import TextIO

from ptk import i18n
from ptk.problem import CRASHED, Report
from ptk.safe import xml_text


def as_xml(report: Report, lang: str) -> ET.Element:
    by_path = {path: list(found) for path, found in groupby(report.problems, key=lambda p: p.path)}
    crashed = {problem.path for problem in report.crashed}
    failures = sum(
        1
        for path, found in by_path.items()
        if path not in crashed and any(p.severity == "error" for p in found)
    )
    counts = {
        "tests": str(report.files),
        "failures": str(failures),
        "errors": str(len(crashed)),
        "skipped": "0",
    }
    suites = ET.Element("testsuites", {"name": "ptk", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "ptk lint", **counts})

    for path in report.paths:
        found = by_path.get(path, [])
        name = xml_text(path)
        case = ET.SubElement(suite, "testcase", classname="ptk.lint", name=name, file=name)
        errors = [p for p in found if p.severity == "error"]
        if path in crashed:  # ptk itself failed: a JUnit error, not a failure
            error = ET.SubElement(case, "error", type=CRASHED)
            error.text = "\n".join(p.text(lang) for p in errors)
        elif errors:
            message = i18n.plural(lang, "report.errors", len(errors))
            failure = ET.SubElement(case, "failure", type="error", message=message)
            failure.text = "\n".join(p.text(lang) for p in errors)
        others = [p for p in found if p.severity != "error"]
        if others:
            ET.SubElement(case, "system-out").text = "\n".join(p.text(lang) for p in others)
    return suites


def write(report: Report, lang: str, out: TextIO, color: bool = False) -> None:
    tree = as_xml(report, lang)
    ET.indent(tree)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(tree, encoding="unicode"))
    out.write("\n")
