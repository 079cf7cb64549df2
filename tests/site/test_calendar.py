"""``ptk calendar`` and the site's ``calendar.ics``, read back with icalendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest

from .conftest import Built, build


@pytest.fixture(scope="module")
def calendar(group: Path) -> Built:
    built = build(group, "calendar", "partnerships", "-o", "dates.ics")
    assert built.code == 0, built.err
    return built


def events(path: Path) -> dict[str, icalendar.Event]:
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    found = {str(event["UID"]): event for event in parsed.walk("VEVENT")}
    assert len(found) == len(list(parsed.walk("VEVENT")))  # UIDs are unique
    return found


def test_every_kind_of_date_is_an_all_day_event(calendar: Built) -> None:
    found = events(calendar.folder)
    jardin = {uid: e for uid, e in found.items() if uid.startswith("jardin-emmaus-creil.")}
    kinds = sorted(uid.split(".")[1].split("@")[0].split("-")[0] for uid in jardin)
    assert kinds == ["end", "health", "milestone", "milestone", "milestone", "notice", "review"]
    for event in jardin.values():
        start = event.decoded("DTSTART")
        assert type(start) is date  # all day
        assert event.decoded("DTEND") == date.fromordinal(start.toordinal() + 1)
        assert "Jardin partagé du Pays creillois" in str(event["SUMMARY"])
    assert jardin["jardin-emmaus-creil.review@ptk"].decoded("DTSTART") == date(2027, 2, 15)
    assert jardin["jardin-emmaus-creil.end@ptk"].decoded("DTSTART") == date(2027, 3, 14)
    # 60 days' notice before 14 March 2027
    assert jardin["jardin-emmaus-creil.notice@ptk"].decoded("DTSTART") == date(2027, 1, 13)
    # a year after the last health-check round (health/jardin-emmaus-creil/2025-10-01.yaml)
    assert jardin["jardin-emmaus-creil.health@ptk"].decoded("DTSTART") == date(2026, 10, 1)
    milestones = sorted(e.decoded("DTSTART") for u, e in jardin.items() if ".milestone-" in u)
    assert milestones == [date(2026, 4, 18), date(2026, 6, 30), date(2027, 2, 15)]


def test_descriptions_speak_the_partnership_language(calendar: Built) -> None:
    found = events(calendar.folder)
    notice = found["jardin-emmaus-creil.notice@ptk"]
    assert "préavis de 60 jours" in str(notice["DESCRIPTION"])
    assert "14 mars 2027" in str(notice["DESCRIPTION"])
    review = str(found["library-seed-library.review@ptk"]["DESCRIPTION"])  # lang: en
    assert review.startswith("Planned review of the partnership “A seed library")


def test_tacit_renewal_is_announced_at_the_notice_deadline(calendar: Built) -> None:
    found = events(calendar.folder)
    notice = found["hostile.notice@ptk"]
    assert notice.decoded("DTSTART") == date(2027, 1, 1)  # 31 January less 30 days
    assert "renews itself tacitly" in str(notice["DESCRIPTION"])


def test_hostile_text_cannot_add_events_or_properties(calendar: Built) -> None:
    found = events(calendar.folder)
    assert not any(str(e.get("SUMMARY")) == "injected" for e in found.values())
    launch = [e for u, e in found.items() if u.startswith("hostile.milestone-")]
    assert len(launch) == 1 and "SUMMARY:injected" in str(launch[0]["SUMMARY"])
    lines = calendar.folder.read_bytes().replace(b"\r\n ", b"").split(b"\r\n")
    assert lines.count(b"BEGIN:VEVENT") == lines.count(b"END:VEVENT") == len(found)
    assert b"SUMMARY:injected" not in lines


def test_closed_and_undated_partnerships_have_no_events(calendar: Built) -> None:
    uids = events(calendar.folder)
    assert not any(
        uid.startswith(("mecenat-supermarche.", "conferences-sante-ales.")) for uid in uids
    )
    assert not any(uid.startswith(("broken.", "wrong-types.")) for uid in uids)


def test_same_bytes_every_run_and_the_same_as_the_site(
    group: Path, calendar: Built, site: Built
) -> None:
    again = build(group, "calendar", "partnerships")
    assert again.code == 0
    assert again.out.encode("utf-8") == calendar.folder.read_bytes()
    assert (site.folder / "calendar.ics").read_bytes() == calendar.folder.read_bytes()
    stamps = {str(e.decoded("DTSTAMP")) for e in events(calendar.folder).values()}
    assert "2026-05-01 00:00:00+00:00" in stamps  # jardin's last commit, not the clock


def test_uids_stay_when_dates_move(copy_of_group: Path) -> None:
    before = events(build(copy_of_group, "calendar", "partnerships", "-o", "a.ics").folder)
    path = copy_of_group / "partnerships" / "jardin-emmaus-creil.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "next_review: 2027-02-15", "next_review: 2027-03-01"
        ),
        encoding="utf-8",
    )
    after = events(build(copy_of_group, "calendar", "partnerships", "-o", "b.ics").folder)
    assert set(before) == set(after)
    assert after["jardin-emmaus-creil.review@ptk"].decoded("DTSTART") == date(2027, 3, 1)


def test_never_overwrites_without_force(copy_of_group: Path) -> None:
    (copy_of_group / "dates.ics").write_text("mine", encoding="utf-8")
    refused = build(copy_of_group, "calendar", "partnerships", "-o", "dates.ics")
    assert refused.code == 2 and (copy_of_group / "dates.ics").read_text() == "mine"
    forced = build(copy_of_group, "calendar", "partnerships", "-o", "dates.ics", "--force")
    assert forced.code == 0 and b"BEGIN:VCALENDAR" in (copy_of_group / "dates.ics").read_bytes()
