"""Messages in French and English, from gettext catalogues.

Every text a user reads is a key (``schema.type``, ``rule.missing-vision.message``)
looked up in ``locale/<lang>/LC_MESSAGES/ptk.po``; both languages are complete
(a test checks it).  The language comes from ``--lang``, then the configuration,
then the locale.
"""

from __future__ import annotations

import functools
import gettext
import io
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ptk.i18n.compile import DOMAIN, compile_all, compile_po

LANGS = ("fr", "en")
LOCALE_DIR = Path(__file__).parent / "locale"


def locale_lang(environ: Mapping[str, str] | None = None) -> str:
    """The language the user's locale asks for: ``fr`` for any French locale, else ``en``."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def resolve_lang(explicit: str | None = None, configured: str | None = None) -> str:
    """``--lang`` wins, then the configuration's ``lang``, then the locale."""
    return explicit or configured or locale_lang()


@functools.cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalogue for ``lang``, compiling it first in a source checkout."""
    po_path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    mo_path = po_path.with_suffix(".mo")
    if po_path.exists() and _stale(mo_path, po_path):
        try:
            compile_all(LOCALE_DIR)
        except OSError:
            return gettext.GNUTranslations(io.BytesIO(compile_po(po_path)))
    with mo_path.open("rb") as catalogue:
        return gettext.GNUTranslations(catalogue)


def _stale(mo_path: Path, po_path: Path) -> bool:
    return not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime


def has(lang: str, key: str) -> bool:
    """Whether the catalogue of ``lang`` translates ``key``."""
    return translations(lang).gettext(key) != key


_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fill(template: str, args: Mapping[str, Any]) -> str:
    """Replace the ``{name}`` fields of ``template`` that ``args`` names, nothing else.

    Unlike ``str.format``, no other brace means anything, and a value is never read
    as a template: text from a file (``{id: b``) cannot break a message.

    >>> fill("{n} {x} { } {{y}}", {"n": "{x}"})
    '{x} {x} { } {{y}}'
    """
    if not args:
        return template
    return _FIELD.sub(lambda field: str(args.get(field[1], field[0])), template)


def message(lang: str, key: str, /, **args: Any) -> str:
    """The text of ``key`` in ``lang``, with ``{name}`` fields filled from ``args`` and
    ``{name|singular|plural}`` choices made for the number ``args[name]``."""
    template = translations(lang).gettext(key)
    if "|" in template and args:
        template = choose(lang, template, args)
    return fill(template, args)


_FORM = r"((?:[^{}|]|\{[A-Za-z_][A-Za-z0-9_]*\})*)"  # text, with {name} fields
_CHOICE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\|" + _FORM + r"\|" + _FORM + r"\}")


def choose(lang: str, template: str, args: Mapping[str, Any]) -> str:
    """Each ``{name|singular|plural}`` of ``template`` as the form the language's plural
    rule (the catalogue's ``Plural-Forms``) asks for ``args[name]``; a form may hold
    ``{name}`` fields (« tous les mois », « tous les {n} mois »).

    >>> choose("fr", "{n} {n|jour|jours}, {m} {m|jour|jours}", {"n": 1, "m": 3})
    '{n} jour, {m} jours'
    >>> choose("en", "{n|day|days}", {"n": 0})
    'days'
    >>> choose("fr", "{n|tous les mois|tous les {n} mois}", {"n": 6})
    'tous les {n} mois'
    """
    rule = getattr(translations(lang), "plural", lambda n: int(n != 1))

    def pick(field: re.Match[str]) -> str:
        count = _count(args.get(field[1]))
        if count is None:
            return field[0]
        return field[3] if rule(count) else field[2]

    return _CHOICE.sub(pick, template)


def _count(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return abs(value)
    try:
        return abs(int(str(value).replace("\u202f", "").replace("\u00a0", "").replace(" ", "")))
    except ValueError:
        return None


class Messages:
    """Messages bound to one language: ``_ = Messages("fr"); _("schema.type", field=…)``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, key: str, /, **args: Any) -> str:
        return message(self.lang, key, **args)


def plural(lang: str, key: str, count: int, /, **args: Any) -> str:
    """The singular or plural text of ``key`` for ``count`` (catalogue plural rules)."""
    template = translations(lang).ngettext(key, key + ".plural", count)
    if "|" in template and args:
        template = choose(lang, template, args)
    return fill(template, {"n": count, **args})
