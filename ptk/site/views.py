"""What each page shows, as plain values: labels in words, dates and amounts written out.

Templates only lay these values out; nothing here is markup except the SVG that
:mod:`ptk.site.svg` builds (every text in it escaped). Partnership files that break the
schema read as "absent" where a value has the wrong type (:class:`Partnership`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from markupsafe import Markup

from ptk import i18n
from ptk.i18n.formats import format_date, format_money, label
from ptk.partnership import IN_FORCE, Partnership, parse_date
from ptk.site.model import Entry, Portfolio, organisation_ids
from ptk.site.svg import fraction, progress
from ptk.site.typography import typeset

_FIELDS = re.compile(r"\s*\(`[\w.\[\]-]+`(?:,\s*`[\w.\[\]-]+`)*\)")


@dataclass
class Words:
    """The site's language: messages, labels, dates and amounts."""

    lang: str

    def __call__(self, key: str, /, **args: Any) -> str:
        return typeset(i18n.message(self.lang, key, **args), self.lang)

    def typeset(self, text: str) -> str:
        return typeset(text, self.lang)

    def finding(self, message: str) -> str:
        """A finding's message for a reader: the field names quoted for the terminal
        (`` (`evaluation.next_review`)``) left out, the other quotes unmarked.

        >>> Words("en").finding("no plan (`evaluation.method`, `evaluation.next_review`)")
        'no plan'
        >>> Words("en").finding("`level` must be one of: a, b (not `galactic`)")
        'level must be one of: a, b (not galactic)'
        """
        message = _FIELDS.sub("", message)
        return self.typeset(message.replace("`", ""))

    def plural(self, key: str, count: int, /, **args: Any) -> str:
        return typeset(i18n.plural(self.lang, key, count, **args), self.lang)

    def label(self, kind: str, value: object) -> str:
        text = label(self.lang, kind, value).split(" (")[0]
        return text if i18n.has(self.lang, f"label.{kind}.{value}") else ""

    def date(self, value: object) -> str:
        if isinstance(value, date) or parse_date(value):
            return format_date(value, self.lang)
        return ""

    def money(self, amount: object, currency: object) -> str:
        return format_money(amount, currency, self.lang)


@dataclass
class Row:
    """One partnership in the index."""

    slug: str
    title: str
    level: str
    status: str
    nature: str
    partners: list[tuple[str, str]]  # (organisation page slug, name)
    review: str  # ISO, "" when none
    overdue: bool
    signed: bool
    signed_on: str
    changed: int
    errors: int
    warnings: int
    in_force: bool

    @property
    def status_rank(self) -> int:
        return _STATUS_ORDER.get(self.status, 99)

    @property
    def level_rank(self) -> int:
        return _LEVEL_ORDER.get(self.level, 99)


def row(entry: Entry, portfolio: Portfolio) -> Row:
    p = entry.p
    review = p.date("evaluation", "next_review")
    signed_on = _signed_on(entry)
    return Row(
        slug=entry.slug,
        title=entry.title,
        level=p.level,
        status=p.status,
        nature=p.text("nature"),
        partners=partners_of(entry, portfolio),
        review=review.isoformat() if review else "",
        overdue=entry.overdue(portfolio.today),
        signed=bool(signed_on),
        signed_on=signed_on,
        changed=len(entry.unsigned),
        errors=entry.errors,
        warnings=entry.warnings,
        in_force=p.status in IN_FORCE,
    )


def _signed_on(entry: Entry) -> str:
    """The last signature's date when every partner signed (the convention or the
    latest avenant), else ""."""
    if entry.signed is not None:
        return str(entry.signed.signed_on)
    p = entry.p
    if p.fully_signed():
        return max(str(s.get("date")) for _, s in p.records("signatures"))
    return ""


def partners_of(entry: Entry, portfolio: Portfolio) -> list[tuple[str, str]]:
    found = []
    for oid, partner in organisation_ids(entry.data):
        organisation = portfolio.organisations.get(oid)
        if organisation is not None:
            found.append((organisation.slug, Partnership.label(partner) or organisation.name))
    return found


@dataclass
class Summary:
    in_force: int
    due_this_month: int
    overdue: int
    changed: int


def summary(rows: list[Row], today: date) -> Summary:
    month = today.isoformat()[:7]
    return Summary(
        in_force=sum(r.in_force for r in rows),
        due_this_month=sum(r.in_force and r.review[:7] == month for r in rows),
        overdue=sum(r.overdue for r in rows),
        changed=sum(r.changed > 0 for r in rows),
    )


def choices(rows: list[Row], words: Words) -> dict[str, list[tuple[str, str]]]:
    """The values each filter offers, in words, in a stable order."""
    found: dict[str, dict[str, str]] = {"status": {}, "level": {}, "nature": {}, "partner": {}}
    for r in rows:
        for kind, value in (("status", r.status), ("level", r.level), ("nature", r.nature)):
            if value:
                found[kind][value] = words.label(kind, value) or words("site.other")
        for page, name in r.partners:
            found["partner"].setdefault(page, name)
    order = {"status": _STATUS_ORDER, "level": _LEVEL_ORDER}
    return {
        kind: sorted(
            values.items(), key=lambda item: (order.get(kind, {}).get(item[0], 99), item[1].lower())
        )
        for kind, values in found.items()
    }


_STATUS_ORDER = {
    s: i
    for i, s in enumerate(
        ("exploring", "negotiating", "active", "under_review", "renewed", "ended", "declined")
    )
}
_LEVEL_ORDER = {
    s: i
    for i, s in enumerate(
        ("information_sharing", "consultation", "coordination", "cooperation", "collaboration")
    )
}


@dataclass
class Indicator:
    name: str
    baseline: str
    current: str
    target: str
    unit: str
    due: str
    percent: int | None
    bar: Markup | None


def indicators(objective: dict[str, Any], words: Words) -> list[Indicator]:
    found = []
    for item in objective.get("indicators") or []:
        if not isinstance(item, dict):
            continue
        share = fraction(item.get("baseline"), item.get("current"), item.get("target"))
        name = _text(item.get("name"))
        percent = round(share * 100) if share is not None else None
        found.append(
            Indicator(
                name=name,
                baseline=_number(item.get("baseline"), words),
                current=_number(item.get("current"), words),
                target=_number(item.get("target"), words),
                unit=_text(item.get("unit")),
                due=words.date(item.get("due")),
                percent=percent,
                bar=progress(share, words("site.progress", name=name, percent=percent))
                if share is not None
                else None,
            )
        )
    return found


def _number(value: object, words: Words) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return ""
    return words.money(value, None)


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""
