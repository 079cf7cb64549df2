"""What checks find, and how it reads in French and English: :class:`Problem` (one
finding, located and rated) and :class:`Report` (everything a run found)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ptk import i18n

SEVERITIES = ("error", "warning", "info")
_COLOURS = {"error": "\033[1;31m", "warning": "\033[33m", "info": "\033[36m"}
_DIM, _RESET = "\033[2m", "\033[0m"


class Term(str):
    """A message argument that is itself a catalogue key (a type name, a level…)."""

    __slots__ = ()


class Day(str):
    """A message argument that is an ISO date, written out in the reader's language."""

    __slots__ = ()


class Words(str):
    """A message argument written in each language, as JSON ``{"fr": …, "en": …}``
    (a dimension's title, a number with its decimal comma or point)."""

    __slots__ = ()

    @classmethod
    def of(cls, texts: Mapping[str, str]) -> Words:
        import json

        return cls(json.dumps(dict(texts), ensure_ascii=False, sort_keys=True))

    def in_lang(self, lang: str) -> str:
        import json

        texts = json.loads(self)
        return str(texts.get(lang) or next(iter(texts.values()), ""))


@dataclass(frozen=True)
class Finding:
    """What a check says is wrong, and where (a JSON pointer); no severity, no position."""

    pointer: str
    key: str
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Problem:
    """A located, rated finding: what every command and reporter handles."""

    path: str
    line: int
    column: int
    rule: str
    severity: str
    key: str
    args: Mapping[str, Any] = field(default_factory=dict, compare=False)
    pointer: str = ""

    def message(self, lang: str) -> str:
        """The message in ``lang``, arguments filled in."""
        return i18n.message(lang, self.key, **{k: _argument(lang, v) for k, v in self.args.items()})

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule)

    def text(self, lang: str, color: bool = False) -> str:
        """``path:line:col: severity rule-id message``: how every command prints a problem."""
        where = f"{self.path}:{self.line}:{self.column}:"
        severity, rule = self.severity, self.rule
        if color:
            where = f"{_DIM}{where}{_RESET}"
            severity = f"{_COLOURS.get(severity, '')}{severity}{_RESET}"
            rule = f"{_DIM}{rule}{_RESET}"
        return f"{where} {severity} {rule} {self.message(lang)}"


@dataclass
class Report:
    """What a run found: how many files, and every problem, in a stable order."""

    files: int = 0
    problems: list[Problem] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(1 for problem in self.problems if problem.severity == severity)

    @property
    def unreadable(self) -> bool:
        return any(problem.rule == "unreadable-file" for problem in self.problems)


def _argument(lang: str, value: Any) -> str:
    if isinstance(value, Term):
        return i18n.message(lang, value)
    if isinstance(value, Day):
        from ptk.i18n.formats import format_date

        return format_date(value, lang)
    if isinstance(value, Words):
        return value.in_lang(lang)

    if isinstance(value, list | tuple):
        return ", ".join(_argument(lang, item) for item in value)
    return str(value)
