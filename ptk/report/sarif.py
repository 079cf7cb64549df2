"""SARIF 2.1.0, for code scanning (GitHub, GitLab): every rule described, every problem located."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ptk import __version__
from ptk.lint import docs
from ptk.lint.rules import REGISTRY
from ptk.problem import Report

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
    index = {rule_id: position for position, rule_id in enumerate(REGISTRY)}
    results = [
        {
            "ruleId": problem.rule,
            "ruleIndex": index[problem.rule],
            "level": LEVELS[problem.severity],
            "message": {"text": problem.message(lang)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": problem.path, "uriBaseId": "%SRCROOT%"},
                        "region": {"startLine": problem.line, "startColumn": problem.column},
                    }
                }
            ],
            **({"properties": {"pointer": problem.pointer}} if problem.pointer else {}),
        }
        for problem in report.problems
        if problem.rule in index
    ]
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
        "results": results,
    }
    if report.crashed:
        run["invocations"] = [_invocation(report, lang)]
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


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
    json.dump(as_data(report, lang), out, ensure_ascii=False, indent=2)
    out.write("\n")
