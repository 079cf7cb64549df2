"""``ptk validate`` (format and integrity) and ``ptk lint`` (everything)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ptk import exitcodes, i18n
from ptk.console import Console
from ptk.files import UsageError, partnership_files
from ptk.lint.cache import FOLDER as CACHE_FOLDER
from ptk.lint.cache import Cache, context_key
from ptk.lint.config import Config, ConfigError, find_config, load_config
from ptk.lint.engine import Engine
from ptk.lint.rules import VALIDATE_RULES
from ptk.report import reporter


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
    files = partnership_files(args.paths)
    since = getattr(args, "changed_since", None)
    if since:
        files = changed_files(files, since, console)
    use_cache = not getattr(args, "no_cache", True)
    folder = cache_folder(config) if use_cache else None
    tracker = history_tracker(files, rule_ids, console, folder)
    results = Cache(folder, cache_context(config, rule_ids, today)) if folder else None
    engine = Engine(config, today, rule_ids, tracker, results)

    report = engine.run(files)
    color = console.color and args.format == "text"
    reporter(args.format)(report, console.lang, console.out, color)
    report_crashes(report, console)
    return exitcodes.for_report(report, getattr(args, "strict", False))


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


def history_tracker(
    files: list[tuple[Path, str]],
    rule_ids: Sequence[str] | None,
    console: Console | None = None,
    folder: Path | None = None,
) -> Any:
    """What changed since signature, from git — only when that rule runs, inside a
    repository with its whole history (a shallow clone is said, then skipped)."""
    if not files or (rule_ids is not None and "changed-since-signature" not in rule_ids):
        return None
    from ptk.gitlog import find_repository

    root = find_repository(files[0][0])
    if root is None:
        return None
    if (root / ".git" / "shallow").is_file():
        if console is not None:
            console.note("history.shallow-skipped")
        return None
    from ptk.gitlog import SignatureTracker

    return SignatureTracker(folder)


def changed_files(
    files: list[tuple[Path, str]], since: str, console: Console
) -> list[tuple[Path, str]]:
    """The files among ``files`` changed since revision ``since`` (all of them when the
    configuration or a schema changed)."""
    from ptk.history import HistoryError, changed_since

    start = files[0][0] if files else Path.cwd()
    try:
        changed = changed_since(start, since)
    except HistoryError as error:
        raise UsageError(error.key, **error.params) from None
    if any(path.name == ".ptk.yaml" or path.name.endswith(".schema.json") for path in changed):
        console.note("lint.changed-config")
        return files
    wanted = {path.resolve() for path in changed}
    return [(path, display) for path, display in files if path.resolve() in wanted]


def cache_folder(config: Config) -> Path:
    """``.ptk_cache/`` beside the configuration file, or in the current folder."""
    return (config.path.parent if config.path else Path.cwd()) / CACHE_FOLDER


def cache_context(config: Config, rule_ids: Sequence[str] | None, today: date) -> str:
    """What results depend on besides each file: configuration, rules and day (each
    file's entry also depends on its content and, in git, on the last commit that
    touched it)."""
    settings = (config.preset, config.max_bytes, sorted(config.rules.items()))
    return context_key([settings, rule_ids, today.isoformat()])
