"""What checks find, and how it reads in French and English: :class:`Problem` (one
finding, located and rated) and :class:`Report` (everything a run found)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ptk import i18n
from ptk.safe import printable, valid_text

SEVERITIES = ("error", "warning", "info")
CRASHED = "internal-error"  # not a rule: ptk itself failed on a file (exit code 3)
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


@dataclass(slots=True)
class Problem:
    """A located, rated finding: what every command and reporter handles.

    Treated as a value, never changed once made (not ``frozen``: a frozen dataclass
    costs five times as much to make, and a warm run makes one per problem cached).
    """

    path: str
    line: int
    column: int
    rule: str
    severity: str
    key: str
    args: Mapping[str, Any] = field(default_factory=dict, compare=False)
    pointer: str = ""

    def message(self, lang: str) -> str:
        """The message in ``lang``, arguments filled in (always valid UTF-8: a file name
        that is not shows its bytes as ``\\xNN``)."""
        text = i18n.message(lang, self.key, **{k: _argument(lang, v) for k, v in self.args.items()})
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return valid_text(text)
        return text

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule)

    def text(self, lang: str, color: bool = False) -> str:
        """``path:line:col: severity rule-id message``: how every command prints a problem."""
        return Phrasebook(lang).line(self, color)


class Phrasebook:
    """One run's texts in one language: each message is written once per key and
    arguments, however many files repeat it (reports of thousands of problems)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._messages: dict[tuple[Any, ...], str] = {}
        # the same arguments object (the cache shares repeated ones): key, id → (args, text);
        # holding the arguments keeps their id from being reused
        self._shared: dict[tuple[str, int], tuple[Mapping[str, Any], str]] = {}
        self._printable: dict[str, str] = {}
        self._severities: dict[str, str] = {}

    def message(self, problem: Problem) -> str:
        """:meth:`Problem.message`, remembered."""
        shared = self._shared.get((problem.key, id(problem.args)))
        if shared is not None:
            return shared[1]
        key = (problem.key, *_frozen(problem.args))
        found = self._messages.get(key)
        if found is None:
            found = self._messages[key] = problem.message(self.lang)
        self._shared[problem.key, id(problem.args)] = (problem.args, found)
        return found

    def printable(self, text: str) -> str:
        """:func:`ptk.safe.printable`, remembered (file names, messages)."""
        found = self._printable.get(text)
        if found is None:
            found = self._printable[text] = printable(text)
        return found

    def severity(self, severity: str) -> str:
        if severity not in self._severities:
            self._severities[severity] = i18n.message(self.lang, f"report.severity.{severity}")
        return self._severities[severity]

    def line(self, problem: Problem, color: bool = False) -> str:
        """``path:line:col: severity rule-id message``: how every command prints a problem."""
        where = f"{self.printable(problem.path)}:{problem.line}:{problem.column}:"
        severity, rule = self.severity(problem.severity), problem.rule
        if color:
            where = f"{_DIM}{where}{_RESET}"
            severity = f"{_COLOURS.get(problem.severity, '')}{severity}{_RESET}"
            rule = f"{_DIM}{rule}{_RESET}"
        return f"{where} {severity} {rule} {self.printable(self.message(problem))}"


def _frozen(args: Mapping[str, Any]) -> tuple[Any, ...]:
    """Message arguments as a key: names, kinds (a :class:`Term` is not its text) and values."""
    return tuple((name, value.__class__, _hashable(value)) for name, value in args.items())


def _hashable(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple((item.__class__, _hashable(item)) for item in value)
    if isinstance(value, Mapping):
        return _frozen(value)
    return value


@dataclass
class Report:
    """What a run found: how many files, and every problem, in a stable order."""

    files: int = 0
    problems: list[Problem] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    _counted: tuple[list[Problem], int, Counter[str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def count(self, severity: str) -> int:
        """How many problems have ``severity`` (counted once for all severities)."""
        problems = self.problems
        if (
            self._counted is None
            or self._counted[0] is not problems
            or self._counted[1] != len(problems)
        ):
            counts = Counter(problem.severity for problem in problems)
            self._counted = (problems, len(problems), counts)
        return self._counted[2][severity]

    @property
    def unreadable(self) -> bool:
        return any(problem.rule == "unreadable-file" for problem in self.problems)

    @property
    def crashed(self) -> list[Problem]:
        """The files ptk failed on (a bug in ptk), one problem each."""
        return [problem for problem in self.problems if problem.rule == CRASHED]


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
