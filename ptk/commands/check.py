"""``ptk validate`` (format and integrity) and ``ptk lint`` (everything)."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from ptk import exitcodes, i18n
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
from ptk.lint.engine import Engine
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

    with _without_collector():
        report = engine.run(files)
        color = console.color and args.format == "text"
        reporter(args.format)(report, console.lang, console.out, color)
    report_crashes(report, console)
    return exitcodes.for_report(report, getattr(args, "strict", False))


@contextlib.contextmanager
def _without_collector() -> Iterator[None]:
    """Python's cycle collector paused: a run makes hundreds of thousands of objects
    (cached results, report lines) and no cycles worth chasing, and the collector would
    walk them all again and again (a third of a warm run's time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()  # what the run made is never walked again (a collection would walk it all)
            gc.enable()


def report_crashes(report: Any, console: Console) -> None:
    """After the report: which files ptk failed on, with the tracebacks under PTK_DEBUG."""
    crashed = report.crashed
    if not crashed:
        return
    paths = ", ".join(problem.path for problem in crashed)
    said = i18n.plural(console.lang, "cli.files-crashed", len(crashed), paths=paths)
    console.err.write(console._("cli.error.line", message=said) + "\n")
    if os.environ.get("PTK_DEBUG"):
        for problem in crashed:
            console.err.write(f"{problem.path}:\n{problem.args.get('traceback', '')}\n")
    else:
        console.note("cli.internal-error.hint")
