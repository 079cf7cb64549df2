"""Where a change is, in words: the record it belongs to (« l’indicateur « bacs
installés » de l’objectif 1 », « la signature de Communauté Emmaüs de Creil ») and the
field's own name (« la cible »), from a change's keyed path and the data it is in.

Records are named by what they say — a partner by its name, an objective by its number,
a decision by its date —, never by an id or a field path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ptk import i18n
from ptk.history.diff import KEYS
from ptk.i18n.formats import format_date
from ptk.partnership import Partnership

# fields holding a record of their own, named as such in the sentence (« le nom de la
# personne représentante du partenaire X »)
SUBRECORDS = frozenset({"approval", "representative", "contact"})
_BY_NAME = {"partners": "name", "indicators": "name", "bodies": "name", "glossary": "term"}
_BY_NAME |= {"contributions": "description", "needs": "description"}
_BY_NAME |= {"counterparts": "description", "lines": "label", "milestones": "label"}
_BY_NAME |= {"clauses": "title", "annexes": "title", "amendments": "number"}
_BY_DATE = frozenset({"payments", "reviews", "decisions", "celebrations"})
_BY_PARTNER = frozenset({"roles", "signatures", "seats"})


@dataclass(frozen=True)
class Place:
    """Where a change is: its record in words, its field, the field holding that one
    (``agreed_by`` for ``agreed_by.vision``), and whether the field is a list of values."""

    owner: str
    field: str
    parent: str = ""
    listed: bool = False


def place(parts: list[str], data: Any, lang: str) -> Place:
    """The record a field belongs to, in words, and the field itself."""
    partnership = Partnership(data)
    names: tuple[str, ...] = ()
    node: Any = data
    phrase, field, parent = "", "", ""
    for position, segment in enumerate(parts):
        if isinstance(node, list):
            record = _find(node, segment, KEYS.get(names))
            owner = _record(names, record, node, segment, partnership, lang)
            phrase = owner + of(phrase, lang) if phrase else owner
            node = record
            continue
        parent, field = field, segment
        names = (*names, segment)
        node = node.get(segment) if isinstance(node, dict) else None
        if segment in SUBRECORDS and isinstance(node, dict) and position < len(parts) - 1:
            owner = i18n.message(lang, f"amend.entity.{segment}")
            phrase = owner + of(phrase, lang) if phrase else owner
    return Place(phrase, field, parent, isinstance(node, list))


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


def to(what: str, lang: str) -> str:
    """`` aux valeurs partagées``, `` au public visé``, `` à la liste``; `` to the values``."""
    if lang != "fr":
        return f" to {what}"
    if what.startswith("le "):
        return " au " + what[3:]
    if what.startswith("les "):
        return " aux " + what[4:]
    return " à " + what


def out_of(what: str, lang: str) -> str:
    """`` des valeurs partagées``; `` from the shared values``."""
    return of(what, lang) if lang == "fr" else f" from {what}"


def field_name(field: str, parent: str, lang: str) -> str:
    """« la cible », « les partenaires qui ont adopté la vision commune »; for a field
    the catalogue does not name (a group's own ``extra`` ones), « la rubrique « x » »."""
    for key in (f"amend.field.{parent}.{field}", f"amend.field.{field}"):
        if i18n.has(lang, key):
            return i18n.message(lang, key)
    return i18n.message(lang, "amend.field", name=field.replace("_", " "))


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
    kind = names[-1] if names else ""
    if kind == "objectives":
        return _("amend.entity.objective", number=_position(items, record, segment))
    text = record_text(kind, record if isinstance(record, dict) else {}, p, lang)
    key = f"amend.entity.{kind}"
    if i18n.has(lang, key) and text:
        return _(key, name=text)
    return _("amend.entity.item", number=_position(items, record, segment))


def record_text(kind: str, item: dict[str, Any], p: Partnership, lang: str) -> str:
    """What names a record of the list ``kind``: its name, date or partner."""
    if kind in _BY_PARTNER:
        found = item.get("partner")
        return p.partner_name(found) if isinstance(found, str) and found else ""
    if kind in _BY_DATE:
        return format_date(item.get("date"), lang) if item.get("date") else ""
    value = item.get(_BY_NAME.get(kind, ""))
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else ""


def _position(items: Any, record: Any, segment: str) -> int:
    if isinstance(items, list) and record in items:
        return items.index(record) + 1
    return int(segment) + 1 if segment.isdigit() else 1
