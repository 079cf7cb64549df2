"""A change to a partnership, said in plain words under the article of the convention it
touches: « La cible de l’indicateur « forums tenus » de l’objectif 1 passe de 6 à 8. »

Records are named by what they say (an objective by its number, an indicator by its
name, a budget line by its label, a partner by its name), never by an id or a field
path; values are written as the convention writes them (amounts, dates, labels).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ptk import i18n
from ptk.document import split_pointer
from ptk.history.diff import KEYS, Change
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
_PARTNER_FIELDS = {"partner", "owner", "funded_by", "holder", "coordinator", "casting_vote"}
_PARTNER_FIELDS |= {"from", "to"}
_PARTNER_LISTS = {"agreed_by", "present", "veto"}
_MONEY_FIELDS = {"amount", "value"}


@dataclass(frozen=True)
class Sentence:
    """One change in words, and the article (a key of ``ARTICLES``' values) it belongs to."""

    article: str
    text: str


def article_of(change: Change) -> str:
    parts = split_pointer(change.path)
    return ARTICLES.get(parts[0], "other") if parts else "other"


def sentence(change: Change, old: Mapping[str, Any], new: Mapping[str, Any], lang: str) -> Sentence:
    """``change`` (from ``old`` to ``new``, two versions' data) in plain words."""
    parts = split_pointer(change.path)
    data = old if change.kind == "removed" else new
    change = partner_values(change, data)
    owner, field = _owner(parts, data, lang)
    if change.item:  # a whole record added or removed: named by what it says
        value = _summary(change.new if change.kind == "added" else change.old, field, data, lang)
        text = _added_or_removed(change.kind, owner or _field_name(field, lang), value, lang)
    elif change.kind in ("added", "removed"):
        currency = Partnership(data).get("budget", "currency")
        value = _value(change.new if change.kind == "added" else change.old, field, currency, lang)
        subject = _field_name(field, lang) + of(owner, lang)
        text = _added_or_removed(change.kind, subject, value, lang)
    else:
        text = _changed(change, field, _field_name(field, lang) + of(owner, lang), data, lang)
    return Sentence(article_of(change), _capital(text).rstrip(".") + ".")


def _added_or_removed(kind: str, what: str, value: str, lang: str) -> str:
    _ = i18n.Messages(lang)
    shown = _("amend.colon") + value if value and value not in what else ""
    key = "amend.record-added" if kind == "added" else "amend.record-removed"
    return _(key, of=of(what, lang), value=shown)


def _changed(change: Change, field: str, subject: str, data: Any, lang: str) -> str:
    _ = i18n.Messages(lang)
    currency = Partnership(data).get("budget", "currency")
    old = _value(change.old, field, currency, lang)
    new = _value(change.new, field, currency, lang)
    if _is_text(change.new) and field not in _LABELS:
        return _("amend.text-replaced", what=subject, old=old, new=new)
    dated = isinstance(change.new, date) or parse_date(change.new) is not None
    key = "amend.date-changed" if dated else "amend.changed-to"
    return _(key, what=subject, old=old, new=new)


def _is_text(value: object) -> bool:
    return isinstance(value, str) and parse_date(value) is None


def _owner(parts: list[str], data: Any, lang: str) -> tuple[str, str]:
    """The record a field belongs to, in words (« l’indicateur « x » de l’objectif 1 »),
    and the field's own name."""
    partnership = Partnership(data)
    names: tuple[str, ...] = ()
    node: Any = data
    phrase, field = "", ""
    for segment in parts:
        if isinstance(node, list):
            record = _find(node, segment, KEYS.get(names))
            owner = _record(names, record, node, segment, partnership, lang)
            phrase = owner + of(phrase, lang) if phrase else owner
            node = record
            continue
        field = segment
        names = (*names, segment)
        node = node.get(segment) if isinstance(node, dict) else None
    return phrase, field


def of(owner: str, lang: str) -> str:
    """`` de l’objectif 1``, `` du partenaire X``, `` d’Emmaüs``; `` of objective 1``."""
    if not owner:
        return ""
    if lang != "fr":
        return f" of {owner}"
    if owner.startswith("le "):
        return " du " + owner[3:]
    if owner.startswith("les "):
        return " des " + owner[4:]
    if owner[:1].lower() in "aeiouyhéèêàâîôû":
        return " d’" + owner
    return " de " + owner


def _find(items: list[Any], segment: str, fields: tuple[str, ...] | None) -> Any:
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        key = " ".join(str(item.get(f, "")) for f in fields or ()).strip()
        if key == segment or (not fields and str(index) == segment):
            return item
    return items[int(segment)] if segment.isdigit() and int(segment) < len(items) else {}


def _record(
    names: tuple[str, ...], record: Any, items: Any, segment: str, p: Partnership, lang: str
) -> str:
    _ = i18n.Messages(lang)
    item = record if isinstance(record, dict) else {}
    kind = names[-1] if names else ""
    if kind == "objectives":
        position = _position(items, record, segment)
        return _("amend.entity.objective", number=position)
    text = {
        "partners": item.get("name"),
        "indicators": item.get("name"),
        "roles": p.partner_name(item.get("partner")),
        "contributions": item.get("description"),
        "needs": item.get("description"),
        "lines": item.get("label"),
        "milestones": item.get("label"),
        "bodies": item.get("name"),
        "counterparts": item.get("description"),
        "clauses": item.get("title"),
        "annexes": item.get("title"),
        "payments": format_date(item.get("date"), lang) if item.get("date") else None,
        "reviews": format_date(item.get("date"), lang) if item.get("date") else None,
    }.get(kind)
    key = f"amend.entity.{kind}"
    if i18n.has(lang, key) and text:
        return _(key, name=text)
    return _("amend.entity.item", number=_position(items, record, segment))


def _position(items: Any, record: Any, segment: str) -> int:
    if isinstance(items, list) and record in items:
        return items.index(record) + 1
    return int(segment) + 1 if segment.isdigit() else 1


def _field_name(field: str, lang: str) -> str:
    key = f"amend.field.{field}"
    if i18n.has(lang, key):
        return i18n.message(lang, key)
    return i18n.message(lang, "amend.field", name=field.replace("_", " "))


def _summary(value: Any, field: str, data: Any, lang: str) -> str:
    if isinstance(value, dict):
        for key in ("statement", "name", "label", "description", "title", "decision"):
            if isinstance(value.get(key), str):
                return _quote(value[key], lang)
        partner = value.get("partner")
        if isinstance(partner, str):
            return Partnership(data).partner_name(partner)
        return ""
    currency = Partnership(data).get("budget", "currency")
    return _value(value, field, currency, lang)


def _value(value: Any, field: str, currency: Any, lang: str) -> str:
    """A value as the convention writes it."""
    if isinstance(value, bool):
        return i18n.message(lang, "amend.yes" if value else "amend.no")
    if field in _MONEY_FIELDS and isinstance(value, int | float):
        return format_money(value, currency, lang)
    if isinstance(value, int | float):
        return format_money(value, None, lang)
    if field in _LABELS and isinstance(value, str):
        return label(lang, _LABELS[field], value)
    if isinstance(value, date) or (isinstance(value, str) and parse_date(value)):
        return format_date(value, lang)
    if isinstance(value, list):
        return ", ".join(_value(item, field, currency, lang) for item in value)
    if isinstance(value, dict):
        return _summary(value, field, {}, lang)
    return _quote(str(value), lang) if value is not None else ""


def _quote(text: str, lang: str) -> str:
    words = " ".join(text.split())
    return f"« {words} »" if lang == "fr" else f"“{words}”"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def partner_values(change: Change, data: Any) -> Change:
    """``change`` with partner ids replaced by partner names (for fields that name one)."""
    parts = split_pointer(change.path)
    field = parts[-1] if parts else ""
    partnership = Partnership(data)
    if field in _PARTNER_FIELDS:
        return _mapped(change, lambda v: partnership.partner_name(v) if isinstance(v, str) else v)
    if field in _PARTNER_LISTS:
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
