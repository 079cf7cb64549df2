from __future__ import annotations

from pathlib import Path

from .health_rounds import problems, write_round

DIVERGENT = {
    "colibris-creil": {"fair-power.1": 5, "fair-power.2": 4, "trust.1": 4},
    "emmaus-creil": {"fair-power.1": 2, "fair-power.2": 3, "trust.1": 4},
}
CLOSE = {
    "colibris-creil": {"fair-power.1": 4, "fair-power.2": 4},
    "emmaus-creil": {"fair-power.1": 3, "fair-power.2": 3},
}
BEFORE = [{"date": "2026-03-02", "decision": "lancement"}]


def test_no_round_no_problem(tmp_path: Path) -> None:
    assert problems(tmp_path, "health-divergence") == []


def test_divergence_appears_and_a_decision_after_the_round_answers_it(tmp_path: Path) -> None:
    write_round(tmp_path, "2026-06-10", DIVERGENT)
    [problem] = problems(tmp_path, "health-divergence", decisions=BEFORE)
    assert problem.severity == "warning" and problem.pointer == "/decisions"
    assert problem.message("en") == (
        "health check of June 10, 2026: the partners do not live “Fair power” the same way "
        "(Groupe local Colibris du Pays creillois: 4.5 out of 5; Communauté Emmaüs de Creil: 2.5); "
        "talk it over together and record what you decide in the decision log (decisions)"
    )
    assert problem.message("fr") == (
        "bilan de santé du 10 juin 2026\u00a0: les partenaires ne vivent pas «\u00a0Pouvoir partagé\u00a0» "
        "de la même façon (Groupe local Colibris du Pays creillois\u00a0: 4,5 sur 5\u00a0; "
        "Communauté Emmaüs de Creil\u00a0: 2,5)\u00a0; parlez-en ensemble et notez ce que vous "
        "décidez dans le relevé de décisions (`decisions`)"
    )
    on_the_day = [*BEFORE, {"date": "2026-06-10", "decision": "le jour même"}]
    assert problems(tmp_path, "health-divergence", decisions=on_the_day)  # not *after*
    after = [*BEFORE, {"date": "2026-07-01", "decision": "un binôme par partenaire"}]
    assert problems(tmp_path, "health-divergence", decisions=after) == []


def test_only_the_latest_round_counts(tmp_path: Path) -> None:
    write_round(tmp_path, "2026-06-10", DIVERGENT)
    write_round(tmp_path, "2026-10-01", CLOSE)  # 1 point apart: not divergent
    assert problems(tmp_path, "health-divergence", decisions=BEFORE) == []
