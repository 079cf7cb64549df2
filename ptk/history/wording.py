"""A change to a partnership, said in plain words under the article of the convention it
touches: « La cible de l’indicateur « forums tenus » de l’objectif 1 passe de 6 à 8. »

Records are named by what they say (an objective by its number, an indicator by its
name, a budget line by its label, a partner by its name), never by an id or a field
path; values are written as the convention writes them (amounts, dates, labels).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ptk import i18n
from ptk.document import split_pointer
from ptk.history.diff import Change
from ptk.history.excerpt import is_long, passage, shorten
from ptk.history.naming import Place, field_name, of, out_of, place, to
from ptk.i18n.formats import format_date, format_money, label
from ptk.partnership import Partnership, parse_date

# top-level key → the convention's article it belongs to (the keys of its headings)
ARTICLES: dict[str, str] = {
    "title": "purpose",
    "purpose": "purpose",
    "scope": "purpose",
    "target_public": "purpose",
    "context": "preamble",
    "vision": "preamble",
    "shared_values": "preamble",
    "partners": "parties",
    "objectives": "objectives",
    "schedule": "duration",
    "renewal": "duration",
    "roles": "commitments",
    "coordinator": "commitments",
    "contributions": "commitments",
    "needs": "commitments",
    "budget": "financial",
    "counterparts": "counterparts",
    "governance": "governance",
    "communication": "communication",
    "intellectual_property": "communication",
    "evaluation": "evaluation",
    "cancellation": "cancellation",
    "liability": "liability",
    "data_protection": "data_protection",
    "conflict_of_interest": "conflict_of_interest",
    "exit": "termination",
    "disputes": "disputes",
    "clauses": "clauses",
    "annexes": "annexes",
}
ORDER = [
    "parties",
    "preamble",
    *dict.fromkeys(v for v in ARTICLES.values() if v not in ("parties", "preamble")),
    "other",
]
_LABELS = {"method": "method", "type": "type", "kind": "kind", "mode": "renewal"}
_LABELS |= {"level": "level", "status": "status", "nature": "nature"}
_LABELS |= {"lang": "lang", "jurisdiction": "jurisdiction"}
_QUOTED_LABELS = frozenset({"status"})  # « passe de « négociation » à « en cours » »
_PARTNER_FIELDS = {"partner", "owner", "funded_by", "holder", "coordinator", "casting_vote"}
_PARTNER_FIELDS |= {"from", "to"}
_PARTNER_LISTS = {"agreed_by", "present", "veto"}
_MONEY_FIELDS = {"amount", "value"}
_UNSHOWN = frozenset({"organisation"})  # values that are ids of other files: not quoted
_SUMMARY_KEYS: tuple[str, ...] = ("statement", "name", "label", "description", "title")
_SUMMARY_KEYS += ("decision", "summary", "definition", "term")


@dataclass(frozen=True)
class Sentence:
    """One change in words, and the article (a key of ``ARTICLES``' values) it belongs to."""

    article: str
    text: str


@dataclass(frozen=True)
class _Say:
    """How values are written: the language, the partnership's currency, and whether
    long texts are cut short (a line of ``ptk history``) or quoted whole (an avenant)."""

    lang: str
    currency: Any
    brief: bool

    def quote(self, text: str) -> str:
        words = shorten(text) if self.brief else " ".join(text.split())
        return f"«\u00a0{words}\u00a0»" if self.lang == "fr" else f"“{words}”"


def article_of(change: Change) -> str:
    parts = split_pointer(change.path)
    return ARTICLES.get(parts[0], "other") if parts else "other"


def sentence(
    change: Change, old: Mapping[str, Any], new: Mapping[str, Any], lang: str, brief: bool = False
) -> Sentence:
    """``change`` (from ``old`` to ``new``, two versions' data) in plain words; ``brief``:
    a long text is said by the passage that changed, not quoted whole."""
    data = old if change.kind == "removed" else new
    change = partner_values(change, data)
    where = place(split_pointer(change.path), data, lang)
    say = _Say(lang, Partnership(data).get("budget", "currency"), brief)
    if change.item:  # a whole record added or removed: named by what it says
        value = _summary(change.new if change.kind == "added" else change.old, where, data, say)
        subject = where.owner or field_name(where.field, where.parent, lang)
        text = _added_or_removed(change.kind, subject, value, lang)
    elif change.kind in ("added", "removed"):
        text = _field_added_or_removed(change, where, say)
    else:
        text = _changed(change, where, say)
    text = _elided(text) if lang == "fr" else text
    return Sentence(article_of(change), _capital(text).rstrip(".") + ".")


def _field_added_or_removed(change: Change, where: Place, say: _Say) -> str:
    value = change.new if change.kind == "added" else change.old
    subject = field_name(where.field, where.parent, say.lang) + of(where.owner, say.lang)
    shown = "" if where.field in _UNSHOWN else _value(value, where.field, say)
    if where.listed and not isinstance(value, list):  # one value of a list
        key = "amend.list-added" if change.kind == "added" else "amend.list-removed"
        where_to = (to if change.kind == "added" else out_of)(subject, say.lang)
        return i18n.message(say.lang, key, place=where_to, value=shown)
    return _added_or_removed(change.kind, subject, shown, say.lang)


def _added_or_removed(kind: str, what: str, value: str, lang: str) -> str:
    _ = i18n.Messages(lang)
    bare = value.strip("«»“” \u00a0")
    shown = _("amend.colon") + value if bare and bare not in what else ""
    key = "amend.record-added" if kind == "added" else "amend.record-removed"
    return _(key, of=of(what, lang), value=shown)


def _changed(change: Change, where: Place, say: _Say) -> str:
    _ = i18n.Messages(say.lang)
    field = where.field
    subject = field_name(field, where.parent, say.lang) + of(where.owner, say.lang)
    if field == "done" and isinstance(change.new, bool) and where.owner:
        return _("amend.done" if change.new else "amend.not-done", what=where.owner)
    if field in _UNSHOWN:
        return _("amend.field-changed", what=subject)
    if say.brief and is_long(change.old, change.new):
        return _long_text(change, subject, say)
    old, new = _value(change.old, field, say), _value(change.new, field, say)
    if _is_text(change.new) and _labelled(field, change.new, say.lang) is None:
        return _("amend.text-replaced", what=subject, old=old, new=new)
    dated = isinstance(change.new, date) or parse_date(change.new) is not None
    key = "amend.date-changed" if dated else "amend.changed-to"
    return _(key, what=subject, old=old, new=new)


def _long_text(change: Change, subject: str, say: _Say) -> str:
    """« Nouvelle rédaction du préambule : « … un passage … » »."""
    found = passage(str(change.old or ""), str(change.new or ""))
    key = "amend.text-cut" if found.removed else "amend.text-edited"
    shown = say.quote(found.text or str(change.new or change.old or ""))
    return i18n.message(say.lang, key, of=of(subject, say.lang), passage=shown)


def _is_text(value: object) -> bool:
    return isinstance(value, str) and parse_date(value) is None


def _summary(value: Any, where: Place, data: Any, say: _Say) -> str:
    if isinstance(value, dict):
        for key in _SUMMARY_KEYS:
            if isinstance(value.get(key), str):
                return say.quote(value[key])
        if isinstance(value.get("count"), int):  # a body's seats
            return _value(value["count"], "count", say)
        partner = value.get("partner")
        if isinstance(partner, str):
            return Partnership(data).partner_name(partner)
        return ""
    return _value(value, where.field, say)


def _labelled(field: str, value: object, lang: str) -> str | None:
    """The label of an enumerated value (« consentement »), None for other values."""
    if field in _LABELS and isinstance(value, str):
        kind = _LABELS[field]
        if i18n.has(lang, f"label.{kind}.{value}"):
            return label(lang, kind, value)
    return None


def _value(value: Any, field: str, say: _Say) -> str:
    """A value as the convention writes it."""
    lang = say.lang
    if isinstance(value, bool):
        return i18n.message(lang, "amend.yes" if value else "amend.no")
    if field in _MONEY_FIELDS and isinstance(value, int | float):
        return format_money(value, say.currency, lang)
    if isinstance(value, int | float):
        return format_money(value, None, lang)
    labelled = _labelled(field, value, lang)
    if labelled is not None:
        return say.quote(labelled) if field in _QUOTED_LABELS else labelled
    if isinstance(value, date) or (isinstance(value, str) and parse_date(value)):
        return format_date(value, lang)
    if isinstance(value, list):
        return ", ".join(_value(item, field, say) for item in value)
    if isinstance(value, dict):
        return _summary(value, Place("", field), {}, say)
    return say.quote(str(value)) if value is not None else ""


_QUOTED = re.compile(r"(«[^»]*»)")
_DE = re.compile(r"\b([dD]|[qQ]u)e (?=[aeiouéèêàâîôûœAEIOUÉÈÊÀÂÎÔÛŒ])")


def _elided(text: str) -> str:
    """« passe d’anglais », « la signature d’Entraide » (not « de anglais »); quoted text
    is left as it was written."""
    parts = _QUOTED.split(text)
    return "".join(part if part.startswith("«") else _DE.sub(r"\1’", part) for part in parts)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def partner_values(change: Change, data: Any) -> Change:
    """``change`` with partner ids replaced by partner names (for fields that name one)."""
    parts = split_pointer(change.path)
    field = parts[-1] if parts else ""
    partnership = Partnership(data)
    if field in _PARTNER_FIELDS:
        return _mapped(change, lambda v: partnership.partner_name(v) if isinstance(v, str) else v)
    if field in _PARTNER_LISTS or (len(parts) == 2 and parts[0] == "agreed_by"):
        return _mapped(
            change,
            lambda v: (
                [partnership.partner_name(i) for i in v]
                if isinstance(v, list)
                else (partnership.partner_name(v) if isinstance(v, str) else v)
            ),
        )
    return change


def _mapped(change: Change, convert: Any) -> Change:
    from dataclasses import replace

    return replace(change, old=convert(change.old), new=convert(change.new))
