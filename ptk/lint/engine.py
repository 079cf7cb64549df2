"""Run the checks on files: load, validate, run rules, rate, locate, filter.

Rules only say what is wrong and where (a JSON pointer).  The engine decides the
severity (the rule's default for the file's level, or the configuration's), turns
pointers into lines and columns, and drops what suppressions silence.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ptk import document
from ptk.health import lint as health_lint
from ptk.health import rounds as health_rounds
from ptk.lint import suppress
from ptk.lint import workers as workers_module
from ptk.lint.cache import Cache, Decoder, content_hash, digest
from ptk.lint.config import Config
from ptk.lint.failures import RuleCrashed, crash_problem
from ptk.lint.rule import (
    Context,
    HistorySource,
    Rule,
    explains_schema,
    file_kinds,
    is_loader,
    statuses,
)
from ptk.lint.rules import REGISTRY
from ptk.organisations import Registry, folder_for, is_organisation_file
from ptk.partnership import Partnership
from ptk.problem import CRASHED, Finding, Problem, Report

UNUSED = "unused-suppression"


@dataclass
class Engine:
    """Checks files with a configuration, a date and a set of rules."""

    config: Config = field(default_factory=Config)
    today: date = field(default_factory=date.today)
    rule_ids: Sequence[str] | None = None  # None: every rule
    signed_changes: HistorySource | None = None
    cache: Cache | None = None
    fast: bool = True
    # (partnership file, id) → its health-check rounds; by default read beside partnerships/
    health: Callable[[Path, str], Sequence[Any]] | None = health_rounds.rounds_beside
    _plans: dict[str, list[_Step]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _organisations: dict[Path | None, Registry] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # per folder of partnerships, looked at once a run: its organisations/, its health/
    _folders: dict[str, tuple[Path | None, frozenset[str]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def rules(self) -> list[Rule]:
        ids = self.rule_ids if self.rule_ids is not None else list(REGISTRY)
        return [REGISTRY[rule_id] for rule_id in ids if not is_loader(REGISTRY[rule_id])]

    def run(self, files: Iterable[tuple[Path, str]]) -> Report:
        """Check each ``(path, display name)``; problems in file order, then by line.

        Unchanged files come from the cache; the others are checked on every core when
        there are enough of them to be worth it.
        """
        report = Report()
        results: list[list[Problem]] = []
        jobs: list[_Job] = []
        for path, display in files:
            report.files += 1
            report.paths.append(display)
            stamp = ""
            if self.cache is not None:  # the cache needs the content's hash
                try:
                    content = self.cache.content_hash(path, self.config.max_bytes)
                except document.LoadError as error:
                    results.append([load_problem(display, error)])
                    continue
                stamp = self._stamp(path)
                cached = self.cache.get(digest(content, path.stem + stamp), display)
                if cached is not None:
                    results.append(cached)
                    continue
            results.append([])
            jobs.append(_Job(len(results) - 1, path, display, stamp))
        for job, (problems, content, entries) in zip(jobs, self._check_all(jobs), strict=True):
            results[job.index] = problems
            if self.cache is not None and content and not _crashed(problems):
                # under the hash of the bytes checked, not of those hashed before
                key = digest(content, job.path.stem + job.stamp)
                if entries is not None:  # as a worker sent them: stored as they are
                    self.cache.put_entries(key, entries)
                else:
                    self.cache.put(key, problems, job.display)
        if self.cache is not None:
            self.cache.save()
        report.problems = [problem for found in results for problem in found]
        return report

    def _stamp(self, path: Path) -> str:
        """What, besides the content, a file's results depend on: its git history."""
        found = self.signed_changes.stamp(path) if self.signed_changes is not None else ""
        if is_organisation_file(path):
            return found
        if self.health is not None:  # and its health-check rounds
            found += health_rounds.stamp(path, path.stem, self._beside(path)[1])
        return found + self._registry(path).fingerprint

    def _beside(self, path: Path) -> tuple[Path | None, frozenset[str]]:
        """The ``organisations/`` folder of a partnership file's folder, and the ids that
        have health-check rounds beside it."""
        folder = os.path.dirname(path)
        found = self._folders.get(folder)
        if found is None:
            found = self._folders[folder] = (
                folder_for(path),
                health_rounds.with_rounds(path.parent),
            )
        return found

    def _check_all(self, jobs: list[_Job]) -> list[workers_module.Checked]:
        """Each job's problems, the hash of the bytes checked, and the problems as the
        cache stores them when a worker sent them so (plain lists cross processes at C
        speed, where problems would be pickled one attribute at a time)."""
        workers = min(os.cpu_count() or 1, len(jobs) // workers_module.PARALLEL_THRESHOLD)
        if workers < 2 or not self.fast:
            return [(*self.check_hashed(job.path, job.display), None) for job in jobs]
        decoder = self.cache.decoder if self.cache is not None else Decoder()
        without_cache = dataclasses.replace(self, cache=None)  # the parent keeps the cache
        files = [(job.path, job.display) for job in jobs]
        return workers_module.check(without_cache, files, workers, decoder)

    def check_file(self, path: Path, display: str) -> list[Problem]:
        """Every problem in one file."""
        return self.check_hashed(path, display)[0]

    def check_hashed(self, path: Path, display: str) -> tuple[list[Problem], str]:
        """Every problem in one file, and the hash of the bytes checked ("" if unread)."""
        try:
            raw = document.read_bytes(path, self.config.max_bytes)
        except document.LoadError as error:
            return [load_problem(display, error)], ""
        try:
            return self.check_bytes(path, display, raw), content_hash(raw)
        except Exception as error:  # a bug in ptk: said for this file, the others go on
            return [crash_problem(display, error)], ""

    def check_bytes(self, path: Path, display: str, raw: bytes) -> list[Problem]:
        """Every problem in one file's content."""
        try:
            doc = document.loads(document.decode(raw), path, display)
        except document.LoadError as error:
            return [load_problem(display, error)]
        return sorted(self.check_document(doc), key=Problem.sort_key)

    def check_document(self, doc: document.Document) -> list[Problem]:
        if health_rounds.is_round(doc.path, doc.data):
            return self._check_round(doc)
        partnership, context = self._prepare(doc)
        problems: list[Problem] = []
        ran: set[str] = set()
        schema_broken = False
        failed: tuple[str, ...] = ()  # values the schema refused: not reported again
        every_status = context.kind == "organisation"  # statuses are for partnerships
        status = partnership.status
        for rule, severity, options, kinds, applies_to in self._plan(partnership.level):
            if context.kind not in kinds:
                continue
            if not every_status and applies_to is not None and status not in applies_to:
                continue
            ran.add(rule.ID)
            findings = self._findings(
                rule, options, partnership, context, schema_broken, doc.display
            )
            if rule.ID == "schema":
                schema_broken = bool(findings)
                failed = tuple(f.pointer for f in findings if f.pointer)
            elif failed and not explains_schema(rule):
                findings = [f for f in findings if not _within(f.pointer, failed)]
            problems.extend(_locate(doc, rule.ID, severity, finding) for finding in findings)
        return self._suppress(doc, partnership, problems, ran)

    def _check_round(self, doc: document.Document) -> list[Problem]:
        """A health-check round file: its format and names (no partnership rule runs)."""
        problems = []
        for rule_id, finding in health_lint.check_round(doc, self.fast):
            severity = self.config.severity(REGISTRY[rule_id], "")
            if severity and rule_id in self._rule_ids():
                problems.append(_locate(doc, rule_id, severity, finding))
        return problems

    def _prepare(self, doc: document.Document) -> tuple[Partnership, Context]:
        """The file as rules see it (partners with their organisation merged in) and
        what they may know besides."""
        if is_organisation_file(doc.path):
            context = Context(
                doc.path,
                self.today,
                None,
                self.fast,
                kind="organisation",
                root=doc.positions.root,
                text=doc.text,
            )
            return Partnership(doc.data), context
        registry = self._registry(doc.path)
        rounds = None
        if self.health is not None:
            rounds = functools.cache(functools.partial(self.health, doc.path))
        context = Context(
            doc.path,
            self.today,
            self.signed_changes,
            self.fast,
            health=rounds,
            organisations=registry.organisations,
            root=doc.positions.root,
            text=doc.text,
        )
        return registry.merged(Partnership(doc.data)), context

    def _registry(self, path: Path) -> Registry:
        folder = self._beside(path)[0]
        if folder not in self._organisations:
            self._organisations[folder] = Registry(folder)
        return self._organisations[folder]

    def _plan(self, level: str) -> list[_Step]:
        """The rules that run at ``level``, with their severity, options, kinds of file and
        statuses (computed once).

        The schema runs first: a rule that fails on a file the schema refused is not a
        bug, since the schema's problems already say what is wrong (see ``_findings``).
        """
        if level not in self._plans:
            ordered = sorted(self.rules(), key=lambda rule: rule.ID != "schema")
            self._plans[level] = [
                (rule, severity, self.config.options(rule), file_kinds(rule), statuses(rule))
                for rule in ordered
                for severity in [self.config.severity(rule, level)]
                if severity
            ]
        return self._plans[level]

    def __getstate__(self) -> dict[str, Any]:  # rule modules do not cross process boundaries
        return {**self.__dict__, "_plans": {}, "_folders": {}}

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
        options: dict[str, Any],
        partnership: Partnership,
        context: Context,
        schema_broken: bool,
        display: str,
    ) -> list[Finding]:
        try:
            return list(rule.check(partnership, options, context))
        except Exception as error:
            if schema_broken:
                return []  # the schema problems already explain what is wrong
            from ptk import schema

            if not schema.is_valid(partnership.raw):  # the schema check is off: say so
                return [Finding("", "lint.rule-skipped", {"rule": rule.ID})]
            raise RuleCrashed(rule.ID, display) from error


# a rule as it runs at a level: severity, options, the kinds of file and statuses it checks
_Step = tuple[Rule, str, dict[str, Any], Collection[str], Collection[str] | None]


@dataclass(frozen=True)
class _Job:
    index: int
    path: Path
    display: str
    stamp: str  # what besides the content the results depend on (git history)


def _crashed(problems: list[Problem]) -> bool:
    return any(problem.rule == CRASHED for problem in problems)


def load_problem(display: str, error: document.LoadError) -> Problem:
    """The problem that a file which cannot be loaded is."""
    return Problem(display, error.line, error.column, error.rule, "error", error.key, error.params)


def _within(pointer: str, failed: tuple[str, ...]) -> bool:
    """Whether ``pointer`` is one of the ``failed`` values or inside one.

    >>> _within("/schedule/start", ("/schedule/start",)), _within("/schedule", ("/schedule/start",))
    (True, False)
    """
    return bool(pointer) and any(pointer == bad or pointer.startswith(bad + "/") for bad in failed)


def _locate(doc: document.Document, rule: str, severity: str, finding: Finding) -> Problem:
    line, column = doc.position(finding.pointer)
    return Problem(
        doc.display, line, column, rule, severity, finding.key, finding.args, finding.pointer
    )
