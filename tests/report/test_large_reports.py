"""Reports of thousands of problems: written in pieces, each message written once, and
every format exactly what its reference writer (the standard library's json, ElementTree,
the unremembered message) would write for the same problems."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from ptk import i18n
from ptk.problem import Phrasebook, Problem, Report, Term
from ptk.report import reporter
from ptk.report.json_report import as_data
from ptk.report.sarif import as_data as sarif_data
from ptk.safe import xml_text

from ..conftest import REPO

LANGS = ["fr", "en"]
SHARED = {"partner": "Mairie d’Évry & <Co>"}  # one object for many problems, as the cache gives


def _report(count: int = 5000) -> Report:
    """Problems over many files: repeated and unique arguments, accents, quotes, controls,
    a file name that is not UTF-8, a pointer with a lone surrogate."""
    report = Report()
    for number in range(count // 5):
        path = (
            f"partnerships/p-{number:04d}.yaml"
            if number % 97
            else f"partnerships/caf\udce9-{number}.yaml"
        )
        report.files += 1
        report.paths.append(path)
        report.problems += [
            Problem(
                path, 3, 1, "missing-exit-clause", "warning", "rule.missing-exit-clause.message"
            ),
            Problem(path, 7, 5, "missing-contact", "info", "rule.missing-contact.message", SHARED),
            Problem(
                path,
                9,
                8,
                "schema",
                "error",
                "schema.enum",
                {
                    "field": "level",
                    "value": f'niveau "{number}"\n\x1b[31m',
                    "choices": ["a"],
                    "hint": "",
                },
                "/level",
            ),
            Problem(
                path,
                12,
                3,
                "unknown-partner",
                "error",
                "rule.unknown-partner.message",
                {"id": f"asso-{number % 7}", "hint": ""},
                "/roles/0/partner",
            ),
            Problem(
                path,
                20,
                1,
                "schema",
                "error",
                "schema.type",
                {"field": "x", "expected": [Term("type.string")], "found": Term("type.integer")},
                "/x\udcff" if number == 3 else "/x",
            ),
        ]
    return report


@pytest.fixture(scope="module")
def report() -> Report:
    return _report()


def _write(report: Report, fmt: str, lang: str) -> str:
    out = io.StringIO()
    reporter(fmt)(report, lang, out, False)
    return out.getvalue()


def _valid(text: str) -> str:
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _valid_data(data: object) -> object:
    if isinstance(data, str):
        return _valid(data)
    if isinstance(data, dict):
        return {key: _valid_data(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_valid_data(item) for item in data]
    return data


@pytest.mark.parametrize("lang", LANGS)
def test_json_is_what_the_standard_library_writes(report: Report, lang: str) -> None:
    expected = {
        "version": 1,
        "files": report.files,
        "problems": [
            {
                "path": _valid(p.path),
                "line": p.line,
                "column": p.column,
                "rule": p.rule,
                "severity": p.severity,
                "message": p.message(lang),
                "pointer": _valid(p.pointer),
            }
            for p in report.problems
        ],
        "summary": {"error": 3000, "warning": 1000, "info": 1000},
    }
    written = _write(report, "json", lang)
    assert written == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    assert as_data(report, lang)["problems"][:3] == [
        {**p, "path": p["path"].replace("\\xe9", "\udce9")} for p in expected["problems"][:3]
    ]


def test_an_empty_report_is_an_empty_list() -> None:
    empty = Report(files=3, paths=["a.yaml", "b.yaml", "c.yaml"])
    written = _write(empty, "json", "en")
    assert written == json.dumps(as_data(empty, "en"), ensure_ascii=False, indent=2) + "\n"
    assert '"problems": []' in written


@pytest.mark.parametrize("lang", LANGS)
def test_sarif_writes_one_result_per_line_and_stays_valid(report: Report, lang: str) -> None:
    written = _write(report, "sarif", lang)
    data = json.loads(written)
    expected = _valid_data(sarif_data(report, lang))
    assert data == expected
    results = data["runs"][0]["results"]
    assert len(results) == len(report.problems)
    lines = [line for line in written.splitlines() if '"ruleId"' in line]
    assert len(lines) == len(results)  # a result never spans lines
    schema = json.loads((REPO / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())
    small = {**data, "runs": [{**data["runs"][0], "results": results[:200]}]}
    jsonschema.Draft7Validator(schema).validate(small)


def _junit_reference(report: Report, lang: str) -> str:
    """What ElementTree itself writes for the same test cases."""
    written = _write(report, "junit", lang)
    root = ET.fromstring(written.encode("utf-8"))
    suites = ET.Element("testsuites", root.attrib)
    suite = ET.SubElement(suites, "testsuite", root[0].attrib)
    for path in report.paths:
        found = [p for p in report.problems if p.path == path]
        name = xml_text(path)
        case = ET.SubElement(suite, "testcase", classname="ptk.lint", name=name, file=name)
        errors = [p.text(lang) for p in found if p.severity == "error"]
        others = [p.text(lang) for p in found if p.severity != "error"]
        if errors:
            said = i18n.plural(lang, "report.errors", len(errors))
            failure = ET.SubElement(case, "failure", type="error", message=said)
            failure.text = "\n".join(errors)
        if others:
            ET.SubElement(case, "system-out").text = "\n".join(others)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, "unicode") + "\n"


@pytest.mark.parametrize("lang", LANGS)
def test_junit_is_what_elementtree_writes(report: Report, lang: str) -> None:
    written = _write(report, "junit", lang)
    assert written == _junit_reference(report, lang)
    root = ET.fromstring(written.encode("utf-8"))
    assert root.attrib["failures"] == str(report.files)  # every file has an error
    assert len(root.findall("./testsuite/testcase")) == report.files


@pytest.mark.parametrize("lang", LANGS)
def test_text_lines_are_each_problem_as_it_prints_alone(report: Report, lang: str) -> None:
    lines = _write(report, "text", lang).splitlines()
    assert lines[:-1] == [p.text(lang) for p in report.problems]
    assert all("\x1b" not in line and "\n" not in line for line in lines)


def test_github_annotations_are_one_line_per_problem(report: Report) -> None:
    lines = _write(report, "github", "fr").splitlines()
    assert len(lines) == len(report.problems) + 1
    assert lines[6].startswith(
        "::notice file=partnerships/p-0001.yaml,line=7,col=5,title=ptk missing-contact::"
    )
    assert "Mairie d’Évry & <Co>" in lines[6]
    assert "file=partnerships/caf\\udce9-0.yaml," in lines[0]  # escaped, never raw


def test_a_term_is_not_its_key_written_as_text() -> None:
    """Remembered messages are keyed by what the arguments are, not only by their text."""
    book = Phrasebook("fr")
    as_term = Problem(
        "a.yaml",
        1,
        1,
        "schema",
        "error",
        "schema.type",
        {"field": "x", "expected": [Term("type.string")], "found": Term("type.integer")},
    )
    as_text = Problem(
        "a.yaml",
        1,
        1,
        "schema",
        "error",
        "schema.type",
        {"field": "x", "expected": ["type.string"], "found": "type.integer"},
    )
    assert book.message(as_term) == as_term.message("fr")
    assert book.message(as_text) == as_text.message("fr")
    assert book.message(as_term) != book.message(as_text)


def test_remembered_messages_never_mix_up_arguments_made_and_dropped() -> None:
    """Arguments objects made and thrown away one after the other (their memory reused)
    each get their own message."""
    book = Phrasebook("en")
    for number in range(3000):
        problem = Problem(
            "a.yaml",
            1,
            1,
            "unknown-partner",
            "error",
            "rule.unknown-partner.message",
            {"id": f"p{number}", "hint": ""},
        )
        assert f"p{number}" in book.message(problem)
        del problem


def test_reports_are_written_to_a_binary_stream_in_pieces(report: Report, tmp_path: Path) -> None:
    """On a real stdout (a text stream over bytes), JSON goes to its buffer, in order."""
    target = tmp_path / "out.json"
    with target.open("w", encoding="utf-8") as out:
        out.write("")  # text written before the report stays before it
        reporter("json")(report, "en", out, False)
    assert json.loads(target.read_text(encoding="utf-8"))["files"] == report.files


def test_sarif_results_are_written_as_orjson_writes_them(report: Report) -> None:
    """Each result made from pieces is, byte for byte, its dictionary written on one line."""
    from ptk.report import _json
    from ptk.report.sarif import _results, _written

    assert list(_written(report, "fr")) == [_json.compact(r) for r in _results(report, "fr")]
