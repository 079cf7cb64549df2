"""The command line of ``ptk health``: its actions and their options (argparse only, so
that building ``ptk --help`` stays light)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ptk.argparsing import Formatter, Parser
from ptk.i18n import LANGS

DateArgument = Callable[[str], date]


def add_actions(parser: argparse.ArgumentParser, _: Any, date_argument: DateArgument) -> None:
    """``questions``, ``form``, ``import`` and ``report`` under ``ptk health``."""
    # ``--lang`` after the action too, without undoing one given before it
    lang = Parser(add_help=False)
    lang.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=_("cli.lang"))
    actions = parser.add_subparsers(
        dest="action", metavar=_("cli.health.metavar.action"), parser_class=Parser
    )
    for name, add in (
        ("questions", _format),
        ("form", _form),
        ("import", _import),
        ("report", _report),
    ):
        text = _(f"cli.health.{name}.help")
        action = actions.add_parser(
            name, parents=[lang], help=text, description=text, formatter_class=Formatter
        )
        add(action, _, date_argument)


FORMS = ("pdf", "odt", "docx", "html", "md", "csv")  # the formats of ptk health form


def _format(parser: argparse.ArgumentParser, _: Any, date_argument: DateArgument) -> None:
    parser.add_argument(
        "-f", "--format", choices=("text", "json"), default="text", help=_("cli.check.format")
    )


def _form(parser: argparse.ArgumentParser, _: Any, date_argument: DateArgument) -> None:
    parser.add_argument("file", metavar=_("cli.metavar.file"), help=_("cli.health.file"))
    parser.add_argument("-t", "--to", choices=FORMS, default="pdf", help=_("cli.health.form.to"))
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("build"),
        metavar=_("cli.metavar.folder"),
        help=_("cli.render.output"),
    )
    parser.add_argument(
        "--templates", type=Path, metavar=_("cli.metavar.folder"), help=_("cli.render.templates")
    )
    parser.add_argument(
        "--today", type=date_argument, metavar=_("cli.metavar.date"), help=_("cli.render.today")
    )


def _import(parser: argparse.ArgumentParser, _: Any, date_argument: DateArgument) -> None:
    parser.add_argument("csv", metavar=_("cli.metavar.file"), help=_("cli.health.import.csv"))
    parser.add_argument(
        "-p",
        "--partnership",
        required=True,
        metavar=_("cli.metavar.id"),
        help=_("cli.health.import.partnership"),
    )
    parser.add_argument(
        "--date",
        type=date_argument,
        metavar=_("cli.metavar.date"),
        help=_("cli.health.import.date"),
    )


def _report(parser: argparse.ArgumentParser, _: Any, date_argument: DateArgument) -> None:
    parser.add_argument("file", metavar=_("cli.metavar.file"), help=_("cli.health.file"))
    _format(parser, _, date_argument)
