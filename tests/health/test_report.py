"""``ptk health report``: per round, per dimension, the mean, each partner's mean, divergence."""

from __future__ import annotations

import json
from pathlib import Path

from ptk.health import questionnaire
from tests.conftest import Runner

from .conftest import ANSWERS, HEADER, write_csv


def _import(ptk: Runner, group: Path, text: str, day: str) -> None:
    csv = write_csv(group, text, f"{day}.csv")
    result = ptk("health", "import", csv.name, "--partnership", "jardin", "--date", day, cwd=group)
    assert result.code == 0, result.err


def test_json_means_by_partner_divergence_and_change(
    ptk: Runner, group: Path, small_questionnaire: questionnaire.Questionnaire
) -> None:
    _import(ptk, group, ANSWERS, "2026-03-01")
    _import(
        ptk,
        group,
        f"{HEADER}\ncolibris,A,5,5,4,4,4,4,4,4,\nmairie,B,5,5,4,4,4,4,4,4,\n",
        "2026-09-01",
    )
    result = ptk("health", "report", "partnerships/jardin.yaml", "--format", "json", cwd=group)
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["partnership"] == "jardin"
    first, second = report["rounds"]
    assert (first["date"], first["respondents"]) == ("2026-03-01", 4)
    by_id = {d["id"]: d for d in first["dimensions"]}
    # fair power: colibris 5,5,4,5 → 4.75; mairie 2,2,1,2 → 1.75; all eight → 3.25
    assert by_id["fair-power"]["mean"] == 3.25
    assert by_id["fair-power"]["by_partner"] == {"colibris": 4.75, "mairie": 1.75}
    assert by_id["fair-power"]["divergent"] is True
    # trust: colibris 4.75, mairie 2.25: 2.5 apart
    assert by_id["trust"]["by_partner"] == {"colibris": 4.75, "mairie": 2.25}
    assert by_id["trust"]["divergent"] is True
    # communication: 4,4,3,4 / 4,3,4 (one blank) → 3.75 and 3.67: close
    assert by_id["communication"]["by_partner"] == {"colibris": 3.75, "mairie": 3.67}
    assert by_id["communication"]["answers"] == 7 and by_id["communication"]["divergent"] is False
    assert [d["id"] for d in first["dimensions"]][:2] == ["fair-power", "trust"]  # lowest first
    assert by_id["fair-power"]["change"] is None
    second_by_id = {d["id"]: d for d in second["dimensions"]}
    assert second_by_id["fair-power"]["change"] == 0.75 and second["respondents"] == 2
    assert not any(d["divergent"] for d in second["dimensions"])


def test_text_in_plain_words(
    ptk: Runner, group: Path, small_questionnaire: questionnaire.Questionnaire
) -> None:
    _import(ptk, group, ANSWERS, "2026-03-01")
    result = ptk("health", "report", "partnerships/jardin.yaml", "--lang", "fr", cwd=group)
    lines = result.out.splitlines()
    assert lines[:4] == [
        "Bilan de santé — Jardin partagé",
        "",
        "Bilan du 1er mars 2026 — 4 personnes ont répondu",
        "  Pouvoir équitable\u00a0: 3,3 sur 5 — à surveiller",
    ]
    assert lines[4] == (
        "      les partenaires ne le vivent pas de la même façon\u00a0: "
        "Colibris du Pays creillois 4,8\u00a0; Mairie de Creil 1,8"
    )
    english = ptk("health", "report", "partnerships/jardin.yaml", "--lang", "en", cwd=group).out
    assert "  Shared vision: 4.0 out of 5 — going well" in english.splitlines()


def test_no_round_yet(ptk: Runner, group: Path) -> None:
    result = ptk("health", "report", "partnerships/jardin.yaml", "--format", "json", cwd=group)
    assert json.loads(result.out) == {"partnership": "jardin", "rounds": []}
    text = ptk("health", "report", "jardin", cwd=group).out
    assert "No round yet" in text


def test_rounds_that_cannot_be_read_are_said(
    ptk: Runner, group: Path, small_questionnaire: questionnaire.Questionnaire
) -> None:
    _import(ptk, group, ANSWERS, "2026-03-01")
    broken = group / "health" / "jardin" / "2026-04-01.yaml"
    broken.write_text(
        "ptk: 1\npartnership: jardin\ndate: 2026-04-01\nresponses: [{partner: colibris}]\n",
        encoding="utf-8",
    )
    result = ptk("health", "report", "jardin", "--format", "json", cwd=group)
    assert [r["date"] for r in json.loads(result.out)["rounds"]] == ["2026-03-01"]
    assert (
        "1 round file in " in result.err
        and "could not be read and does not count: ptk lint says why" in result.err
    )
