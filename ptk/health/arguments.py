"""The command line of ``ptk health``: its actions and their options."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ptk.health.form import FORMATS
from ptk.i18n import LANGS


def add_actions(
    parser: argparse.ArgumentParser,
    _: Any,
    parser_class: type[argparse.ArgumentParser],
    date_argument: Callable[[str], date],
) -> None:
    """``questions``, ``form``, ``import`` and ``report`` under ``ptk health``."""
    # ``--lang`` after the action too, without undoing one given before it
    lang = parser_class(add_help=False)
    lang.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=_("cli.lang"))
    actions = parser.add_subparsers(
        dest="action", metavar=_("cli.health.metavar.action"), parser_class=parser_class
    )

    def action(name: str) -> argparse.ArgumentParser:
        added: argparse.ArgumentParser = actions.add_parser(
            name,
            parents=[lang],
            help=_(f"cli.health.{name}.help"),
            description=_(f"cli.health.{name}.help"),
        )
        return added

    _add_questions_and_form(action, _, date_argument)
    _add_import_and_report(action, _, date_argument)


Action = Callable[[str], argparse.ArgumentParser]


def _add_questions_and_form(action: Action, _: Any, date_argument: Callable[[str], date]) -> None:
    questions = action("questions")
    questions.add_argument(
        "-f", "--format", choices=("text", "json"), default="text", help=_("cli.check.format")
    )
    form = action("form")
    form.add_argument("file", metavar=_("cli.metavar.file"), help=_("cli.health.file"))
    form.add_argument("-t", "--to", choices=FORMATS, default="pdf", help=_("cli.health.form.to"))
    form.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("build"),
        metavar=_("cli.metavar.folder"),
        help=_("cli.render.output"),
    )
    form.add_argument(
        "--templates", type=Path, metavar=_("cli.metavar.folder"), help=_("cli.render.templates")
    )
    form.add_argument(
        "--today", type=date_argument, metavar=_("cli.metavar.date"), help=_("cli.render.today")
    )


def _add_import_and_report(action: Action, _: Any, date_argument: Callable[[str], date]) -> None:
    imported = action("import")
    imported.add_argument("csv", metavar=_("cli.metavar.file"), help=_("cli.health.import.csv"))
    imported.add_argument(
        "-p",
        "--partnership",
        required=True,
        metavar=_("cli.metavar.id"),
        help=_("cli.health.import.partnership"),
    )
    imported.add_argument(
        "--date",
        type=date_argument,
        metavar=_("cli.metavar.date"),
        help=_("cli.health.import.date"),
    )
    report = action("report")
    report.add_argument("file", metavar=_("cli.metavar.file"), help=_("cli.health.file"))
    report.add_argument(
        "-f", "--format", choices=("text", "json"), default="text", help=_("cli.check.format")
    )
