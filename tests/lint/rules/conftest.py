"""Rule tests start from a complete partnership every rule accepts, and change one thing."""

from __future__ import annotations

import copy
import functools
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ptk import document
from ptk.lint.config import Config
from ptk.lint.engine import Engine
from ptk.partnership import LEVELS
from ptk.problem import Problem

TODAY = date(2026, 11, 22)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's: ten times faster
GOOD = Path(__file__).resolve().parents[2] / "data" / "good.yaml"
__all__ = ["LEVELS", "TODAY", "good", "lint", "problems_of", "severities"]


@functools.cache
def _good() -> dict[str, Any]:
    data: dict[str, Any] = document.load(GOOD).data
    return data


def good(**top: Any) -> dict[str, Any]:
    """A fresh copy of the complete partnership, with top-level fields replaced."""
    data = copy.deepcopy(_good())
    for key, value in top.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def lint(
    data: dict[str, Any],
    today: date = TODAY,
    config: Config | None = None,
    rule_ids: tuple[str, ...] | None = None,
) -> list[Problem]:
    """Every problem the linter finds in ``data`` (saved as partnerships/good.yaml), with
    every rule or with ``rule_ids`` only."""
    text = yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, sort_keys=False)
    doc = document.loads(text, Path("partnerships/good.yaml"))
    return Engine(config or Config(), today, rule_ids).check_document(doc)


def problems_of(rule: str, data: dict[str, Any], today: date = TODAY) -> list[Problem]:
    """The problems of ``rule``, running that rule alone (after the schema, as in a real
    run: a rule may count on the schema to explain a file it cannot read).
    ``unused-suppression`` speaks of the other rules, so it runs with all of them."""
    rule_ids = None if rule == "unused-suppression" else tuple({rule: 0, "schema": 0})
    return [problem for problem in lint(data, today, rule_ids=rule_ids) if problem.rule == rule]


def severities(rule: str, data: dict[str, Any], today: date = TODAY) -> list[str | None]:
    """The severity the rule reports at, for each level from information_sharing up."""
    found = []
    for level in LEVELS:
        problems = problems_of(rule, {**data, "level": level}, today)
        found.append(problems[0].severity if problems else None)
    return found
