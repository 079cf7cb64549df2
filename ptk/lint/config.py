"""``.ptk.yaml``: found by walking up from the checked files, validated, then applied.

The engine applies it: which rules run, at which severity, with which options;
which language; which date is "today"; how large a file may be.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ptk import document, schema
from ptk.lint.rule import Rule, Severity, default_severity
from ptk.problem import Finding, Problem

CONFIG_NAME = ".ptk.yaml"
PRESETS = ("default", "strict")
_NOT_CONFIGURABLE = ("unreadable-file", "yaml-syntax")
_RAISED = {"info": "warning", "warning": "error", "error": "error"}


class ConfigError(Exception):
    """The configuration cannot be used; ``problems`` say where and why."""

    def __init__(self, problems: list[Problem], lang: str | None = None) -> None:
        super().__init__(problems[0].key if problems else "config")
        self.problems = problems
        self.lang = lang  # the file's own ``lang``, when it could be read


@dataclass(frozen=True)
class RuleSetting:
    """``off``, a severity, or None for the rule's own; plus options."""

    severity: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    """A validated ``.ptk.yaml`` (or the defaults when there is none)."""

    path: Path | None = None
    preset: str = "default"
    lang: str | None = None
    today: date | None = None
    max_bytes: int = document.DEFAULT_MAX_BYTES
    rules: Mapping[str, RuleSetting] = field(default_factory=dict)

    def severity(self, rule: Rule, level: str) -> Severity:
        """The severity ``rule`` reports at for a partnership of ``level`` (None: silent)."""
        setting = self.rules.get(rule.ID, RuleSetting())
        if setting.severity == "off":
            return None
        if setting.severity is not None:
            return setting.severity
        severity = default_severity(rule, level)
        return _RAISED[severity] if severity and self.preset == "strict" else severity

    def options(self, rule: Rule) -> dict[str, Any]:
        """The rule's options: its defaults, overridden by the configuration."""
        setting = self.rules.get(rule.ID, RuleSetting())
        return {**rule.OPTIONS, **setting.options}


def find_config(start: Path) -> Path | None:
    """The nearest ``.ptk.yaml`` in ``start``'s folder or above it."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        path = candidate / CONFIG_NAME
        if path.is_file():
            return path
    return None


def configured_lang(path: Path | None) -> str | None:
    """The ``lang`` a configuration asks for, read without checking the rest (for
    ``ptk --help``, which must start fast and speak even beside a broken file)."""
    if path is None:
        return None
    try:
        data = document.load(path).data
    except document.LoadError:
        return None
    lang = data.get("lang") if isinstance(data, dict) else None
    return lang if lang in ("fr", "en") else None


def load_config(path: Path | None) -> Config:
    """Read and check ``path``; no path gives the defaults."""
    if path is None:
        return Config()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = 0
    return _load_config(path.resolve(), stamp, _display(path))


@functools.lru_cache(maxsize=8)
def _load_config(path: Path, stamp: int, display: str) -> Config:
    """Reading a configuration once per run, however many steps ask for it."""
    try:
        doc = document.load(path, display)
    except document.LoadError as error:
        raise ConfigError(
            [_problem(display, error.line, error.column, error.key, error.params)]
        ) from None
    errors = [*schema.validate(doc.data, "config"), *_check_rules(doc.data), *_check_size(doc.data)]
    if errors:
        lang = doc.data.get("lang") if isinstance(doc.data, dict) else None
        raise ConfigError(
            [_located(doc, f) for f in errors], lang if lang in ("fr", "en") else None
        )

    return _build(path, doc.data)


def _build(path: Path, data: dict[str, Any]) -> Config:
    rules = {}
    for rule_id, value in (data.get("rules") or {}).items():
        if isinstance(value, str):
            rules[rule_id] = RuleSetting(value)
        else:
            options = {k: v for k, v in value.items() if k != "severity"}
            rules[rule_id] = RuleSetting(value.get("severity"), options)
    today = data.get("today")
    return Config(
        path=path,
        preset=data.get("extends", "default"),
        lang=data.get("lang"),
        today=date.fromisoformat(today) if today else None,
        max_bytes=parse_size(data.get("max_file_size", document.DEFAULT_MAX_BYTES)),
        rules=rules,
    )


MAX_FILE_SIZE = 64 * 1024 * 1024  # no partnership comes near; beyond, memory is at risk


def _check_size(data: Any) -> list[Finding]:
    value = data.get("max_file_size") if isinstance(data, dict) else None
    try:
        size = parse_size(value) if isinstance(value, int | str) else 0
    except ValueError:
        return []  # the schema says what is wrong with it
    if size <= MAX_FILE_SIZE:
        return []
    return [Finding("/max_file_size", "config.size-too-large", {"limit": "64MiB"})]


def _check_rules(data: Any) -> list[Finding]:
    rules = data.get("rules") if isinstance(data, dict) else None
    if not isinstance(rules, dict):
        return []
    from ptk.lint.rules import REGISTRY  # only a configuration that names rules needs them

    findings = []
    for rule_id, value in rules.items():
        pointer = document.join_pointer("rules", rule_id)
        rule = REGISTRY.get(rule_id)
        if rule is None:
            findings.append(Finding(pointer, "config.unknown-rule", {"rule": rule_id}))
        elif rule_id in _NOT_CONFIGURABLE:
            findings.append(Finding(pointer, "config.not-configurable", {"rule": rule_id}))
        elif isinstance(value, dict):
            findings.extend(_check_options(rule, value, pointer))
    return findings


def _check_options(rule: Rule, value: dict[str, Any], pointer: str) -> list[Finding]:
    findings = []
    for name, option in value.items():
        if name == "severity":
            continue
        here = pointer + document.join_pointer(name)
        if name not in rule.OPTIONS:
            findings.append(
                Finding(
                    here,
                    "config.unknown-option",
                    {"rule": rule.ID, "option": name, "options": list(rule.OPTIONS) or ["—"]},
                )
            )
        elif not _same_kind(rule.OPTIONS[name], option):
            findings.append(
                Finding(
                    here,
                    "config.option-type",
                    {"rule": rule.ID, "option": name, "default": rule.OPTIONS[name]},
                )
            )
    return findings


def _same_kind(default: object, value: object) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, int | float):
        return isinstance(value, int | float)
    return isinstance(value, type(default))


_SIZE = re.compile(r"([0-9]+) ?(B|KiB|MiB)?")
_UNITS = {None: 1, "B": 1, "KiB": 1024, "MiB": 1024 * 1024}


def parse_size(value: int | str) -> int:
    """``2MiB`` → 2097152; a plain number is bytes."""
    if isinstance(value, int):
        return value
    match = _SIZE.fullmatch(value.strip())
    if not match:
        raise ValueError(value)
    return int(match.group(1)) * _UNITS[match.group(2)]


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _located(doc: document.Document, finding: Finding) -> Problem:
    line, column = doc.position(finding.pointer)
    return _problem(doc.display, line, column, finding.key, finding.args, finding.pointer)


def _problem(
    path: str, line: int, column: int, key: str, args: Mapping[str, Any], pointer: str = ""
) -> Problem:
    return Problem(path, line, column, "config", "error", key, args, pointer)
