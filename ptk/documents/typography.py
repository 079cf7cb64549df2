"""Typography by language, applied to text already escaped for Markdown.

Every piece of text a document prints goes through :func:`apply` once, after
:func:`ptk.compose.escape` has turned markup characters into ``\\:``, ``\\"``, ``\\'``…
so the rules below read escaped punctuation and can never create markup.

French (Imprimerie nationale): a no-break space before ``:`` and a narrow one before
``; ! ?``, no-break spaces inside « », the apostrophe ’, a narrow no-break space between
groups of thousands (« 1 200 € ») and a no-break space before the currency sign.
English: “ ” and ‘ ’ quotes, the apostrophe ’, no space before punctuation.

See ``tests/test_typography.py`` for examples.
"""

from __future__ import annotations

import re
from collections.abc import Callable

NBSP = "\u00a0"
NNBSP = "\u202f"
_SPACES = f" {NBSP}{NNBSP}\t"

_FR_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile("\u201c"), "«"),
    (re.compile("\u201d"), "»"),
    # « x » : no-break spaces inside the guillemets, whatever was typed there
    (re.compile(f"«[{_SPACES}]*"), f"«{NBSP}"),
    (re.compile(f"[{_SPACES}]*»"), f"{NBSP}»"),
    # before a colon (not in a time like 10:30 or a link like https://)
    (re.compile(rf"(?<=[^\d\s])[{_SPACES}]*(\\:)(?!\\/)"), f"{NBSP}\\1"),
    (re.compile(rf"(?<=\d)[{_SPACES}]+(\\:)"), f"{NBSP}\\1"),
    # before ; ! ? (a narrow one), not after another punctuation mark nor at the start
    (re.compile(rf"(?<=[^\s\\!?;])[{_SPACES}]*(\\[;!?])"), f"{NNBSP}\\1"),
    # groups of thousands, then the currency or percent sign kept with its number
    (re.compile(rf"(?<=\d)[ {NBSP}](?=\d{{3}}(?!\d))"), NNBSP),
    (re.compile(r"(?<=\d) (?=(?:€|\\\$|\\%|CAD|EUR)(?!\w))"), NBSP),
)
_EN_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(f"«[{_SPACES}]*"), "\u201c"),
    (re.compile(f"[{_SPACES}]*»"), "\u201d"),
    (re.compile(rf"[{_SPACES}]+(\\[:;!?])"), "\\1"),
)
_DOUBLE = re.compile(r'\\"')
_APOSTROPHE = re.compile(r"\\'")


def apply(text: str, lang: str) -> str:
    """``text``, escaped Markdown, with the typography of ``lang`` (``fr`` or ``en``)."""
    text = _quotes(text, lang)
    text = _APOSTROPHE.sub(_single(lang), text)
    for pattern, replacement in _FR_RULES if lang == "fr" else _EN_RULES:
        text = pattern.sub(replacement, text)
    return text


def _quotes(text: str, lang: str) -> str:
    """Straight double quotes, in pairs, become « » or “ ”."""
    opening, closing = ("«", "»") if lang == "fr" else ("\u201c", "\u201d")
    parts = _DOUBLE.split(text)
    if len(parts) == 1:
        return text
    out = [parts[0]]
    for index, part in enumerate(parts[1:]):
        out.append(opening if index % 2 == 0 else closing)
        out.append(part)
    return "".join(out)


def _single(lang: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        before = match.string[match.start() - 1] if match.start() else " "
        if lang == "en" and (before.isspace() or before in "(["):
            return "\u2018"
        return "\u2019"

    return replace
