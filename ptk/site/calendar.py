"""The partnerships' dates as an iCalendar file, for the members' own calendars.

Milestones, next reviews, ends, notice deadlines (the end less ``exit.notice_days``, so
that a tacit renewal is never missed) and health checks due (a year after the last
round in ``health/<id>/``). Each is an all-day event named after its partnership and
described in the partnership's language. Its UID comes from the partnership's id and
the event's kind, so a subscribed calendar updates its events instead of duplicating
them; DTSTAMP comes from the data (the file's last commit, else its latest date), never
from the clock, so the same files give the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ptk import i18n
from ptk.i18n.formats import format_date
from ptk.partnership import parse_date
from ptk.site.model import Entry, slug
from ptk.site.typography import typeset

PRODID = "-//ptk//partnership toolkit//EN"
CLOSED = ("ended", "declined")
_EPOCH = date(2000, 1, 1)


@dataclass(frozen=True)
class Event:
    """One all-day event."""

    uid: str
    day: date
    summary: str
    description: str
    kind: str


def events(entry: Entry) -> list[Event]:
    """Every dated event of a partnership still under way, in date order."""
    p = entry.p
    if p.status in CLOSED:
        return []
    found = [*_milestones(entry), *_review(entry), *_end_and_notice(entry), *_health(entry)]
    return sorted(found, key=lambda event: (event.day, event.uid))


def _text(entry: Entry, key: str, **args: Any) -> str:
    return typeset(i18n.message(entry.lang, key, title=entry.title, **args), entry.lang)


def _uid(entry: Entry, kind: str, detail: str = "") -> str:
    pid = entry.data.get("id")
    base = slug(pid if isinstance(pid, str) and pid else entry.path.stem)
    if detail:
        kind += "-" + hashlib.sha256(detail.encode("utf-8")).hexdigest()[:10]
    return f"{base}.{kind}@ptk"


def _milestones(entry: Entry) -> Iterator[Event]:
    p = entry.p
    for _, milestone in p.records("schedule", "milestones"):
        day = parse_date(milestone.get("date"))
        label = milestone.get("label")
        if day is None or not isinstance(label, str) or not label.strip():
            continue
        owner = milestone.get("owner")
        parts = [
            _text(entry, "calendar.milestone.owner", owner=p.partner_name(owner)) if owner else "",
            _text(entry, "calendar.milestone.done" if milestone.get("done") else "calendar.todo"),
        ]
        yield Event(
            _uid(entry, "milestone", label.strip()),
            day,
            _text(entry, "calendar.milestone", label=" ".join(label.split())),
            " ".join(part for part in parts if part),
            "milestone",
        )


def _review(entry: Entry) -> Iterator[Event]:
    day = entry.p.date("evaluation", "next_review")
    if day is not None:
        method = entry.p.text("evaluation", "method")
        description = _text(entry, "calendar.review.description")
        if method:
            description += " " + _text(entry, "calendar.review.method", method=method)
        yield Event(
            _uid(entry, "review"), day, _text(entry, "calendar.review"), description, "review"
        )


def _end_and_notice(entry: Entry) -> Iterator[Event]:
    p = entry.p
    end = p.date("schedule", "end")
    if end is None:
        return
    tacit = p.get("renewal", "mode") == "tacit"
    renewal = _text(entry, "calendar.renewal.tacit" if tacit else "calendar.renewal.explicit")
    yield Event(
        _uid(entry, "end"),
        end,
        _text(entry, "calendar.end"),
        _text(entry, "calendar.end.description", end=format_date(end, entry.lang)) + " " + renewal,
        "end",
    )
    days = p.get("exit", "notice_days")
    if isinstance(days, int) and not isinstance(days, bool) and 0 < days < 3650:
        notice = end - timedelta(days=days)
        description = _text(
            entry, "calendar.notice.description", days=days, end=format_date(end, entry.lang)
        )
        yield Event(
            _uid(entry, "notice"),
            notice,
            _text(entry, "calendar.notice"),
            description + " " + renewal,
            "notice",
        )


def _health(entry: Entry) -> Iterator[Event]:
    if not entry.health:
        return
    last = entry.health[-1]
    due = a_year_after(last)
    yield Event(
        _uid(entry, "health"),
        due,
        _text(entry, "calendar.health"),
        _text(entry, "calendar.health.description", date=format_date(last, entry.lang)),
        "health",
    )


def a_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def stamp(entry: Entry) -> datetime:
    """When the partnership's data last changed: its last commit's day, else the latest
    date written in it (never the clock)."""
    day = parse_date(entry.steps[-1].date) if entry.steps else None
    if day is None:
        day = max(_dates(entry.data), default=_EPOCH)
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _dates(value: Any) -> Iterator[date]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _dates(item)
    elif isinstance(value, list):
        for item in value:
            yield from _dates(item)
    else:
        day = parse_date(value)
        if day is not None:
            yield day


def ics(entries: list[Entry], name: str) -> bytes:
    """The iCalendar file of every event of ``entries``."""
    from icalendar import Calendar
    from icalendar import Event as Vevent

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for entry in sorted(entries, key=lambda e: e.slug):
        when = stamp(entry)
        for event in events(entry):
            vevent = Vevent()
            vevent.add("uid", event.uid)
            vevent.add("dtstamp", when)
            vevent.add("dtstart", event.day)
            vevent.add("dtend", event.day + timedelta(days=1))
            vevent.add("summary", event.summary)
            vevent.add("description", event.description)
            vevent.add("transp", "TRANSPARENT")
            calendar.add_component(vevent)
    data: bytes = calendar.to_ical()
    return data
