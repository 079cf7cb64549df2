"""The ``ptk`` command: parse the arguments, run a command, return its exit code.

Every text here, argparse's own included, comes from the catalogues, so that
``ptk --help`` reads in French or English like everything else.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ptk import exitcodes, i18n
from ptk.argparsing import Formatter as _Formatter
from ptk.argparsing import Parser as _Parser
from ptk.argparsing import Version as _Version
from ptk.argparsing import translate_argparse as _translate_argparse
from ptk.console import Console
from ptk.errors import UsageError
from ptk.report import FORMATS

Command = Callable[[argparse.Namespace, Console], int]


def main(argv: Sequence[str] | None = None, console: Console | None = None) -> int:
    """Run ``ptk`` with ``argv`` (default: the command line); return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    console = console or Console("en")
    console.lang = _early_lang(argv)
    try:
        args = build_parser(console, _named_command(argv)).parse_args(argv)
        if getattr(args, "lang", None) is None:
            args.lang = args.global_lang
        return _load(args.command)(args, console)
    except SystemExit as exit_:  # argparse: --help, --version, usage errors
        return exit_.code if isinstance(exit_.code, int) else exitcodes.USAGE
    except UsageError as error:
        console.error(error.key, **error.params)
        return exitcodes.USAGE
    except BrokenPipeError:  # the reader (``| head``) stopped reading: stop quietly
        _silence_stdout()
        return exitcodes.PROBLEMS
    except KeyboardInterrupt:
        console.note("cli.interrupted")
        return 130
    except Exception:
        return _internal_error(console)


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _internal_error(console: Console) -> int:
    console.error("cli.internal-error")
    if os.environ.get("PTK_DEBUG"):
        import traceback

        traceback.print_exc(file=console.err)
    else:
        console.note("cli.internal-error.hint")
    return exitcodes.INTERNAL


def _early_lang(argv: list[str]) -> str:
    """The language of help and usage errors: ``--lang``, then ``.ptk.yaml``, then the locale."""
    for index, argument in enumerate(argv):
        if argument.startswith("--lang="):
            value = argument.split("=", 1)[1]
            if value in i18n.LANGS:
                return value
        elif argument == "--lang" and index + 1 < len(argv) and argv[index + 1] in i18n.LANGS:
            return argv[index + 1]
    from ptk.lint.config import configured_lang, find_config

    return i18n.resolve_lang(None, configured_lang(find_config(Path.cwd())))


# ------------------------------------------------------------------------ parser


def build_parser(console: Console, only: str | None = None) -> argparse.ArgumentParser:
    """The command line, in the console's language: every command, or ``only`` one
    (the one being run: no need to build the others)."""
    _translate_argparse(console.lang)
    _ = console._
    _Parser.console = console
    parser = _Parser(
        prog="ptk",
        description=_("cli.description"),
        epilog=_("cli.epilog"),
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action=_Version, help=_("cli.version"))
    parser.add_argument("--lang", dest="global_lang", choices=i18n.LANGS, help=_("cli.lang"))
    parser.set_defaults(command=_show_help(parser))
    common = _Parser(add_help=False)
    common.add_argument("--lang", choices=i18n.LANGS, help=_("cli.lang"))
    sub = parser.add_subparsers(
        title=_("cli.commands"), metavar=_("cli.metavar.command"), parser_class=_Parser
    )
    for name, add in _COMMANDS.items():
        if only is None or name == only:
            add(sub, common, _)
    return parser


def _named_command(argv: list[str]) -> str | None:
    """The command in ``argv`` when it is a known one (else the full parser is built)."""
    skip = False
    for argument in argv:
        if skip or argument.startswith("-"):
            skip = argument == "--lang"
            continue
        return argument if argument in _COMMANDS else None
    return None


def _show_help(parser: argparse.ArgumentParser) -> Command:
    def show(args: argparse.Namespace, console: Console) -> int:
        parser.print_help(console.out)
        return exitcodes.OK

    return show


def _load(command: Command | str) -> Command:
    """A command given as ``"module:function"`` is imported only when it runs, so that
    ``ptk lint`` does not pay for pandoc, Typst or git."""
    if callable(command):
        return command
    module, _, function = command.partition(":")
    run: Command = getattr(importlib.import_module(module), function)
    return run


