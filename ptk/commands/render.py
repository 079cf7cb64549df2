"""``ptk render``: the convention (and other documents) as PDF, ODT, DOCX, HTML or Markdown."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ptk import document, exitcodes, i18n
from ptk.commands._setup import configuration, print_problems
from ptk.console import Console
from ptk.documents.compose import DOCUMENTS, Markup, TemplateProblem, Templates, compose
from ptk.documents.convention import Logo, logo_markdown, logos
from ptk.documents.convention import values as convention_values
from ptk.documents.convert import FORMATS, RenderError, convert, install_command, missing_tools
from ptk.errors import UsageError
from ptk.files import partnership_files
from ptk.lint.config import Config
from ptk.lint.engine import Engine, load_problem
from ptk.lint.rules import VALIDATE_RULES
from ptk.partnership import Partnership
from ptk.resources import resource_dir
from ptk.writing import write_file


@dataclass(frozen=True)
class Job:
    """One output file: a document of a partnership in a format."""

    doc: document.Document
    document: str
    target: str
    output: Path


def formats(values: Sequence[str]) -> list[str]:
    """``--to pdf --to odt,docx`` → ``["pdf", "odt", "docx"]``; default PDF."""
    chosen: list[str] = []
    for value in values or ["pdf"]:
        for name in value.split(","):
            name = name.strip().lower()
            if name not in FORMATS:
                raise UsageError("render.unknown-format", value=name, choices=", ".join(FORMATS))
            if name not in chosen:
                chosen.append(name)
    return chosen


def run(args: argparse.Namespace, console: Console) -> int:
    if missing_tools():  # installed without the ``render`` extra
        raise UsageError("render.missing-tools", command=install_command())
    if not args.files and not args.all:
        raise UsageError("render.which-files")
    paths = [] if args.all else args.files
    config = configuration(args, paths, console)
    if config is None:
        return exitcodes.USAGE
    targets = formats(args.to)
    today: date = args.today or config.today or date.today()
    loaded, code = _load_all(partnership_files(paths), config, args.force, console)
    documents = args.document or ["convention"]
    declined = [doc for doc in loaded if "convention" in documents and _declined(doc)]
    for doc in declined:  # asked for by name: an error; met in --all: passed over
        if args.all:
            console.note("render.declined-skipped", path=doc.display)
        else:
            console.error("render.declined", path=doc.display)
    code = max(code, exitcodes.PROBLEMS if declined and not args.all else exitcodes.OK)
    jobs = [
        Job(doc, name, target, args.output / f"{_identifier(doc)}-{name}.{target}")
        for doc in loaded
        for name in documents
        for target in targets
        if not (name == "convention" and doc in declined)
    ]
    try:
        return max(code, _render_all(jobs, args, config, today, console))
    except RenderError as error:
        console.error(error.key, **error.params)
        return exitcodes.USAGE


def _declined(doc: document.Document) -> bool:
    """A declined partnership gets no convention (its summary still renders)."""
    return isinstance(doc.data, dict) and doc.data.get("status") == "declined"


def _identifier(doc: document.Document) -> str:
    value = doc.data.get("id") if isinstance(doc.data, dict) else None
    return value if isinstance(value, str) and value.replace("-", "").isalnum() else doc.path.stem


def _load_all(
    files: list[tuple[Path, str]], config: Config, force: bool, console: Console
) -> tuple[list[document.Document], int]:
    """The files that can be rendered; problems are reported and decide the exit code."""
    engine = Engine(config, rule_ids=VALIDATE_RULES)
    loaded, code = [], exitcodes.OK
    for path, display in files:
        try:
            doc = document.load(path, display, config.max_bytes)
        except document.LoadError as error:
            print_problems(console, [load_problem(display, error)])
            code = max(
                code, exitcodes.USAGE if error.rule == "unreadable-file" else exitcodes.PROBLEMS
            )
            continue
        errors = [p for p in engine.check_document(doc) if p.severity == "error"]
        if errors:
            print_problems(console, errors)
            if not force or not isinstance(doc.data, dict):
                console.note("render.not-rendered", path=display)
                code = max(code, exitcodes.PROBLEMS)
                continue
        loaded.append(doc)
    return loaded, code


def templates_for(doc: document.Document, override: Path | None) -> Templates:
    """The group's templates first (``--templates``, or ``templates/`` beside
    ``partnerships/``), then ptk's own."""
    own = override or doc.path.resolve().parent.parent / "templates"
    folders = (own, resource_dir("templates")) if own.is_dir() else (resource_dir("templates"),)
    return Templates(folders)


