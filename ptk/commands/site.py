"""``ptk site``: the portfolio as a static site; ``ptk calendar``: its dates as iCalendar."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ptk import exitcodes
from ptk.commands._setup import cache_folder, configuration
from ptk.console import Console
from ptk.files import partnership_files
from ptk.site import model


def _portfolio(args: argparse.Namespace, console: Console) -> model.Portfolio | None:
    paths = [args.path] if args.path else []
    config = configuration(args, paths, console)
    if config is None:
        return None
    today: date = args.today or config.today or date.today()
    files = partnership_files(paths)
    return model.load(
        files,
        config,
        today,
        console.lang,
        include_contacts=getattr(args, "include_contacts", False),
        cache_folder=cache_folder(config),
    )


def run_site(args: argparse.Namespace, console: Console) -> int:
    from ptk.site.output import SiteFolder
    from ptk.site.pages import Site

    folder = SiteFolder(args.output, args.force)  # refuses a folder it may not write in
    portfolio = _portfolio(args, console)
    if portfolio is None:
        return exitcodes.USAGE
    documents = None
    if args.with_documents:
        from ptk.site.documents import Documents

        documents = Documents(folder, portfolio.today, console)
    Site(portfolio, folder, documents).build()
    console.note(
        "site.written",
        folder=args.output.as_posix(),
        partnerships=len(portfolio.entries),
        organisations=len(portfolio.organisations),
    )
    return exitcodes.OK


def run_calendar(args: argparse.Namespace, console: Console) -> int:
    from ptk.site.calendar import ics

    portfolio = _portfolio(args, console)
    if portfolio is None:
        return exitcodes.USAGE
    data = ics(portfolio.entries, console._("site.title"))
    if args.output is None:
        console.out.write(data.decode("utf-8"))
        return exitcodes.OK
    from ptk.writing import write_file

    write_file(Path(args.output), data, overwrite=args.force)
    console.note("calendar.written", path=Path(args.output).as_posix())
    return exitcodes.OK
