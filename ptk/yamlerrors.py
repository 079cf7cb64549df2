"""What can go wrong reading YAML, in ptk's own words: :class:`LoadError`, and the
messages that replace what libyaml and PyYAML say, so that a parser's English never
reaches a reader."""

from __future__ import annotations

from typing import Any

import yaml


class LoadError(Exception):
    """A file that cannot become a partnership, with where and why.

    ``rule`` is ``unreadable-file`` (the file cannot be read as text) or
    ``yaml-syntax`` (the text is not usable YAML).  ``key`` and ``args`` name a
    message in the catalogue.  ``line`` and ``column`` are 1-based.
    """

    def __init__(
        self, rule: str, message_key: str, line: int = 1, column: int = 1, **args: Any
    ) -> None:
        super().__init__(message_key)
        self.rule = rule
        self.key = message_key
        self.params = args
        self.line = line
        self.column = column


def mark_position(mark: Any) -> tuple[int, int]:
    """A libyaml mark (0-based) as a 1-based line and column."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


# What the parser says (libyaml's C messages and PyYAML's pure-Python ones), as
# fragments of its context and problem, mapped to ptk's own message: the parser's
# English never reaches a reader.  The first fragment found wins, so the specific
# come before the general.
_SYNTAX_MESSAGES: tuple[tuple[str, str], ...] = (
    ("exceeded max", "yaml.too-deep"),
    ("tab character", "yaml.tab"),
    ("found undefined alias", "yaml.undefined-alias"),
    ("found duplicate anchor", "yaml.duplicate-anchor"),
    ("directive", "yaml.directive"),
    ("version number", "yaml.directive"),
    ("incompatible yaml document", "yaml.directive"),
    ("document indicator", "yaml.document-marker"),
    ("block scalar", "yaml.block-scalar"),
    ("indentation indicator", "yaml.block-scalar"),
    ("escape", "yaml.escape"),
    ("hexadecimal", "yaml.escape"),
    ("hexdecimal", "yaml.escape"),
    ("anchor", "yaml.anchor-name"),
    ("alias", "yaml.anchor-name"),
    ("tag", "yaml.tag"),
    ("expected '>'", "yaml.tag"),
    ("single document", "yaml.several-documents"),
    ("document start", "yaml.document-start"),
    ("mapping values are not allowed", "yaml.colon"),
    ("unexpected ':'", "yaml.colon"),
    ("block sequence entries are not allowed", "yaml.dash"),
    ("mapping keys are not allowed", "yaml.question-mark"),
    ("could not find expected ':'", "yaml.missing-colon"),
    ("',' or ']'", "yaml.unclosed-list"),
    ("',' or '}'", "yaml.unclosed-mapping"),
    ("node content", "yaml.missing-value"),
    ("quoted scalar", "yaml.unclosed-quote"),
    ("unexpected end of stream", "yaml.unclosed-quote"),
    ("expected key", "yaml.indentation"),
    ("block end", "yaml.indentation"),
    ("'-' indicator", "yaml.indentation"),
    ("utf-8", "yaml.bad-encoding"),
    ("unicode", "yaml.bad-encoding"),
)


def syntax_message(context: str | None, problem: str | None) -> str:
    """The catalogue key for what a YAML parser says, never its English.

    >>> syntax_message("while scanning a plain scalar", "found unexpected ':'")
    'yaml.colon'
    >>> syntax_message(None, "something no parser has said yet")
    'yaml.syntax'
    """
    said = f"{context or ''} | {problem or ''}".lower()
    return next((key for fragment, key in _SYNTAX_MESSAGES if fragment in said), "yaml.syntax")


def syntax_error(error: yaml.MarkedYAMLError, text: str, limit: int) -> LoadError:
    """ptk's own located message for what the parser said (``limit``: the nesting limit)."""
    mark = error.problem_mark or error.context_mark
    line, column = _inside(text, *mark_position(mark))
    problem = error.problem or ""
    character = text[mark.index : mark.index + 1] if mark is not None else ""
    if "cannot start any token" in problem:
        key = "yaml.tab" if character == "\t" else "yaml.reserved-character"
        return LoadError("yaml-syntax", key, line, column, character=character)
    if _after_quoted(text, mark):
        return LoadError("yaml-syntax", "yaml.apostrophe", line, column)
    key = syntax_message(error.context, problem)
    if key in ("yaml.indentation", "yaml.missing-value") and character in ("]", "}"):
        key = "yaml.extra-bracket"
    if key == "yaml.unclosed-quote" and error.context_mark is not None:
        line, column = mark_position(error.context_mark)  # where the quote opened
    return LoadError("yaml-syntax", key, line, column, limit=limit, character=character)


def _inside(text: str, line: int, column: int) -> tuple[int, int]:
    r"""A position libyaml puts past the end of the file (at the end of the stream) moved
    to the end of its last line, where an editor can go.

    >>> _inside("a: 1\nb", 3, 1)
    (2, 2)
    """
    lines = text.split("\n")
    if line <= len(lines):
        return line, column
    return len(lines), len(lines[-1]) + 1


def _after_quoted(text: str, mark: Any) -> bool:
    """Whether the error comes right after a text in single quotes that is followed by
    more of the line: ``'L'école'`` (the apostrophe closed the quotes)."""
    if mark is None or mark.index < 2 or text[mark.index - 1] != "'":
        return False
    line_start = text.rfind("\n", 0, mark.index) + 1
    line_end = text.find("\n", mark.index)
    before = text[line_start : mark.index - 1]
    rest = text[mark.index : line_end if line_end >= 0 else len(text)]
    return before.count("'") % 2 == 1 and bool(rest.strip()) and not rest.lstrip().startswith("#")
