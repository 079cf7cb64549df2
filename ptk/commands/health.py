"""``ptk health``: the health check (« bilan de santé ») — questions, form, import, report."""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path

from ptk import document, exitcodes
from ptk.commands._setup import configuration, print_problems
from ptk.console import Console
from ptk.errors import UsageError
from ptk.files import SUFFIXES
from ptk.health import questionnaire, results
from ptk.health.rounds import folder_of, round_files, rounds_beside
from ptk.lint.config import Config
from ptk.lint.engine import Engine, load_problem
from ptk.lint.rules import VALIDATE_RULES
from ptk.partnership import Partnership

_SOURCE_FILE = re.compile(r"\s*\(\d{3}_[0-9a-f]+\.txt\)")  # where the guide sits in the repository


class Stop(Exception):
    """The command ends here with ``code``; what went wrong is already said."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def run(args: argparse.Namespace, console: Console) -> int:
    """Run the ``ptk health`` action named on the command line."""
    if not getattr(args, "action", None):
        raise UsageError("health.which-action")
    args.config = getattr(args, "config", None)
    config = configuration(args, [], console)
    if config is None:
        return exitcodes.USAGE
    try:
        return int(_ACTIONS[args.action](args, console, config))
    except Stop as stop:
        return stop.code


def run_questions(args: argparse.Namespace, console: Console, config: Config) -> int:
    found = questionnaire.load()
    if args.format == "json":
        text = json.dumps(found.as_json(console.lang), ensure_ascii=False, indent=2)
        console.out.write(text + "\n")
        return exitcodes.OK
    lang, _ = console.lang, console._
    scale = " · ".join(
        f"{value} {questionnaire.in_lang(t, lang)}" for value, t in found.scale.items()
    )
    console.say("health.questions.scale", scale=scale)
    for dimension in found.dimensions:
        console.out.write(f"\n{questionnaire.in_lang(dimension.title, lang)}\n")
        console.out.write(f"  {questionnaire.in_lang(dimension.description, lang)}\n")
        for question in dimension.questions:
            console.out.write(f"  {question.id:<22} {questionnaire.in_lang(question.text, lang)}\n")
            source = _SOURCE_FILE.sub("", ", ".join(str(v) for v in question.source.values() if v))
            if source:
                console.out.write(f"  {'':<22} {_('health.questions.source', source=source)}\n")
    return exitcodes.OK


def load_partnership(reference: str, console: Console, config: Config) -> document.Document:
    """The partnership named by its file or its id (``partnerships/<id>.yaml``), valid."""
    path = Path(reference)
    if path.suffix not in SUFFIXES and not path.is_file():
        path = Path("partnerships") / f"{reference}.yaml"
    display = path.as_posix()
    try:
        doc = document.load(path, display, config.max_bytes)
    except document.LoadError as error:
        print_problems(console, [load_problem(display, error)])
        raise Stop(
            exitcodes.USAGE if error.rule == "unreadable-file" else exitcodes.PROBLEMS
        ) from None
    errors = [
        p
        for p in Engine(config, rule_ids=VALIDATE_RULES).check_document(doc)
        if p.severity == "error"
    ]
    if errors:
        print_problems(console, errors)
        raise Stop(exitcodes.PROBLEMS)
    return doc


def partnership_id(doc: document.Document) -> str:
    value = Partnership(doc.data).get("id")
    return value if isinstance(value, str) else doc.path.stem


def run_report(args: argparse.Namespace, console: Console, config: Config) -> int:
    doc = load_partnership(args.file, console, config)
    pid = partnership_id(doc)
    order = _order()
    rounds = rounds_beside(doc.path, pid)
    found = results.measure_all(rounds, order)
    unread = len(round_files(folder_of(doc.path, pid))) - len(rounds)
    if unread:  # broken by hand, or another partnership's: ptk lint says why
        console.note(
            "health.report.unread", count=unread, folder=folder_of(doc.path, pid).as_posix()
        )
    if args.format == "json":
        text = json.dumps(results.as_json(pid, found), ensure_ascii=False, indent=2)
        console.out.write(text + "\n")
        return exitcodes.OK
    from ptk.health.words import report_text

    console.out.write(report_text(Partnership(doc.data), found, console.lang))
    return exitcodes.OK


def _order() -> list[str]:
    try:
        return [dimension.id for dimension in questionnaire.load().dimensions]
    except UsageError:
        return []


def run_form(args: argparse.Namespace, console: Console, config: Config) -> int:
    from ptk.commands.render import templates_for
    from ptk.documents.convert import missing_tools
    from ptk.health.form import write_form

    if args.to != "csv" and missing_tools():  # installed without the ``render`` extra
        raise UsageError("render.missing-tools")
    if args.templates is not None and not args.templates.is_dir():
        raise UsageError("render.no-template-folder", folder=args.templates.as_posix())
    doc = load_partnership(args.file, console, config)
    today: date = args.today or config.today or date.today()
    output = write_form(doc, args.to, args.output, today, templates_for(doc, args.templates))
    console.note("health.form.written", path=output.as_posix())
    return exitcodes.OK


def run_import(args: argparse.Namespace, console: Console, config: Config) -> int:
    from ptk.health.importing import import_csv

    doc = load_partnership(args.partnership, console, config)
    today: date = config.today or date.today()
    code = import_csv(Path(args.csv), doc, args.date or today, today, console)
    if code is not None:
        raise Stop(code)
    return exitcodes.OK


_ACTIONS = {
    "questions": run_questions,
    "form": run_form,
    "import": run_import,
    "report": run_report,
}
