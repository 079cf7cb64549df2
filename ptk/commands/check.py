"""``ptk validate`` (format and integrity) and ``ptk lint`` (everything)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date

from ptk import exitcodes
from ptk.commands._setup import (
    cache_context,
    cache_folder,
    changed_files,
    configuration,
    history_tracker,
)
from ptk.console import Console
from ptk.health.rounds import files_beside
from ptk.lint.cache import Cache
from ptk.lint.engine import Engine, RuleCrashed
from ptk.lint.rules import VALIDATE_RULES
from ptk.organisations import lint_files
from ptk.report import reporter


def run_validate(args: argparse.Namespace, console: Console) -> int:
    return _run(args, console, VALIDATE_RULES)


def run_lint(args: argparse.Namespace, console: Console) -> int:
    return _run(args, console, None)


def _run(args: argparse.Namespace, console: Console, rule_ids: Sequence[str] | None) -> int:
    config = configuration(args, args.paths, console)
    if config is None:
        return exitcodes.USAGE
    today: date = getattr(args, "today", None) or config.today or date.today()
    files = lint_files(args.paths)
    since = getattr(args, "changed_since", None)
    if since:
        files = changed_files(files, since, console)
    files += files_beside(files)  # health-check rounds, in health/ beside partnerships/
    use_cache = not getattr(args, "no_cache", True)
    folder = cache_folder(config) if use_cache else None
    tracker = history_tracker(files, rule_ids, console, folder)
    results = Cache(folder, cache_context(config, rule_ids, today)) if folder else None
    engine = Engine(config, today, rule_ids, tracker, results)

    try:
        report = engine.run(files)
    except RuleCrashed as crash:
        console.error("cli.rule-crashed", rule=crash.rule, path=crash.path)
        return exitcodes.INTERNAL
    color = console.color and args.format == "text"
    reporter(args.format)(report, console.lang, console.out, color)
    return exitcodes.for_report(report, getattr(args, "strict", False))
