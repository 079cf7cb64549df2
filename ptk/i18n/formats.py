"""Dates, amounts and enumerated values in the reader's language, through Babel.

« 22 novembre 2026 », « 1er mars 2026 », « 1 200,00 € »; "November 22, 2026", "€1,200.00".
Babel is imported on first use, so that a run that prints no date does not load it.
"""

from __future__ import annotations

import functools
from datetime import date

from ptk import i18n

_LOCALES = {
    ("fr", "CAD"): "fr_CA",
    ("en", "CAD"): "en_CA",
    ("fr", "CHF"): "fr_CH",
    ("fr", None): "fr_FR",
    ("en", None): "en_US",
}


def format_date(value: object, lang: str) -> str:
    """``2026-11-22`` → « 22 novembre 2026 » / "November 22, 2026".

    >>> format_date("2026-03-01", "fr"), format_date("2026-11-22", "en")
    ('1er mars 2026', 'November 22, 2026')
    """
    day = value if isinstance(value, date) else _parse(value)
    return _long_date(day, lang) if day is not None else str(value or "")


def _parse(value: object) -> date | None:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


@functools.lru_cache(maxsize=4096)
def _long_date(day: date, lang: str) -> str:
    from babel.dates import format_date as babel_date

    text = str(babel_date(day, "long", locale=_locale(lang)))
    return "1er" + text[1:] if lang == "fr" and day.day == 1 else text  # « 1er mars »


def format_money(amount: object, currency: object, lang: str) -> str:
    """``1200, "EUR"`` → « 1 200,00 € »; without a currency, a plain number."""
    from babel.numbers import format_currency, format_decimal

    if not isinstance(amount, int | float):
        return str(amount or "")
    if isinstance(currency, str) and currency:
        return str(format_currency(amount, currency, locale=_locale(lang, currency)))
    return str(format_decimal(amount, locale=_locale(lang)))


def _locale(lang: str, currency: str | None = None) -> str:
    return (
        _LOCALES.get((lang, currency)) or _LOCALES[(lang if lang in ("fr", "en") else "fr", None)]
    )


def label(lang: str, kind: str, value: object) -> str:
    """The words for an enumerated value (``label.method.consent`` → « consentement »)."""
    key = f"label.{kind}.{value}"
    return i18n.message(lang, key) if i18n.has(lang, key) else str(value or "")
