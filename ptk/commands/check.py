"""``ptk validate`` (format and integrity) and ``ptk lint`` (everything)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ptk import exitcodes, i18n
from ptk.console import Console
from ptk.files import partnership_files
from ptk.lint.config import Config, ConfigError, find_config, load_config
from ptk.lint.engine import Engine, RuleCrashed
from ptk.lint.rules import VALIDATE_RULES
from ptk.report import REPORTERS
from ptk.report.text import write as write_text

FORMATS = tuple(REPORTERS)


def run_validate(args: argparse.Namespace, console: Console) -> int:
    return _run(args, console, VALIDATE_RULES)


def run_lint(args: argparse.Namespace, console: Console) -> int:
    return _run(args, console, None)


def configuration(
    args: argparse.Namespace, paths: Sequence[str], console: Console
) -> Config | None:
    """The configuration for ``paths`` (``--config`` or the nearest ``.ptk.yaml``), or None
    after reporting why it cannot be used."""
    start = Path(paths[0]) if paths else Path.cwd()
    try:
        config = load_config(args.config or find_config(start))
    except ConfigError as error:
        console.lang = i18n.resolve_lang(args.lang, error.lang)

        for problem in error.problems:
            where = f"{problem.path}:{problem.line}:{problem.column}"
            console.err.write(f"{where}: error config {problem.message(console.lang)}\n")
        return None
    console.lang = i18n.resolve_lang(args.lang, config.lang)
    return config


def _run(args: argparse.Namespace, console: Console, rule_ids: Sequence[str] | None) -> int:
    config = configuration(args, args.paths, console)
    if config is None:
        return exitcodes.USAGE
    today: date = getattr(args, "today", None) or config.today or date.today()
    engine = Engine(config, today, rule_ids)
    try:
        report = engine.run(partnership_files(args.paths))
    except RuleCrashed as crash:
        console.error("cli.rule-crashed", rule=crash.rule, path=crash.path)
        return exitcodes.INTERNAL
    reporter = REPORTERS[args.format]
    if reporter is write_text:
        reporter(report, console.lang, console.out, console.color)
    else:
        reporter(report, console.lang, console.out, False)
    return exitcodes.for_report(report, getattr(args, "strict", False))
