"""``ptk status``: every partnership in one table, the most urgent first.

The view a partnership circle opens at its meeting: level, status, next review (red
when overdue), what the linter finds, whether it is signed and changed since.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ptk import document, exitcodes, i18n
from ptk.commands._setup import configuration, history_tracker
from ptk.console import Console
from ptk.errors import UsageError
from ptk.files import partnership_files
from ptk.i18n.formats import format_date, label
from ptk.lint.engine import Engine, load_problem
from ptk.partnership import Partnership
from ptk.safe import printable

_RED, _BOLD, _RESET = "\033[31m", "\033[1m", "\033[0m"


@dataclass
class Row:
    path: str
    id: str
    title: str
    level: str
    status: str
    partners: list[str]
    next_review: str | None
    overdue: bool
    errors: int
    warnings: int
    signed: dict[str, Any] | None  # {"rev", "date", "signed_on", "amendment"}
    unsigned_changes: int | None  # None: not in git, or never signed
    unreadable: bool = False  # for the exit code only, not shown

    def urgency(self) -> tuple[bool, int, int, int, int, str]:
        closed = self.status in ("ended", "declined")
        return (
            closed,
            -self.errors,
            -int(self.overdue),
            -(self.unsigned_changes or 0),
            -self.warnings,
            self.title.lower(),
        )


def run(args: argparse.Namespace, console: Console) -> int:
    config = configuration(args, args.paths, console)
    if config is None:
        return exitcodes.USAGE
    today: date = args.today or config.today or date.today()
    files = partnership_files(args.paths)
    engine = Engine(config, today, signed_changes=history_tracker(files, None))
    rows = sorted(
        (_row(path, display, engine, today) for path, display in files),
        key=Row.urgency,
    )
    if args.format == "json":
        data = {"version": 1, "today": today.isoformat(), "partnerships": [_json(r) for r in rows]}
        json.dump(data, console.out, ensure_ascii=False, indent=2)
        console.out.write("\n")
    else:
        _table(rows, console, engine.signed_changes is not None)
    return _exit_code(rows)


def _json(row: Row) -> dict[str, Any]:
    data = asdict(row)
    del data["unreadable"]
    return data


def _exit_code(rows: list[Row]) -> int:
    """Like ``ptk lint``: 2 if a file cannot be read, 1 if any has errors."""
    if any(row.unreadable for row in rows):
        return exitcodes.USAGE
    return exitcodes.PROBLEMS if any(row.errors for row in rows) else exitcodes.OK


def _row(path: Path, display: str, engine: Engine, today: date) -> Row:
    try:
        doc = document.load(path, display, engine.config.max_bytes)
        problems, data, readable = engine.check_document(doc), doc.data, True
    except document.LoadError as error:
        problems, data, readable = [load_problem(display, error)], {}, False
    partnership = Partnership(data)
    review = partnership.date("evaluation", "next_review")
    signed, changes = _signature_state(engine, path, data, readable)
    unreadable = any(p.rule == "unreadable-file" for p in problems)
    return Row(
        path=display,
        id=str(partnership.get("id") or path.stem),
        title=partnership.text("title") or path.stem,
        level=partnership.level,
        status=partnership.status,
        partners=partnership.partner_ids,
        next_review=review.isoformat() if review else None,
        overdue=bool(
            review
            and review < today
            and partnership.status in ("active", "under_review", "renewed")
        ),
        errors=sum(p.severity == "error" for p in problems),
        warnings=sum(p.severity == "warning" for p in problems),
        signed=signed,
        unsigned_changes=changes,
        unreadable=unreadable,
    )


def _signature_state(
    engine: Engine, path: Path, data: Any, readable: bool
) -> tuple[dict[str, Any] | None, int | None]:
    """When the partnership was signed, and how many unsigned changes it has had since
    (from the linter's own git reading: no second walk of the history)."""
    try:
        found = (
            engine.signed_changes(path, data if readable else None)
            if engine.signed_changes
            else None
        )
    except UsageError:  # a damaged history: the lint columns already say so
        return None, None
    if found is None:
        return None, None
    state = {
        "rev": found.rev,
        "date": found.date,
        "signed_on": found.signed_on,
        "amendment": found.amendment,
    }
    return state, len(found.changes) if readable else None


def _table(rows: list[Row], console: Console, in_git: bool = True) -> None:
    _ = console._
    headers = [
        _("status.col.partnership"),
        _("status.col.level"),
        _("status.col.status"),
        _("status.col.partners"),
        _("status.col.next-review"),
        _("status.col.errors"),
        _("status.col.warnings"),
        _("status.col.signed"),
        _("status.col.changes"),
    ]
    cells = [
        [
            row.title,
            label(console.lang, "level", row.level).split(" (")[0],
            label(console.lang, "status", row.status),
            str(len(row.partners)),
            row.next_review or "—",
            str(row.errors),
            str(row.warnings),
            _signed_cell(row.signed, console.lang)
            if row.signed
            else _("status.unsigned" if in_git else "status.no-history"),
            "—" if row.unsigned_changes is None else str(row.unsigned_changes),
        ]
        for row in rows
    ]
    cells = [[printable(cell) for cell in line] for line in cells]  # values come from anyone
    widths = [max(len(line[i]) for line in [headers, *cells]) for i in range(len(headers))]
    widths[0] = min(widths[0], 48)
    console.out.write(_line(headers, widths, console.color and _BOLD) + "\n")
    for row, line in zip(rows, cells, strict=True):
        console.out.write(_line(line, widths, False, _highlight(row, console.color)) + "\n")
    console.out.write(
        _(
            "status.summary",
            count=len(rows),
            overdue=sum(r.overdue for r in rows),
            changed=sum(bool(r.unsigned_changes) for r in rows),
        )
        + "\n"
    )


def _signed_cell(signed: dict[str, Any] | None, lang: str) -> str:
    """« signée le 20 mars 2026 », « avenant n° 1 du 30 novembre 2026 », « non signée »."""
    if signed is None:
        return i18n.message(lang, "status.unsigned")
    if signed["amendment"] is not None:
        day = format_date(signed["date"], lang)
        return i18n.message(lang, "status.amended", number=signed["amendment"], date=day)
    return i18n.message(lang, "status.signed-on", date=format_date(signed["signed_on"], lang))


def _highlight(row: Row, color: bool) -> dict[int, str]:
    if not color:
        return {}
    marks = {}
    if row.overdue:
        marks[4] = _RED
    if row.errors:
        marks[5] = _RED
    if row.unsigned_changes:
        marks[8] = _RED
    return marks


def _line(
    cells: list[str], widths: list[int], bold: Any, marks: dict[int, str] | None = None
) -> str:
    parts = []
    for index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        text = cell if len(cell) <= width else cell[: width - 1] + "…"
        text = text.ljust(width)
        colour = (marks or {}).get(index)
        parts.append(f"{colour}{text}{_RESET}" if colour else text)
    line = "  ".join(parts).rstrip()
    return f"{bold}{line}{_RESET}" if bold else line


__all__ = ["i18n", "run"]
