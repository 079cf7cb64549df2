"""French typography for the texts the site and the calendar write: a non-breaking space
before ``: ; ! ?`` and inside « », the apostrophe ’.

>>> french("Prochain bilan : l'an prochain « vite » !") == (
...     "Prochain bilan\\u00a0: l’an prochain «\\u00a0vite\\u00a0»\\u00a0!"
... )
True
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
_BEFORE = re.compile(r"[ \u00a0\u202f]*([:;!?»])")
_AFTER = re.compile(r"«[ \u00a0\u202f]*")
_URL = re.compile(r"\w+://\S+")


def french(text: str) -> str:
    """``text`` with French spacing and apostrophes (web addresses left alone)."""
    parts = _URL.split(text)
    urls = _URL.findall(text)
    out = [_fix(parts[0])]
    for url, part in zip(urls, parts[1:], strict=True):
        out += [url, _fix(part)]
    return "".join(out)


def _fix(text: str) -> str:
    text = text.replace("'", "’")
    text = _AFTER.sub("«" + NBSP, text)
    return _BEFORE.sub(lambda match: _space(match, text), text)


def _space(match: re.Match[str], text: str) -> str:
    mark, start, end = match.group(1), match.start(), match.end()
    between_digits = start > 0 and text[start - 1].isdigit() and text[end : end + 1].isdigit()
    if start == 0 or (mark == ":" and between_digits):  # nothing before it, or a time (10:30)
        return match.group(0)
    return NBSP + mark


def typeset(text: str, lang: str) -> str:
    """``text`` as the language writes it."""
    return french(text) if lang == "fr" else text
