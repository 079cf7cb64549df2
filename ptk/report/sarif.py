"""SARIF 2.1.0, for code scanning (GitHub, GitLab): every rule described, every problem located."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TextIO

from ptk import __version__
from ptk.lint import docs
from ptk.lint.rules import REGISTRY
from ptk.problem import Phrasebook, Report
from ptk.report import _json

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _rule(rule_id: str, lang: str) -> dict[str, Any]:
    rule = REGISTRY[rule_id]
    examples = docs.examples(rule)
    summary, prose = docs.summary(rule, lang), docs.prose(rule, lang)
    markdown = (
        f"{prose}\n\n```yaml\n# ✓\n{examples.passing}```\n\n```yaml\n# ✗\n{examples.failing}```\n\n"
        f"`ptk rules explain {rule_id}`"
    )
    return {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in rule_id.split("-")),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": prose},
        "help": {"text": f"{prose}\n\nptk rules explain {rule_id}", "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS[docs.default_name(rule)]},
        "properties": {"tags": ["partnership"], "severityByLevel": docs.severity_text(rule, "en")},
    }


def as_data(report: Report, lang: str) -> dict[str, Any]:
    data = _frame(report, lang)
    data["runs"][0]["results"] = list(_results(report, lang))
    return data


def _frame(report: Report, lang: str) -> dict[str, Any]:
    driver = {
        "name": "ptk",
        "version": __version__,
        "semanticVersion": __version__,
        "language": lang,
        "rules": [_rule(rule_id, lang) for rule_id in REGISTRY],
    }
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": [_json.ITEMS],
    }
    if report.crashed:
        run["invocations"] = [_invocation(report, lang)]
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _results(report: Report, lang: str) -> Iterator[dict[str, Any]]:
    index = {rule_id: position for position, rule_id in enumerate(REGISTRY)}
    message = Phrasebook(lang).message
    for problem in report.problems:
        if problem.rule not in index:
            continue
        result = {
            "ruleId": problem.rule,
            "ruleIndex": index[problem.rule],
            "level": LEVELS[problem.severity],
            "message": {"text": message(problem)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": problem.path, "uriBaseId": "%SRCROOT%"},
                        "region": {"startLine": problem.line, "startColumn": problem.column},
                    }
                }
            ],
        }
        if problem.pointer:
            result["properties"] = {"pointer": problem.pointer}
        yield result


def _invocation(report: Report, lang: str) -> dict[str, Any]:
    """The files ptk failed on, as the tool's own error notifications."""
    notifications = [
        {
            "level": "error",
            "message": {"text": problem.message(lang)},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": problem.path}}}],
        }
        for problem in report.crashed
    ]
    return {"executionSuccessful": False, "toolExecutionNotifications": notifications}


def write(report: Report, lang: str, out: TextIO, color: bool = False) -> None:
    _json.write(_frame(report, lang), out, _written(report, lang), one_line=True)


def _written(report: Report, lang: str) -> Iterator[bytes]:
    """:func:`_results`, each written as orjson writes it on one line, from pieces made
    once per rule, message and file (a hundred thousand results: dictionaries would cost
    more than the bytes)."""
    index = {rule_id: position for position, rule_id in enumerate(REGISTRY)}
    message = Phrasebook(lang).message
    heads: dict[tuple[str, str], bytes] = {}
    texts: dict[str, bytes] = {}
    files: dict[str, bytes] = {}
    for problem in report.problems:
        rule, severity, path = problem.rule, problem.severity, problem.path
        if rule not in index:
            continue
        head = heads.get((rule, severity))
        if head is None:
            start = {"ruleId": rule, "ruleIndex": index[rule], "level": LEVELS[severity]}
            head = heads[rule, severity] = _json.compact(start)[:-1] + b',"message":{"text":'
        said = message(problem)
        if said not in texts:
            texts[said] = _json.compact(said)
        if path not in files:
            uri = _json.compact(path)
            files[path] = (
                b'},"locations":[{"physicalLocation":{"artifactLocation":{"uri":'
                + uri
                + b',"uriBaseId":"%SRCROOT%"},"region":{"startLine":'
            )
        pointer = (
            b',"properties":{"pointer":' + _json.compact(problem.pointer) + b"}"
            if problem.pointer
            else b""
        )
        yield b'%s%s%s%d,"startColumn":%d}}}]%s}' % (
            head,
            texts[said],
            files[path],
            problem.line,
            problem.column,
            pointer,
        )
