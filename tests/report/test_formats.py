"""Every problem of the fixture, at its line and column, in French and English, in all five formats."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

import jsonschema
import pytest

from ..conftest import REPO, Result
from .conftest import EXPECTED, PATH, golden

LANGS = ["en", "fr"]
Lint = Callable[[str, str], Result]


@pytest.mark.parametrize("lang", LANGS)
def test_text(lint_fixture: Lint, lang: str) -> None:
    result = lint_fixture("text", lang)
    assert result.code == 1
    lines = result.out.splitlines()
    found = [re.match(r"(.+?):(\d+):(\d+): (\w+) ([a-z-]+) (.+)", line) for line in lines[:-1]]
    assert [(m[1], int(m[2]), int(m[3]), m[5]) for m in found if m] == [
        (PATH, *e) for e in EXPECTED
    ]
    assert result.out == golden(f"twenty.{lang}.txt", result.out)


def test_text_summary_in_both_languages(lint_fixture: Lint) -> None:
    assert (
        lint_fixture("text", "en").out.splitlines()[-1]
        == "1 file checked: 7 errors, 19 warnings, 2 notes"
    )
    assert (
        lint_fixture("text", "fr").out.splitlines()[-1]
        == "1 fichier vérifié\u00a0: 7 erreurs, 19 avertissements, 2 remarques"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_json(lint_fixture: Lint, lang: str) -> None:
    result = lint_fixture("json", lang)
    data = json.loads(result.out)
    assert set(data) == {"version", "files", "problems", "summary"}
    assert (data["version"], data["files"]) == (1, 1)
    assert [(p["line"], p["column"], p["rule"]) for p in data["problems"]] == EXPECTED
    assert all(
        set(p) == {"path", "line", "column", "rule", "severity", "message", "pointer"}
        for p in data["problems"]
    )
    assert data["summary"] == {"error": 7, "warning": 19, "info": 2}
    vision = next(p for p in data["problems"] if p["rule"] == "missing-vision")
    assert vision["pointer"] == "/vision"
    assert vision["message"].startswith(
        "pas de vision commune" if lang == "fr" else "no shared vision"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_sarif_validates_against_the_official_schema(lint_fixture: Lint, lang: str) -> None:
    result = lint_fixture("sarif", lang)
    sarif = json.loads(result.out)
    schema = json.loads((REPO / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(sarif)
    run = sarif["runs"][0]
    located = [
        (
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["locations"][0]["physicalLocation"]["region"]["startColumn"],
            r["ruleId"],
        )
        for r in run["results"]
    ]
    assert located == EXPECTED
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    for result_ in run["results"]:
        assert (
            rules[result_["ruleId"]]["id"]
            == run["tool"]["driver"]["rules"][result_["ruleIndex"]]["id"]
        )
    vision = rules["missing-vision"]
    assert (
        vision["help"]["text"]
        and vision["fullDescription"]["text"]
        and vision["shortDescription"]["text"]
    )
    assert ("vision commune" if lang == "fr" else "shared vision") in vision["shortDescription"][
        "text"
    ]
    assert {r["level"] for r in run["results"]} == {"error", "warning", "note"}


@pytest.mark.parametrize("lang", LANGS)
def test_github_annotations(lint_fixture: Lint, lang: str) -> None:
    result = lint_fixture("github", lang)
    commands = [line for line in result.out.splitlines() if line.startswith("::")]
    parsed = [
        re.match(
            r"::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),title=ptk ([a-z-]+)::(.+)",
            c,
        )
        for c in commands
    ]
    assert [(m[2], int(m[3]), int(m[4]), m[5]) for m in parsed if m] == [
        (PATH, *e) for e in EXPECTED
    ]
    assert result.out == golden(f"twenty.{lang}.github", result.out)


@pytest.mark.parametrize("lang", LANGS)
def test_junit(lint_fixture: Lint, lang: str) -> None:
    result = lint_fixture("junit", lang)
    root = ET.fromstring(result.out)
    [case] = root.iter("testcase")
    assert root.get("tests") == "1" and root.get("failures") == "1"
    assert case.get("name") == PATH
    failure, output = case.find("failure"), case.find("system-out")
    assert failure is not None and output is not None
    listed = (failure.text or "") + "\n" + (output.text or "")
    positions = sorted(
        (int(m[1]), int(m[2]), m[3]) for m in re.finditer(r":(\d+):(\d+): \w+ ([a-z-]+) ", listed)
    )
    assert positions == sorted(EXPECTED)
    assert failure.get("message") == ("7 erreurs" if lang == "fr" else "7 errors")


def test_junit_clean_file_is_a_passing_case(ptk, write) -> None:  # type: ignore[no-untyped-def]
    from ..conftest import EXAMPLES

    result = ptk(
        "lint",
        str(EXAMPLES / "library-seed-library.yaml"),
        "--format",
        "junit",
        "--today",
        "2026-11-22",
    )
    root = ET.fromstring(result.out)
    [case] = root.iter("testcase")
    assert list(case) == [] and root.get("failures") == "0"


def test_github_escapes_newlines_and_percent() -> None:
    from ptk.report.github import _data, _property

    assert _data("50 %\nfin") == "50 %25%0Afin"
    assert _property("a:b,c") == "a%3Ab%2Cc"