def _command(
    sub: Any, common: argparse.ArgumentParser, name: str, _: Any, run: str
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        parents=[common],
        help=_(f"cli.{name}.help"),
        description=_(f"cli.{name}.description"),
        formatter_class=_Formatter,
    )
    parser.set_defaults(command=run)
    return parser


def _check_options(parser: argparse.ArgumentParser, _: Any, formats: Sequence[str]) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar=_("cli.metavar.path"), help=_("cli.check.paths")
    )
    parser.add_argument(
        "-f", "--format", choices=formats, default="text", help=_("cli.check.format")
    )
    parser.add_argument(
        "--config", metavar=_("cli.metavar.file"), type=Path, help=_("cli.check.config")
    )


def _add_validate(sub: Any, common: argparse.ArgumentParser, _: Any) -> None:

    parser = _command(sub, common, "validate", _, "ptk.commands.check:run_validate")
    _check_options(parser, _, FORMATS)


def _add_lint(sub: Any, common: argparse.ArgumentParser, _: Any) -> None:

    parser = _command(sub, common, "lint", _, "ptk.commands.check:run_lint")
    _check_options(parser, _, FORMATS)
    parser.add_argument("--strict", action="store_true", help=_("cli.lint.strict"))
    parser.add_argument(
        "--today", type=_date_argument, metavar=_("cli.metavar.date"), help=_("cli.lint.today")
    )
    parser.add_argument(
        "--changed-since", metavar=_("cli.metavar.rev"), help=_("cli.lint.changed-since")
    )
    parser.add_argument("--no-cache", action="store_true", help=_("cli.lint.no-cache"))


def _add_status(sub: Any, common: argparse.ArgumentParser, _: Any) -> None:

    parser = _command(sub, common, "status", _, "ptk.commands.status:run")
    parser.add_argument(
        "paths", nargs="*", metavar=_("cli.metavar.path"), help=_("cli.check.paths")
    )
    parser.add_argument(
        "-f", "--format", choices=("text", "json"), default="text", help=_("cli.check.format")
    )
    parser.add_argument(
        "--today", type=_date_argument, metavar=_("cli.metavar.date"), help=_("cli.lint.today")
    )
    parser.add_argument(
        "--config", metavar=_("cli.metavar.file"), type=Path, help=_("cli.check.config")
    )


def _add_history(sub: Any, common: argparse.ArgumentParser, _: Any) -> None:

    parser = _command(sub, common, "history", _, "ptk.commands.history:run_history")
    parser.add_argument("file", metavar=_("cli.metavar.file"), help=_("cli.history.file"))
    parser.add_argument("--reverse", action="store_true", help=_("cli.history.reverse"))
    parser.add_argument(
        "-f", "--format", choices=("text", "json"), default="text", help=_("cli.check.format")
    )


def _add_diff(sub: Any, common: argparse.ArgumentParser, _: Any) -> None:

    parser = _command(sub, common, "diff", _, "ptk.commands.history:run_diff")
    parser.add_argument("file", metavar=_("cli.metavar.file"), help=_("cli.history.file"))
    parser.add_argument(
        "revisions", nargs="*", metavar=_("cli.metavar.rev"), help=_("cli.diff.revisions")
    )
    parser.add_argument(
        "-f", "--format", choices=("text", "json"), default="text", help=_("cli.check.format")
    )


def _add_new(sub: Any, common: argparse.ArgumentParser, _: Any) -> None:
    from ptk.partnership import LEVELS

    parser = _command(sub, common, "new", _, "ptk.commands.new:run")
    parser.add_argument("id", metavar=_("cli.metavar.id"), help=_("cli.new.id"))
    parser.add_argument("--title", metavar=_("cli.metavar.title"), help=_("cli.new.title"))
    parser.add_argument("--level", choices=LEVELS, default="cooperation", help=_("cli.new.level"))
    parser.add_argument(
        "--partner",
        action="append",
        default=[],
        metavar=_("cli.metavar.id-name"),
        help=_("cli.new.partner"),
    )
    parser.add_argument(
        "--dir",
        type=Path,
        default=Path("partnerships"),
        metavar=_("cli.metavar.folder"),
        help=_("cli.new.dir"),
    )


