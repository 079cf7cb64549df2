from __future__ import annotations

from pathlib import Path

from .health_rounds import problems, write_round

LOW = {
    "colibris-creil": {"communication.1": 2, "communication.2": 2, "trust.1": 4},
    "emmaus-creil": {"communication.1": 3, "communication.2": 2, "trust.1": 5},
}
BEFORE = [{"date": "2026-03-02", "decision": "lancement"}]


def test_a_low_dimension_without_decision_is_flagged(tmp_path: Path) -> None:
    write_round(tmp_path, "2026-06-10", LOW)
    [problem] = problems(tmp_path, "health-low-without-action", decisions=BEFORE)
    assert problem.severity == "warning"
    assert problem.message("en") == (
        "health check of June 10, 2026: “Communication and a common language” scores only 2.3 "
        "out of 5 and no decision followed; meet, decide what should change and record it in "
        "the decision log (decisions)"
    )
    assert problem.message("fr").startswith(
        "bilan de santé du 10 juin 2026\u00a0: «\u00a0Communication et langage commun\u00a0» "
        "n’obtient que 2,3 sur 5 et aucune décision n’a suivi"
    )


def test_a_decision_after_the_round_answers_it(tmp_path: Path) -> None:
    write_round(tmp_path, "2026-06-10", LOW)
    after = [*BEFORE, {"date": "2026-06-20", "decision": "comptes rendus sous huit jours"}]
    assert problems(tmp_path, "health-low-without-action", decisions=after) == []


def test_two_and_a_half_is_not_low(tmp_path: Path) -> None:
    write_round(
        tmp_path,
        "2026-06-10",
        {"colibris-creil": {"communication.1": 2}, "emmaus-creil": {"communication.1": 3}},
    )
    assert problems(tmp_path, "health-low-without-action", decisions=BEFORE) == []


def test_a_better_round_clears_it(tmp_path: Path) -> None:
    write_round(tmp_path, "2026-06-10", LOW)
    write_round(
        tmp_path,
        "2026-09-10",
        {"colibris-creil": {"communication.1": 4}, "emmaus-creil": {"communication.1": 3}},
    )
    assert problems(tmp_path, "health-low-without-action", decisions=BEFORE) == []
