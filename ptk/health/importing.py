"""``ptk health import``: a filled-in CSV becomes ``health/<id>/<date>.yaml``.

Nothing is written unless every cell is good; an existing round is never replaced.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from ptk import document, exitcodes
from ptk.console import Console
from ptk.errors import UsageError
from ptk.health import csvfile, questionnaire
from ptk.health.rounds import Round, folder_of
from ptk.partnership import Partnership
from ptk.writing import write_file

MAX_BYTES = 10 * 1024 * 1024


def import_csv(
    source: Path, doc: document.Document, day: date, today: date, console: Console
) -> int | None:
    """Import ``source`` as the round of ``day``; None when done, else the exit code."""
    if day > today:
        raise UsageError("health.import.future", date=day.isoformat())
    partnership = Partnership(doc.data)
    pid = partnership.get("id") if isinstance(partnership.get("id"), str) else doc.path.stem
    target = folder_of(doc.path, str(pid)) / f"{day.isoformat()}.yaml"
    if target.exists():
        raise UsageError("health.import.exists", path=target.as_posix())
    raw = _read(source)
    found = questionnaire.load()
    try:
        responses, ignored = csvfile.read(csvfile.decode(raw), found, _partners(partnership))
    except csvfile.BadCsv as bad:
        for problem in bad.problems:
            console.err.write(
                f"{source.as_posix()}:{problem.line}: {problem.message(console.lang)}\n"
            )
        console.note("health.import.nothing-written")
        return exitcodes.PROBLEMS
    for column in ignored:
        console.note("health.import.ignored-column", column=column)
    new = Round(str(pid), day, tuple(responses))
    write_file(target, _yaml(new, found.version), exists_key="health.import.exists")
    partners = len({response.partner for response in responses})
    console.note(
        "health.import.written", path=target.as_posix(), count=len(responses), partners=partners
    )
    return None


def _read(source: Path) -> bytes:
    try:
        return document.read_bytes(source, MAX_BYTES)
    except document.LoadError as error:
        key = (
            "health.import.not-found"
            if error.key == "input.not-found"
            else "health.import.unreadable"
        )
        raise UsageError(key, path=source.as_posix()) from None


def _partners(partnership: Partnership) -> dict[str, str]:
    """Each partner's id and name, in lower case, → its id."""
    found: dict[str, str] = {}
    for partner in partnership.partners:
        pid = partner.get("id")
        if not isinstance(pid, str):
            continue
        found[pid.lower()] = pid
        name = partner.get("name")
        if isinstance(name, str) and name.strip():
            found.setdefault(" ".join(name.split()).lower(), pid)
    return found


def _yaml(new: Round, version: int) -> str:
    text: str = yaml.safe_dump(new.as_data(version), allow_unicode=True, sort_keys=False, width=100)
    return text
