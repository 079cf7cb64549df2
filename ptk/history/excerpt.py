"""What changed in a long text, in a few words: the passage that differs, with a word or
two around it, instead of both texts whole.

>>> old = "Le groupe local cherchait un lieu pour des ateliers ouverts à tous."
>>> new = "Le groupe local cherchait un lieu pour des ateliers de jardinage ouverts à tous."
>>> passage(old, new)
Passage(text='… des ateliers de jardinage ouverts à…', removed=False)
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

LONG = 80  # characters: a text longer than this is said by its changed passage
_WORDS = 12  # at most, in a passage
_AROUND = 2  # words of context on each side
_MARKS = ",;.:!?()«»“”\"'"  # a word followed by a comma is still the same word


@dataclass(frozen=True)
class Passage:
    """The first passage that changed: from the new text, or from the old one when the
    change only took words out (``removed``)."""

    text: str
    removed: bool = False


def is_long(*texts: object) -> bool:
    """Whether any of ``texts`` is a text too long to quote whole in a line."""
    return any(isinstance(text, str) and len(" ".join(text.split())) > LONG for text in texts)


def shorten(text: str, width: int = LONG) -> str:
    """``text`` on one line, cut at a word with « … » when longer than ``width``."""
    words = " ".join(text.split())
    if len(words) <= width:
        return words
    return words[: width - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def passage(old: str, new: str) -> Passage:
    """The first passage of ``new`` that is not in ``old`` (or of ``old``, when words were
    only taken out), with a little context."""
    before, after = old.split(), new.split()
    keys = [word.strip(_MARKS) for word in before], [word.strip(_MARKS) for word in after]
    matcher = difflib.SequenceMatcher(None, *keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if j2 > j1:
            return Passage(_around(after, j1, j2))
        return Passage(_around(before, i1, i2), removed=True)
    return Passage("")


def _around(words: list[str], start: int, end: int) -> str:
    first = max(0, start - _AROUND)
    last = min(len(words), end + _AROUND, first + _WORDS)
    text = " ".join(words[first:last])
    return ("… " if first > 0 else "") + text + ("…" if last < len(words) else "")
