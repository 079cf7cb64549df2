from __future__ import annotations

from datetime import date
from pathlib import Path

from .conftest import LEVELS
from .health_rounds import problems, write_round

ANSWERS = {"colibris-creil": {"trust.1": 4}, "emmaus-creil": {"trust.1": 4}}
OLD_START = {"start": "2024-01-15", "end": "2027-12-31"}


def test_a_partnership_under_a_year_old_is_not_due(tmp_path: Path) -> None:
    assert problems(tmp_path, "health-check-overdue") == []  # started 2026-03-15


def test_no_round_in_twelve_months_is_flagged_and_a_new_round_clears_it(tmp_path: Path) -> None:
    [never] = problems(tmp_path, "health-check-overdue", schedule=OLD_START)
    assert never.severity == "warning" and never.pointer == "/evaluation"
    assert never.message("en").startswith(
        "no health check has been held: ask the partners' members"
    )
    write_round(tmp_path, "2025-06-01", ANSWERS)
    [old] = problems(tmp_path, "health-check-overdue", schedule=OLD_START)
    assert old.message("fr") == (
        "le dernier bilan de santé date du 1er juin 2025, il y a plus de 12 mois\u00a0: "
        "il est temps d’en faire un autre (`ptk health form`)"
    )
    assert old.message("en") == (
        "the last health check was on June 1, 2025, more than 12 months ago: "
        "time for another one (ptk health form)"
    )
    write_round(tmp_path, "2026-02-01", ANSWERS)
    assert problems(tmp_path, "health-check-overdue", schedule=OLD_START) == []
    assert problems(tmp_path, "health-check-overdue", date(2027, 2, 2), schedule=OLD_START)


def test_from_cooperation_up_and_only_in_force(tmp_path: Path) -> None:
    found = [
        [
            p.severity
            for p in problems(tmp_path, "health-check-overdue", level=level, schedule=OLD_START)
        ]
        for level in LEVELS
    ]
    assert found == [[], [], [], ["warning"], ["warning"]]
    assert problems(tmp_path, "health-check-overdue", status="ended", schedule=OLD_START) == []


def test_a_broken_round_does_not_count(tmp_path: Path) -> None:
    write_round(tmp_path, "2026-06-01", {"colibris-creil": {"trust.1": 9}})
    assert problems(tmp_path, "health-check-overdue", schedule=OLD_START)
