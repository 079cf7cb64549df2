"""The health check as a CSV file: the blank template, and reading the filled-in answers.

One row per respondent: ``partner,respondent,<question ids…>,comment``. Files come
back from spreadsheets and online forms in many dialects: ``,``, ``;`` or tab
separators, UTF-8 with or without a byte-order mark, UTF-16, Windows-1252 (Excel's
« CSV » on Windows), Windows or old Mac line ends. Every bad cell is reported with
its line; nothing is kept from a file that has any.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ptk import i18n
from ptk.health.questionnaire import SCALE, Questionnaire
from ptk.health.rounds import Response

PARTNER, RESPONDENT, COMMENT = "partner", "respondent", "comment"
_ALIASES = {
    "partenaire": PARTNER,
    "personne": RESPONDENT,
    "répondant": RESPONDENT,
    "répondante": RESPONDENT,
    "commentaire": COMMENT,
    "commentaires": COMMENT,
}
_QUESTION_LIKE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\.[0-9]+")
_NUMBER = re.compile(r"[+-]?[0-9]+([.,]0*)?")
_SEPARATORS = (",", ";", "\t")


@dataclass(frozen=True)
class CellProblem:
    """A bad cell (or header, or file): its line, and a catalogue message."""

    line: int
    key: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def message(self, lang: str) -> str:
        return i18n.message(lang, self.key, **self.args)


class BadCsv(Exception):
    """The file cannot be imported; ``problems`` says every reason, line by line."""

    def __init__(self, problems: list[CellProblem]) -> None:
        super().__init__(problems)
        self.problems = problems


def template(questionnaire: Questionnaire, partner_ids: Sequence[str]) -> str:
    """The blank CSV: the header, then one row per partner to copy for each respondent."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    columns = [PARTNER, RESPONDENT, *questionnaire.question_ids, COMMENT]
    writer.writerow(columns)
    for partner in partner_ids:
        writer.writerow([partner] + [""] * (len(columns) - 1))
    return "\ufeff" + out.getvalue()  # the mark tells Excel the file is UTF-8


def decode(raw: bytes) -> str:
    """The text of a CSV file, whatever encoding a spreadsheet gave it."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def rows(text: str) -> list[tuple[int, list[str]]]:
    """``(line, cells)`` for each record (its first line), separator guessed from the header."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    separator = max(_SEPARATORS, key=lambda s: len(next(csv.reader([first], delimiter=s), [])))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    found, line = [], 1
    try:
        for record in reader:
            found.append((line, record))
            line = reader.line_num + 1
    except csv.Error:
        raise BadCsv([CellProblem(reader.line_num, "health.csv.unreadable")]) from None
    return found


@dataclass(frozen=True)
class Columns:
    """What each column of the header holds (index → role or question id)."""

    roles: dict[int, str]
    ignored: list[str]
    width: int


def _words(text: str) -> str:
    """A header cell as compared: lower case, one space, curly apostrophes, no end colon."""
    return " ".join(text.replace("'", "’").split()).lower().rstrip(" :?").strip()


def _column_names(cells: list[str], questionnaire: Questionnaire) -> list[str]:
    """What each header cell names: ``partner``… or a question id, given as such or by its
    text in either language (an online form's export uses the questions as headers)."""
    by_text = {
        _words(text): question.id
        for question in questionnaire.questions
        for text in question.text.values()
    }
    names = []
    for cell in cells:
        name = cell.strip().lower()
        names.append(_ALIASES.get(name) or by_text.get(_words(cell)) or name)
    return names


def read_header(line: int, cells: list[str], questionnaire: Questionnaire) -> Columns:
    names = _column_names(cells, questionnaire)
    known = set(questionnaire.question_ids)
    problems = [
        CellProblem(line, "health.csv.duplicate-column", {"column": name})
        for index, name in enumerate(names)
        if name and name in names[:index]
    ]
    problems += [
        CellProblem(line, "health.csv.unknown-question", {"column": name, **_hint(name, known)})
        for name in names
        if _QUESTION_LIKE.fullmatch(name) and name not in known
    ]
    wanted = [PARTNER, *questionnaire.question_ids]
    problems += [
        CellProblem(line, "health.csv.missing-column", {"column": name})
        for name in wanted
        if name not in names
    ]
    if problems:
        raise BadCsv(problems)
    used = {PARTNER, RESPONDENT, COMMENT, *known}
    roles = {index: name for index, name in enumerate(names) if name in used}
    ignored = [cells[i].strip() for i, name in enumerate(names) if name and name not in used]
    return Columns(roles, ignored, len(cells))


def _hint(name: str, known: set[str]) -> dict[str, str]:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    return {"hint": f" (→ {close[0]} ?)" if close else ""}


def read(
    text: str, questionnaire: Questionnaire, partners: Mapping[str, str]
) -> tuple[list[Response], list[str]]:
    """The responses in a filled-in CSV, and the columns it ignored; raises :class:`BadCsv`.

    ``partners`` maps each partner's id and name, in lower case, to its id.
    """
    records = [(line, cells) for line, cells in rows(text) if any(c.strip() for c in cells)]
    if not records:
        raise BadCsv([CellProblem(1, "health.csv.empty")])
    (header_line, header), body = records[0], records[1:]
    columns = read_header(header_line, header, questionnaire)
    responses, problems = [], []
    for line, cells in body:
        response, found = _row(line, cells, columns, partners)
        problems += found
        if response is not None:
            responses.append(response)
    if not problems and not responses:
        problems.append(CellProblem(header_line, "health.csv.no-answers"))
    if problems:
        raise BadCsv(problems)
    return responses, columns.ignored


def _row(
    line: int, cells: list[str], columns: Columns, partners: Mapping[str, str]
) -> tuple[Response | None, list[CellProblem]]:
    problems = [
        CellProblem(line, "health.csv.extra-cell", {"value": cell.strip()})
        for cell in cells[columns.width :]
        if cell.strip()
    ]
    values = {role: cells[i].strip() if i < len(cells) else "" for i, role in columns.roles.items()}
    answers: dict[str, int] = {}
    for role, value in values.items():
        if role in (PARTNER, RESPONDENT, COMMENT) or not value:
            continue
        answer = _answer(value)
        if answer is None:
            key = (
                "health.csv.out-of-scale" if _NUMBER.fullmatch(value) else "health.csv.not-a-number"
            )
            problems.append(CellProblem(line, key, {"column": role, "value": value}))
        else:
            answers[role] = answer
    comment = values.get(COMMENT, "")
    if not answers and not comment:
        return None, problems  # a row left blank, or a template row nobody filled in
    partner = _partner(line, values[PARTNER], partners, problems)
    if problems or partner is None:
        return None, problems
    return Response(partner, values.get(RESPONDENT, ""), answers, comment), []


def _answer(value: str) -> int | None:
    if not _NUMBER.fullmatch(value):
        return None
    number = int(value.replace(",", ".").split(".")[0])
    return number if number in SCALE else None


def _partner(
    line: int, value: str, partners: Mapping[str, str], problems: list[CellProblem]
) -> str | None:
    if not value:
        problems.append(CellProblem(line, "health.csv.no-partner"))
        return None
    found = partners.get(" ".join(value.split()).lower())
    if found is None:
        names = sorted(set(partners.values()))
        problems.append(
            CellProblem(
                line, "health.csv.unknown-partner", {"value": value, "partners": ", ".join(names)}
            )
        )
    return found
