"""``ptk health questions`` and ``ptk health form``; round files checked by ``ptk lint``."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from ptk.health import questionnaire
from tests.conftest import Runner

from .conftest import PARTNERSHIP


def test_questions_in_the_users_language(ptk: Runner) -> None:
    french = ptk("health", "questions", "--lang", "fr")
    assert french.code == 0
    lines = french.out.splitlines()
    assert lines[0].startswith("Réponses de 1 à 5\u00a0: 1 pas du tout · 2 ")
    assert "Vision partagée" in lines
    english = ptk("health", "questions", "--lang", "en").out
    assert ptk("health", "--lang", "fr", "questions").out == french.out  # before the action too
    assert "Shared vision" in english.splitlines() and "Vision partagée" not in english


def test_questions_as_json_follow_the_questionnaire(ptk: Runner) -> None:
    data = json.loads(ptk("health", "questions", "--format", "json", "--lang", "en").out)
    shipped = questionnaire.load()
    assert [d["id"] for d in data["dimensions"]] == [d.id for d in shipped.dimensions]
    assert data["scale"]["1"] == "not at all" and data["scale"]["5"] == "completely"
    first = data["dimensions"][0]["questions"][0]
    assert first["id"] == "shared-vision.1" and first["text"] and first["source"]["guide"]
    ids = {d["id"] for d in data["dimensions"]}
    assert {
        "shared-vision",
        "trust",
        "clear-roles",
        "fair-power",
        "communication",
        "decision-making",
        "resources",
        "results",
        "learning",
        "community-roots",
    } <= ids


def test_without_an_action_says_what_to_do(ptk: Runner) -> None:
    result = ptk("health")
    assert (
        result.code == 2
        and "`ptk health form`, `ptk health import` or `ptk health report`" in result.err
    )


def _group(tmp_path: Path, lang: str = "fr") -> Path:
    path = tmp_path / "partnerships" / "jardin.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PARTNERSHIP.format(lang=lang), encoding="utf-8")
    return tmp_path


def test_csv_form_has_one_column_per_question(ptk: Runner, tmp_path: Path) -> None:
    group = _group(tmp_path)
    result = ptk(
        "health", "form", "partnerships/jardin.yaml", "--to", "csv", "-o", "out", cwd=group
    )
    assert result.code == 0, result.err
    text = (group / "out" / "jardin-health.csv").read_text(encoding="utf-8-sig")
    header, *rows = text.splitlines()
    assert header == ",".join(
        ["partner", "respondent", *questionnaire.load().question_ids, "comment"]
    )
    assert [row.split(",")[0] for row in rows] == ["colibris", "mairie"]


def test_printable_forms_name_the_partners_and_ask_every_question(
    ptk: Runner, tmp_path: Path
) -> None:
    group = _group(tmp_path, "en")
    for target in ("html", "odt", "docx"):
        assert ptk("health", "form", "jardin", "--to", target, cwd=group).code == 0
    html = " ".join((group / "build" / "jardin-health.html").read_text(encoding="utf-8").split())
    assert "Colibris du Pays creillois" in html and "Mairie de Creil" in html
    assert "Partnership health check" in html and "not at all" in html
    for question in questionnaire.load().questions:
        assert question.text["en"] in html
    docx = (
        zipfile.ZipFile(group / "build" / "jardin-health.docx").read("word/document.xml").decode()
    )
    odt = zipfile.ZipFile(group / "build" / "jardin-health.odt").read("content.xml").decode()
    for xml in (docx, odt):
        assert "Mairie de Creil" in xml and "☐" in xml and "Comments" in xml


def test_a_broken_partnership_gets_no_form(ptk: Runner, tmp_path: Path) -> None:
    group = _group(tmp_path)
    (group / "partnerships" / "jardin.yaml").write_text(
        "ptk: 1\nid: jardin\nlevel: [\n", encoding="utf-8"
    )
    result = ptk("health", "form", "jardin", "--to", "csv", cwd=group)
    assert result.code == 1 and "partnerships/jardin.yaml:" in result.err
    assert not (group / "build").exists()


def test_lint_checks_round_files_at_their_lines(ptk: Runner, tmp_path: Path) -> None:
    group = _group(tmp_path)
    round_file = group / "health" / "jardin" / "2026-03-01.yaml"
    round_file.parent.mkdir(parents=True)
    round_file.write_text(
        "ptk: 1\npartnership: jardin\ndate: 2026-03-01\nresponses:\n"
        "  - partner: colibris\n    answers: {trust.1: 4}\n"
        "  - partner: mairie\n    answers: {trust.1: 9, trust.2: 3}\n",
        encoding="utf-8",
    )
    (group / "health" / "jardin" / "2026-04-01.yaml").write_text(
        "ptk: 1\npartnership: verger\ndate: 2026-04-02\nresponses: []\n", encoding="utf-8"
    )
    result = ptk("lint", "--today", "2026-06-01", "--no-cache", cwd=group)
    assert (
        "health/jardin/2026-03-01.yaml:8:15: error schema `responses[1].answers.trust.1` must be at most 5"
        in result.out
    )
    assert (
        "health/jardin/2026-04-01.yaml:2:1: error id-mismatch this round is about the partnership “verger” but it sits in the folder “jardin”"
        in result.out
    )
    assert (
        "health/jardin/2026-04-01.yaml:3:1: error id-mismatch the round's date (April 2, 2026) does not match the file's name (2026-04-01.yaml)"
        in result.out
    )
    assert result.code == 1 and "3 files checked" in result.out
    only = ptk("lint", "partnerships/jardin.yaml", "--today", "2026-06-01", "--no-cache", cwd=group)
    assert "3 files checked" in only.out  # a partnership's rounds are checked with it


def test_a_round_naming_someone_else_is_reported(ptk: Runner, tmp_path: Path) -> None:
    group = _group(tmp_path)
    round_file = group / "health" / "jardin" / "2026-03-01.yaml"
    round_file.parent.mkdir(parents=True)
    round_file.write_text(
        "ptk: 1\npartnership: jardin\ndate: 2026-03-01\nresponses:\n"
        "  - {partner: colibris, answers: {trust.1: 4}}\n"
        "  - {partner: la-poste, answers: {trust.1: 2}}\n",
        encoding="utf-8",
    )
    result = ptk("lint", "--today", "2026-06-01", "--no-cache", cwd=group)
    assert (
        "health/jardin/2026-03-01.yaml:6:6: error unknown-partner “la-poste” is not a partner "
        "of this partnership (partners: colibris, mairie)"
    ) in result.out


def test_the_cache_follows_rounds_and_keeps_messages(ptk: Runner, tmp_path: Path) -> None:
    group = _group(tmp_path)
    (group / ".ptk.yaml").write_text("today: 2026-11-22\n", encoding="utf-8")
    first = ptk("lint", "--lang", "fr", cwd=group)
    assert "health-check-overdue" in first.out
    folder = group / "health" / "jardin"
    folder.mkdir(parents=True)
    (folder / "2026-10-01.yaml").write_text(
        "ptk: 1\npartnership: jardin\ndate: 2026-10-01\nresponses:\n"
        "  - {partner: colibris, answers: {trust.1: 5, trust.2: 4}}\n"
        "  - {partner: mairie, answers: {trust.1: 2, trust.2: 2}}\n",
        encoding="utf-8",
    )
    second = ptk("lint", "--lang", "fr", cwd=group)  # a new round: not the cached result
    assert "health-check-overdue" not in second.out and "health-divergence" in second.out
    third = ptk("lint", "--lang", "fr", cwd=group)  # from the cache, messages intact
    assert third.out == second.out and "4,5 sur 5" in third.out
    english = ptk("lint", "--lang", "en", cwd=group)
    assert "4.5 out of 5" in english.out
