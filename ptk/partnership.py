"""A read-only view of a partnership's plain data, safe on files that break the schema.

Rules, documents and the status table read partnerships through this view, so
that a wrong type somewhere (a list where a mapping was expected) reads as
"absent" instead of crashing.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

LEVELS = ("information_sharing", "consultation", "coordination", "cooperation", "collaboration")
STATUSES = ("exploring", "negotiating", "active", "under_review", "renewed", "ended", "declined")
MONEY_TYPES = ("financial",)

# Status groups rules use to decide whether they apply.
IN_FORCE = ("active", "under_review", "renewed")  # the agreement is being carried out
NOT_DECLINED = ("exploring", "negotiating", "active", "under_review", "renewed", "ended")
ONGOING = ("exploring", "negotiating", "active", "under_review", "renewed")


def level_rank(level: object) -> int:
    """0 for information_sharing … 4 for collaboration; unknown levels count as the highest."""
    return LEVELS.index(level) if level in LEVELS else len(LEVELS) - 1


def parse_date(value: object) -> date | None:
    """An ISO date string as a date, or None."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def is_blank(value: object) -> bool:
    """None, empty or whitespace-only text, empty list or mapping."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | dict):
        return not value
    return False


class Partnership:
    """Accessors over one partnership's data."""

    def __init__(self, data: Any) -> None:
        self.raw = data
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}

    def get(self, *path: str) -> Any:
        """The value at ``path`` (mapping keys), or None when any step is missing."""
        value: Any = self.data
        for key in path:
            if not isinstance(value, dict):
                return None
            value = value.get(key)
        return value

    def text(self, *path: str) -> str:
        value = self.get(*path)
        return value.strip() if isinstance(value, str) else ""

    def records(self, *path: str) -> Iterator[tuple[int, dict[str, Any]]]:
        """``(index, record)`` for each mapping in the list at ``path``."""
        value = self.get(*path)
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    yield index, item

    def date(self, *path: str) -> date | None:
        return parse_date(self.get(*path))

    @property
    def level(self) -> str:
        value = self.data.get("level")
        return value if isinstance(value, str) else ""

    @property
    def status(self) -> str:
        value = self.data.get("status")
        return value if isinstance(value, str) else ""

    @property
    def partners(self) -> list[dict[str, Any]]:
        return [partner for _, partner in self.records("partners")]

    @property
    def partner_ids(self) -> list[str]:
        return [p["id"] for p in self.partners if isinstance(p.get("id"), str)]

    def partner(self, partner_id: object) -> dict[str, Any] | None:
        for candidate in self.partners:
            if candidate.get("id") == partner_id:
                return candidate
        return None

    @staticmethod
    def label(partner: dict[str, Any]) -> str:
        """How messages name a partner: its name, else its id."""
        return str(partner.get("name") or partner.get("id") or "")

    def labels(self, *kinds: str) -> list[str]:
        """The names of the partners of these kinds (``company``, ``public_body``…)."""
        return [self.label(p) for p in self.partners if p.get("kind") in kinds]

    def partner_name(self, partner_id: object) -> str:
        found = self.partner(partner_id)
        name = found.get("name") if found else None
        return name if isinstance(name, str) else str(partner_id)

    def signed_partners(self) -> set[str]:
        """Partners with a dated signature."""
        return {
            s["partner"]
            for _, s in self.records("signatures")
            if isinstance(s.get("partner"), str) and parse_date(s.get("date"))
        }

    def fully_signed(self) -> bool:
        ids = self.partner_ids
        return bool(ids) and set(ids) <= self.signed_partners()

    def involves_money(self) -> bool:
        """A budget with lines, or a financial contribution."""
        if any(True for _ in self.records("budget", "lines")):
            return True
        return any(c.get("type") in MONEY_TYPES for _, c in self.records("contributions"))
