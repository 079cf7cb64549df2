"""What commands share: the configuration, the history the linter reads, the cache, and
how a command prints the problems that stop it."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from ptk import i18n
from ptk.console import Console
from ptk.lint.cache import FOLDER as CACHE_FOLDER
from ptk.lint.cache import context_key
from ptk.lint.config import Config, ConfigError, find_config, load_config
from ptk.lint.rule import HistorySource
from ptk.problem import Problem


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

        print_problems(console, error.problems)
        return None
    console.lang = i18n.resolve_lang(args.lang, config.lang)
    return config


def print_problems(console: Console, problems: Iterable[Problem]) -> None:
    """Problems on the error stream, one ``path:line:col: severity rule message`` line each."""
    for problem in problems:
        console.err.write(problem.text(console.lang) + "\n")


def history_tracker(
    files: list[tuple[Path, str]],
    rule_ids: Sequence[str] | None,
    console: Console | None = None,
    folder: Path | None = None,
) -> HistorySource | None:
    """What changed since signature, from git — only when that rule runs, inside a
    repository with its whole history (a shallow clone is said, then skipped)."""
    if not files or (rule_ids is not None and "changed-since-signature" not in rule_ids):
        return None
    from ptk.history.gitlog import find_repository

    root = find_repository(files[0][0])
    if root is None:
        return None
    if (root / ".git" / "shallow").is_file():
        if console is not None:
            console.note("history.shallow-skipped")
        return None
    from ptk.history.source import SignatureTracker

    return SignatureTracker(folder)


def changed_files(
    files: list[tuple[Path, str]], since: str, console: Console
) -> list[tuple[Path, str]]:
    """The files among ``files`` changed since revision ``since`` (all of them when the
    configuration or a schema changed)."""
    from ptk.history.gitlog import Repository

    start = files[0][0] if files else Path.cwd()
    changed = Repository(start).changed_since(since)
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
