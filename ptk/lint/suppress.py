"""Suppressions: ``# ptk: disable=RULE[,RULE] -- reason`` and ``# ptk: disable-file=RULE``.

A ``disable`` comment at the end of a line silences those rules on that line; alone on
its line, it silences them on the next line.  ``disable-file`` silences them in the
whole file.  Only real comments count: a ``#`` inside a quoted or block text is text.
Unknown rule ids and suppressions that silence nothing are reported back
(``unused-suppression``), so that stale ones do not linger.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import yaml

from ptk.problem import Finding, Problem

_ANY = re.compile(r"#\s*ptk:\s*disable")
_DIRECTIVE = re.compile(
    r"#\s*ptk:\s*(?P<kind>disable-file|disable)\s*=\s*(?P<rules>[A-Za-z0-9_,\s-]*?)\s*(?:--.*)?$"
)


@dataclass
class Directive:
    """One ``ptk:`` comment and the rules it names."""

    kind: str
    rules: list[str]
    line: int  # 1-based line of the comment
    column: int
    target: int  # the line it silences (``disable``); 0 for the whole file
    used: set[str] = field(default_factory=set)

    def silences(self, problem: Problem) -> bool:
        return problem.rule in self.rules and (self.target == 0 or problem.line == self.target)


def directives(text: str, root: yaml.Node | None) -> list[Directive]:
    """Every ``ptk:`` comment in ``text`` (``root`` tells quoted text from comments)."""
    if not _ANY.search(text):
        return []
    protected = list(_text_spans(root))
    found = []
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        match = _DIRECTIVE.search(line)
        if match and not any(start <= offset + match.start() < end for start, end in protected):
            found.append(_directive(match, line, number))
        offset += len(line)
    return found


def _directive(match: re.Match[str], line: str, number: int) -> Directive:
    rules = [rule.strip() for rule in match["rules"].split(",") if rule.strip()]
    alone = not line[: match.start()].strip()
    target = 0 if match["kind"] == "disable-file" else (number + 1 if alone else number)
    return Directive(match["kind"], rules, number, match.start() + 1, target)


def _text_spans(node: yaml.Node | None) -> Iterator[tuple[int, int]]:
    """Character spans of quoted and block scalars, where ``#`` is text, not a comment."""
    stack = [node] if node is not None else []
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, yaml.ScalarNode):
            if current.style:
                yield current.start_mark.index, current.end_mark.index
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
        elif isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                stack.extend((key, value))


def apply(
    problems: Iterable[Problem], found: list[Directive], known_rules: Iterable[str]
) -> tuple[list[Problem], list[tuple[Directive, Finding]]]:
    """The problems left once ``found`` silenced theirs, and what to say about the directives."""
    kept = []
    for problem in problems:
        silencing = [d for d in found if d.silences(problem)]
        for directive in silencing:
            directive.used.add(problem.rule)
        if not silencing:
            kept.append(problem)
    return kept, list(_unused(found, list(known_rules)))


def _unused(found: list[Directive], known: list[str]) -> Iterator[tuple[Directive, Finding]]:
    for directive in found:
        for rule in directive.rules:
            if rule not in known:
                close = difflib.get_close_matches(rule, known, n=1)
                hint = f" (→ {close[0]}?)" if close else ""
                yield (
                    directive,
                    Finding("", "rule.unused-suppression.unknown", {"rule": rule, "hint": hint}),
                )
            elif rule not in directive.used:
                yield directive, Finding("", "rule.unused-suppression.nothing", {"rule": rule})
