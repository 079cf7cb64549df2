"""The command line of ``ptk site`` and ``ptk calendar``: their options."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any


def add_site(parser: argparse.ArgumentParser, _: Any, date_argument: Callable[[str], date]) -> None:
    """``ptk site [PATH] [-o DIR] [--force] [--include-contacts] [--with-documents]``."""
    _portfolio(parser, _, date_argument)
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("site"),
        metavar=_("cli.metavar.folder"),
        help=_("cli.site.output"),
    )
    parser.add_argument("--force", action="store_true", help=_("cli.site.force"))
    parser.add_argument(
        "--include-contacts", action="store_true", help=_("cli.site.include-contacts")
    )
    parser.add_argument("--with-documents", action="store_true", help=_("cli.site.with-documents"))


def add_calendar(
    parser: argparse.ArgumentParser, _: Any, date_argument: Callable[[str], date]
) -> None:
    """``ptk calendar [PATH] [-o FILE] [--force]``."""
    _portfolio(parser, _, date_argument)
    parser.add_argument(
        "-o", "--output", type=Path, metavar=_("cli.metavar.file"), help=_("cli.calendar.output")
    )
    parser.add_argument("--force", action="store_true", help=_("cli.force"))


def _portfolio(
    parser: argparse.ArgumentParser, _: Any, date_argument: Callable[[str], date]
) -> None:
    parser.add_argument("path", nargs="?", metavar=_("cli.metavar.path"), help=_("cli.site.path"))
    parser.add_argument(
        "--today", type=date_argument, metavar=_("cli.metavar.date"), help=_("cli.lint.today")
    )
    parser.add_argument(
        "--config", metavar=_("cli.metavar.file"), type=Path, help=_("cli.check.config")
    )
