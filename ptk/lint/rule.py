"""What a rule is: an id, a default severity (which may depend on the level), options, a check.

A rule module defines ``ID``, ``SEVERITY``, ``OPTIONS`` and ``check``; its docstring
is its documentation (why it matters, which guide says so, a passing and a failing
example).  Rules say what is wrong and where (a JSON pointer); the engine rates,
locates and filters.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from ptk.document import join_pointer
from ptk.partnership import LEVELS, Partnership, level_rank
from ptk.problem import Finding

Severity = str | None
SeverityRule = Callable[[str], Severity]


class ChangeLine(Protocol):
    """One changed field, as it reads in a message (``objectives[o1].target: 10 → 12``)."""

    def line(self) -> str: ...


class SignedChanges(Protocol):
    """The unsigned changes of a file since its signed version (for ``changed-since-signature``)."""

    @property
    def rev(self) -> str: ...
    @property
    def date(self) -> str: ...  # of what was signed, as written in the file
    @property
    def signed_on(self) -> str: ...  # the latest signature's date in it
    @property
    def changes(self) -> Sequence[ChangeLine]: ...
    @property
    def pointers(self) -> Sequence[str]: ...  # where each change is in the current file
    @property
    def amendment(self) -> int | None: ...  # the avenant in force, or None for the convention
    @property
    def words(self) -> Sequence[Mapping[str, str]]: ...  # each change in plain words, by lang


class HistorySource(Protocol):
    """How the linter reads signatures from a file's history, without knowing git
    (``ptk.history.source.SignatureTracker`` is the one the commands give)."""

    def __call__(self, path: Path, current: Any) -> SignedChanges | None:
        """What changed in ``current`` (the file's data) since the partners signed, or
        None when the file was never signed."""
        ...

    def stamp(self, path: Path) -> str:
        """What, besides its content, the file's results depend on (its last commit)."""
        ...


@dataclass(frozen=True)
class Context:
    """What rules may know besides the file: its path, today's date, — inside a git
    repository — what changed since the partners signed, and the partnership's
    health-check rounds (``health/<id>/`` beside ``partnerships/``)."""

    path: Path
    today: date
    signed_changes: HistorySource | None = None
    fast: bool = True  # False: the slow, exhaustive path (tests compare both)
    health: Callable[[str], Sequence[Any]] | None = None  # id → its rounds, oldest first
    kind: str = "partnership"  # or "organisation" (a file in organisations/)
    organisations: Collection[str] = ()  # the ids of the organisations partners may name
    root: Any = None  # the file's YAML node tree (how values were written), when there is one
    text: str = ""  # the file's text

    def rounds(self, partnership: Partnership) -> Sequence[Any]:
        """The partnership's health-check rounds, oldest first."""
        if self.health is None:
            return ()
        value = partnership.get("id")
        return self.health(value if isinstance(value, str) else self.path.stem)


PARTNERSHIP_ONLY = ("partnership",)
BOTH_KINDS = ("partnership", "organisation")  # a rule module's ``FILES``: what files it checks


class Rule(Protocol):
    """The shape of a rule module.

    Optional attributes, each read through its function: ``STATUSES``
    (:func:`statuses`: the statuses the rule applies to; all when absent), ``LOADER``
    (:func:`is_loader`: True for a rule whose problems are found while loading or
    suppressing, not by ``check``), ``FILES`` (:func:`file_kinds`: the kinds of file it
    checks) and ``EXPLAINS_SCHEMA`` (:func:`explains_schema`: its findings stand beside
    the schema's on a value the schema refused).
    """

    ID: str
    SEVERITY: Severity | SeverityRule
    OPTIONS: Mapping[str, Any]
    __doc__: str | None

    def check(
        self, partnership: Partnership, options: Mapping[str, Any], context: Context
    ) -> Iterator[Finding]: ...


def by_level(
    error: str | None = None, warning: str | None = None, info: str | None = None
) -> SeverityRule:
    """Severity growing with the level: ``error`` from that level up, then ``warning``, ``info``.

    >>> rate = by_level(error="cooperation", warning="consultation")
    >>> [rate(level) for level in ("information_sharing", "consultation", "collaboration")]
    [None, 'warning', 'error']
    """

    def rate(level: str) -> Severity:
        rank = level_rank(level)
        for severity, floor in (("error", error), ("warning", warning), ("info", info)):
            if floor is not None and rank >= LEVELS.index(floor):
                return severity
        return None

    return rate


def statuses(rule: Rule) -> Collection[str] | None:
    """The statuses ``rule`` applies to (its ``STATUSES``), or None for every status."""
    found: Collection[str] | None = getattr(rule, "STATUSES", None)
    return found


def file_kinds(rule: Rule) -> Collection[str]:
    """The kinds of file ``rule`` checks (its ``FILES``): partnerships unless it says more."""
    found: Collection[str] = getattr(rule, "FILES", PARTNERSHIP_ONLY)
    return found


def explains_schema(rule: Rule) -> bool:
    """Whether ``rule`` says what a value the schema refused means (``EXPLAINS_SCHEMA``):
    its findings stand beside the schema's, where other rules' are left out."""
    return bool(getattr(rule, "EXPLAINS_SCHEMA", False))


def is_loader(rule: Rule) -> bool:
    """Whether ``rule`` is reported while loading or suppressing (``LOADER``), not checked."""
    return bool(getattr(rule, "LOADER", False))


def default_severity(rule: Rule, level: str) -> Severity:
    """The rule's own severity for a partnership of ``level``."""
    severity = rule.SEVERITY
    return severity(level) if callable(severity) else severity


def each_partner(
    partnership: Partnership, key: str, flagged: Callable[[dict[str, Any]], bool]
) -> Iterator[Finding]:
    """A finding at each partner for which ``flagged`` holds, naming it (``{partner}``)."""
    for index, partner in partnership.records("partners"):
        if flagged(partner):
            yield Finding(
                join_pointer("partners", index), key, {"partner": partnership.label(partner)}
            )


def amount_text(amount: float, currency: object = None) -> str:
    """An amount in a message, the same in both languages: ``1 200 EUR``, ``80.50``."""
    shown = f"{amount:,.2f}".replace(",", "\u202f").removesuffix(".00")
    return f"{shown} {currency}" if isinstance(currency, str) and currency else shown