def _add_render(sub: Any, common: argparse.ArgumentParser, _: Any) -> None:
    from ptk.documents.compose import DOCUMENTS

    parser = _command(sub, common, "render", _, "ptk.commands.render:run")
    parser.add_argument(
        "files", nargs="*", metavar=_("cli.metavar.file"), help=_("cli.render.files")
    )
    parser.add_argument("--all", action="store_true", help=_("cli.render.all"))
    parser.add_argument(
        "-d", "--document", action="append", choices=DOCUMENTS, help=_("cli.render.document")
    )
    parser.add_argument(
        "-t", "--to", action="append", metavar=_("cli.metavar.format"), help=_("cli.render.to")
    )
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
    parser.add_argument("--force", action="store_true", help=_("cli.render.force"))
    parser.add_argument(
        "--today", type=_date_argument, metavar=_("cli.metavar.date"), help=_("cli.render.today")
    )
    parser.add_argument(
        "--config", metavar=_("cli.metavar.file"), type=Path, help=_("cli.check.config")
    )


def _add_templates(sub: Any, common: argparse.ArgumentParser, _: Any) -> None:

    parser = _command(sub, common, "templates", _, "ptk.commands.templates:run")
    parser.add_argument("action", choices=("init", "list", "vars"), help=_("cli.templates.action"))
    parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=Path("templates"),
        metavar=_("cli.metavar.folder"),
        help=_("cli.templates.folder"),
    )
    parser.add_argument("--force", action="store_true", help=_("cli.force"))


def _add_schema(sub: Any, common: argparse.ArgumentParser, _: Any) -> None:

    parser = _command(sub, common, "schema", _, "ptk.commands.schema_command:run")
    parser.add_argument(
        "which",
        nargs="?",
        choices=("partnership", "config", "health"),
        default="partnership",
        help=_("cli.schema.which"),
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar=_("cli.metavar.file"), help=_("cli.schema.output")
    )
    parser.add_argument("--force", action="store_true", help=_("cli.force"))


def _add_rules(sub: Any, common: argparse.ArgumentParser, _: Any) -> None:

    parser = _command(sub, common, "rules", _, "ptk.commands.rules:run")
    parser.add_argument(
        "action", nargs="?", choices=("list", "explain"), default="list", help=_("cli.rules.action")
    )
    parser.add_argument("rule", nargs="?", metavar=_("cli.metavar.rule"), help=_("cli.rules.rule"))


def _add_site(sub: Any, common: argparse.ArgumentParser, _: Any) -> None:
    from ptk.site.arguments import add_site

    add_site(_command(sub, common, "site", _, "ptk.commands.site:run_site"), _, _date_argument)


def _add_calendar(sub: Any, common: argparse.ArgumentParser, _: Any) -> None:
    from ptk.site.arguments import add_calendar

    parser = _command(sub, common, "calendar", _, "ptk.commands.site:run_calendar")
    add_calendar(parser, _, _date_argument)


def _add_completion(sub: Any, common: argparse.ArgumentParser, _: Any) -> None:

    parser = _command(sub, common, "completion", _, "ptk.commands.completion:run")
    parser.add_argument("shell", choices=("bash", "zsh", "fish"), help=_("cli.completion.shell"))


def _add_health(sub: Any, common: argparse.ArgumentParser, _: Any) -> None:
    from ptk.health.arguments import add_actions

    parser = _command(sub, common, "health", _, "ptk.commands.health:run")
    add_actions(parser, _, _date_argument)


def _date_argument(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(_Parser.console._("cli.bad-date", value=value)) from None


_COMMANDS = {
    "validate": _add_validate,
    "lint": _add_lint,
    "new": _add_new,
    "render": _add_render,
    "templates": _add_templates,
    "status": _add_status,
    "history": _add_history,
    "diff": _add_diff,
    "schema": _add_schema,
    "rules": _add_rules,
    "site": _add_site,
    "calendar": _add_calendar,
    "completion": _add_completion,
    "health": _add_health,
}


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