def _render_all(
    jobs: list[Job], args: argparse.Namespace, config: Config, today: date, console: Console
) -> int:
    if args.templates is not None and not args.templates.is_dir():
        raise UsageError("render.no-template-folder", folder=args.templates.as_posix())
    done = 0

    def render_one(job: Job) -> tuple[Job, Skipped | None]:
        try:
            data = _render(job, args.templates, config, today)
        except Skipped as skipped:
            return job, skipped
        write_file(job.output, data, overwrite=True)
        return job, None

    with ThreadPoolExecutor(max_workers=min(len(jobs) or 1, os.cpu_count() or 1)) as pool:
        for job, skipped in pool.map(render_one, jobs):
            done += 1
            if skipped is not None:
                console.note(skipped.key, path=job.doc.display)
            else:
                console.note(
                    "render.progress", done=done, total=len(jobs), path=job.output.as_posix()
                )
    return exitcodes.OK


class Skipped(Exception):
    """This document has nothing to say for this partnership (an amendment with no change)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _amendment(doc: document.Document, lang: str) -> dict[str, Any]:
    """What the amendment lists: the unsigned changes since the signed version, in words."""
    from ptk.history.gitlog import find_repository

    if find_repository(doc.path) is None:
        raise UsageError("render.amendment-no-git", path=doc.display)
    from ptk.history.diff import describe
    from ptk.history.versions import History, since_signed

    history = History(doc.path)
    history.check_not_shallow()
    signed = history.signed()
    if signed is None:
        raise Skipped("render.amendment-never-signed")
    changes = since_signed(signed, doc.data).changes
    if not changes:
        raise Skipped("render.amendment-nothing")
    return {
        "rev": signed.short,
        "date": signed.date,
        "changes": [describe(c, lang) for c in changes],
    }


def _render(job: Job, override: Path | None, config: Config, today: date) -> bytes:
    lang = _lang(job.doc.data)
    templates = templates_for(job.doc, override)
    extra: dict[str, Any] = {"target": job.target}
    files: dict[str, bytes] = {}
    if job.document == "evaluation":
        extra["findings"] = _findings(job.doc, config, today, lang)
        from ptk.health.evaluation import section

        extra["health"], files = section(job.doc.path, Partnership(job.doc.data), lang, job.target)
    if job.document == "amendment":
        extra["amendment"] = _amendment(job.doc, lang)

    logos = _logos(job)
    extra["logos"] = Markup(logo_markdown(logos, job.target))
    try:
        markdown = compose(job.document, job.doc.data, templates, lang, today, extra)
    except TemplateProblem as problem:
        raise UsageError(problem.key, **problem.params) from None
    if job.target == "pdf":
        files.update((logo.name, logo.content) for logo in logos)
    return convert(markdown, job.target, templates, files, _draft_mark(job, extra, lang))


def _draft_mark(job: Job, extra: dict[str, Any], lang: str) -> str | None:
    """« PROJET » for a convention that is not signed by every partner (or, when the
    caller says so in ``extra["draft"]``, changed since it was signed)."""
    if job.document != "convention" or not isinstance(job.doc.data, dict):
        return None
    draft = extra.get("draft", convention_values(job.doc.data)["draft"])
    return i18n.message(lang, "doc.draft-mark") if draft else None


def _logos(job: Job) -> list[Logo]:
    """The partners' logos, from the folder that holds ``partnerships/``."""
    if job.target == "md" or not isinstance(job.doc.data, dict):
        return []
    return logos(job.doc.data, job.doc.path.resolve().parent.parent)


def _lang(data: Any) -> str:
    value = data.get("lang") if isinstance(data, dict) else None
    return value if value in i18n.LANGS else "fr"


def _findings(doc: document.Document, config: Config, today: date, lang: str) -> list[str]:
    problems = Engine(config, today).check_document(doc)
    return [problem.message(lang) for problem in problems if problem.rule != "unused-suppression"]


__all__ = ["DOCUMENTS", "FORMATS", "RenderError", "run"]
