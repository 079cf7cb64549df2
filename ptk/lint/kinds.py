"""Kinds of partners as the guides speak of them: community groups and institutions.

The CDC de Laval distinguishes the community milieu (« le milieu communautaire »)
from institutional partners (« partenaires issus du milieu institutionnel »); several
rules weigh one against the other.
"""

from __future__ import annotations

from typing import Any

COMMUNITY = ("association", "local_group")
INSTITUTIONS = ("public_body", "school", "company", "foundation")


def is_community(partner: dict[str, Any]) -> bool:
    return partner.get("kind") in COMMUNITY


def is_institution(partner: dict[str, Any]) -> bool:
    return partner.get("kind") in INSTITUTIONS


def responsibilities(records: Any) -> dict[object, int]:
    """How many responsibilities each partner id carries, from ``roles`` records."""
    duties: dict[object, int] = {}
    for _, role in records:
        listed = role.get("responsibilities")
        count = len(listed) if isinstance(listed, list) else 0
        duties[role.get("partner")] = duties.get(role.get("partner"), 0) + count
    return duties
