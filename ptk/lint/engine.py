"""Run the checks on files: load, validate, run rules, rate, locate, filter.

Rules only say what is wrong and where (a JSON pointer).  The engine decides the
severity (the rule's default for the file's level, or the configuration's), turns
pointers into lines and columns, and drops what suppressions silence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ptk import document
from ptk.lint import suppress
from ptk.lint.config import Config
from ptk.lint.rule import Context, Rule, SignedChanges
from ptk.lint.rules import REGISTRY
from ptk.partnership import Partnership
from ptk.problem import Finding, Problem

UNUSED = "unused-suppression"


class RuleCrashed(Exception):
    """A rule failed on a file that follows the schema: a bug in ptk."""

    def __init__(self, rule: str, path: str) -> None:
        super().__init__(f"{rule}: {path}")
        self.rule = rule
        self.path = path


@dataclass
class Report:
    """What a run found: how many files, and every problem, in a stable order."""

    files: int = 0
    problems: list[Problem] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(1 for problem in self.problems if problem.severity == severity)

    @property
    def unreadable(self) -> bool:
        return any(problem.rule == "unreadable-file" for problem in self.problems)


@dataclass
class Engine:
    """Checks files with a configuration, a date and a set of rules."""

    config: Config = field(default_factory=Config)
    today: date = field(default_factory=date.today)
    rule_ids: Sequence[str] | None = None  # None: every rule
    signed_changes: Callable[[Path, Any], SignedChanges | None] | None = None

    def rules(self) -> list[Rule]:
        ids = self.rule_ids if self.rule_ids is not None else list(REGISTRY)
        return [
            REGISTRY[rule_id] for rule_id in ids if not getattr(REGISTRY[rule_id], "LOADER", False)
        ]

    def run(self, files: Iterable[tuple[Path, str]]) -> Report:
        """Check each ``(path, display name)``; problems sorted by file and line."""
        report = Report()
        for path, display in files:
            report.files += 1
            report.paths.append(display)
            report.problems.extend(self.check_file(path, display))
        return report

    def check_file(self, path: Path, display: str) -> list[Problem]:
        """Every problem in one file."""
        try:
            doc = document.load(path, display, self.config.max_bytes)
        except document.LoadError as error:
            return [
                Problem(
                    display, error.line, error.column, error.rule, "error", error.key, error.params
                )
            ]
        return sorted(self.check_document(doc), key=Problem.sort_key)

    def check_document(self, doc: document.Document) -> list[Problem]:
        partnership = Partnership(doc.data)
        context = Context(doc.path, self.today, self.signed_changes)
        problems: list[Problem] = []
        ran: set[str] = set()
        schema_broken = False
        for rule in self.rules():
            severity = self.config.severity(rule, partnership.level)
            if severity is None or not _applies(rule, partnership):
                continue
            ran.add(rule.ID)
            findings = self._findings(rule, partnership, context, schema_broken, doc.display)
            if rule.ID == "schema":
                schema_broken = bool(findings)
            problems.extend(_locate(doc, rule.ID, severity, finding) for finding in findings)
        return self._suppress(doc, partnership, problems, ran)

    def _suppress(
        self,
        doc: document.Document,
        partnership: Partnership,
        problems: list[Problem],
        ran: set[str],
    ) -> list[Problem]:
        found = suppress.directives(doc.text, doc.positions.root)
        if not found:
            return problems
        kept, notes = suppress.apply(problems, found, REGISTRY)
        rule = REGISTRY[UNUSED]
        severity = self.config.severity(rule, partnership.level)
        if severity is None or UNUSED not in self._rule_ids():
            return kept
        for directive, finding in notes:
            if finding.key.endswith(".nothing") and finding.args["rule"] not in ran:
                continue  # the rule did not run here (off, silent at this level, or not asked)
            kept.append(
                Problem(
                    doc.display,
                    directive.line,
                    directive.column,
                    UNUSED,
                    severity,
                    finding.key,
                    finding.args,
                )
            )
        return kept

    def _rule_ids(self) -> Sequence[str]:
        return self.rule_ids if self.rule_ids is not None else list(REGISTRY)

    def _findings(
        self,
        rule: Rule,
        partnership: Partnership,
        context: Context,
        schema_broken: bool,
        display: str,
    ) -> list[Finding]:
        try:
            return list(rule.check(partnership, self.config.options(rule), context))
        except Exception as error:
            if schema_broken:
                return []  # the schema problems already explain what is wrong
            raise RuleCrashed(rule.ID, display) from error


def _applies(rule: Rule, partnership: Partnership) -> bool:
    statuses = getattr(rule, "STATUSES", None)
    return statuses is None or partnership.status in statuses


def _locate(doc: document.Document, rule: str, severity: str, finding: Finding) -> Problem:
    line, column = doc.position(finding.pointer)
    return Problem(
        doc.display, line, column, rule, severity, finding.key, finding.args, finding.pointer
    )
