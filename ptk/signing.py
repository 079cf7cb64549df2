"""Who signed what, and when, as written in the partnership file.

A convention is signed when every partner has a dated signature in ``signatures``; an
avenant (``amendments[]``) is signed when every partner has a dated signature in its own
``signatures``. What is **in force** is the latest signed avenant, else the convention.
The dates are those written in the file, never the dates of commits.

Some fields are the partnership's living record, not its agreed terms: changing them
needs no avenant (DESIGN §6). :func:`administrative` says which.

>>> data = {"partners": [{"id": "a"}, {"id": "b"}],
...         "signatures": [{"partner": "a", "date": "2026-03-02"},
...                        {"partner": "b", "date": "2026-03-20"}]}
>>> found = signing(data)
>>> found.amendment, found.date, found.signed_on
(None, '2026-03-20', '2026-03-20')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ptk.document import split_pointer
from ptk.partnership import Partnership, parse_date

# Paths (``*`` for any list item or key) whose changes need no avenant.
ADMINISTRATIVE: tuple[tuple[str, ...], ...] = (
    ("id",),  # the file's name in the repository, not a term of the agreement
    ("partners", "*", "contact"),
    ("partners", "*", "representative"),
    ("partners", "*", "authority"),
    # who a party is in law, not what it agreed to
    ("partners", "*", "organisation"),
    ("partners", "*", "legal_form"),
    ("partners", "*", "identifiers"),
    ("partners", "*", "address"),
    ("partners", "*", "logo"),
    ("evaluation", "reviews"),
    ("evaluation", "next_review"),
    ("decisions",),
    ("celebrations",),
    ("lessons_learned",),
    ("schedule", "milestones", "*", "done"),
    ("objectives", "*", "indicators", "*", "current"),
    ("status",),
    ("signatures",),
    ("amendments",),
)


@dataclass(frozen=True)
class Signing:
    """What is in force: the convention (``amendment`` None) or avenant n° ``amendment``.

    ``date`` is the avenant's own date (else its last signature's), or the convention's
    last signature date; ``signed_on`` is the last signature date.
    """

    amendment: int | None
    date: str
    signed_on: str
    signatures: tuple[tuple[str, str], ...]

    def as_dict(self, rev: str) -> dict[str, Any]:
        """The shape of ``ptk status --format json``'s ``signed``."""
        return {
            "rev": rev,
            "date": self.date,
            "signed_on": self.signed_on,
            "amendment": self.amendment,
        }


def dated_signatures(records: Any) -> dict[str, str]:
    """``partner → ISO date`` for each signature with a real date."""
    found: dict[str, str] = {}
    for record in records if isinstance(records, list) else []:
        if isinstance(record, dict) and isinstance(record.get("partner"), str):
            day = parse_date(record.get("date"))
            if day is not None:
                found[record["partner"]] = day.isoformat()
    return found


def _complete(signatures: dict[str, str], partners: list[str]) -> bool:
    return bool(partners) and set(partners) <= set(signatures)


def signed_amendments(data: Any) -> list[dict[str, Any]]:
    """The avenants every partner signed, in the file's order."""
    partnership = Partnership(data)
    ids = partnership.partner_ids
    return [
        amendment
        for _, amendment in partnership.records("amendments")
        if _complete(dated_signatures(amendment.get("signatures")), ids)
    ]


def signing(data: Any) -> Signing | None:
    """What is in force in ``data``: the latest signed avenant, else the signed
    convention, else None (not signed by every partner)."""
    partnership = Partnership(data)
    ids = partnership.partner_ids
    for amendment in reversed(signed_amendments(data)):
        number = amendment.get("number")
        if isinstance(number, int) and not isinstance(number, bool):
            found = dated_signatures(amendment.get("signatures"))
            last = max(found.values())
            day = parse_date(amendment.get("date"))
            return Signing(number, day.isoformat() if day else last, last, _sorted(found))
    found = dated_signatures(partnership.get("signatures"))
    if not _complete(found, ids):
        return None
    last = max(found[i] for i in ids)
    return Signing(None, last, last, _sorted(found))


def _sorted(found: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(found.items()))


def signed_by(data: Any) -> set[str]:
    """The partners who signed the convention or an avenant (a partner who joined by an
    avenant signed that avenant, not the convention)."""
    partnership = Partnership(data)
    found = set(dated_signatures(partnership.get("signatures")))
    for _, amendment in partnership.records("amendments"):
        found |= set(dated_signatures(amendment.get("signatures")))
    return found


def administrative(path: str) -> bool:
    """Whether a change at ``path`` (a JSON pointer, keyed or indexed) needs no avenant."""
    parts = split_pointer(path)
    return any(
        len(parts) >= len(pattern)
        and all(p in ("*", part) for p, part in zip(pattern, parts, strict=False))
        for pattern in ADMINISTRATIVE
    )
