"""``ptk health import``: a filled-in CSV becomes a round file, or nothing at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from ptk import document
from ptk.health import questionnaire
from tests.conftest import Runner

from .conftest import ANSWERS, HEADER, write_csv

ROUND = Path("health/jardin/2026-03-01.yaml")


def _import(ptk: Runner, group: Path, csv: Path, lang: str = "en") -> tuple[int, str]:
    result = ptk(
        "health",
        "import",
        csv.name,
        "--partnership",
        "jardin",
        "--date",
        "2026-03-01",
        "--lang",
        lang,
        cwd=group,
    )
    return result.code, result.err


def test_import_writes_the_round(
    ptk: Runner, group: Path, small_questionnaire: questionnaire.Questionnaire
) -> None:
    code, err = _import(ptk, group, write_csv(group, ANSWERS))
    assert code == 0, err
    assert "health/jardin/2026-03-01.yaml: 4 responses from 2 partners recorded" in err
    data = document.load(group / ROUND).data
    assert data["partnership"] == "jardin" and data["date"] == "2026-03-01"
    assert data["questionnaire"] == 1
    first, _, third, fourth = data["responses"]
    assert first == {
        "partner": "colibris",
        "respondent": "Claire",
        "answers": {
            "shared-vision.1": 4,
            "shared-vision.2": 5,
            "trust.1": 5,
            "trust.2": 4,
            "fair-power.1": 5,
            "fair-power.2": 5,
            "communication.1": 4,
            "communication.2": 4,
        },
        "comment": "Très bien",
    }
    assert third["partner"] == "mairie"  # named by its name in the CSV
    assert third["comment"] == "On ne nous écoute pas, parfois"
    assert "respondent" not in fourth and "communication.2" not in fourth["answers"]  # blank


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        (
            "semicolons, BOM, CRLF (LibreOffice, Excel in French)",
            ("\ufeff" + ANSWERS.replace(",", ";").replace("\n", "\r\n")).encode("utf-8"),
        ),
        ("Excel's Windows-1252", ANSWERS.replace(",", ";").encode("cp1252")),
        ("UTF-16 with tabs (Excel's Unicode text)", ANSWERS.replace(",", "\t").encode("utf-16")),
        ("old Mac line ends", ANSWERS.replace("\n", "\r").encode("utf-8")),
    ],
)
def test_spreadsheet_dialects(
    ptk: Runner,
    group: Path,
    small_questionnaire: questionnaire.Questionnaire,
    name: str,
    raw: bytes,
) -> None:
    if "Windows-1252" in name or "UTF-16" in name:  # commas inside quotes stay commas
        raw = raw.replace(
            b"On ne nous \xe9coute pas; parfois", b"On ne nous \xe9coute pas, parfois"
        )
    (group / "answers.csv").write_bytes(raw)
    code, err = _import(ptk, group, group / "answers.csv")
    assert code == 0, err
    responses = document.load(group / ROUND).data["responses"]
    assert [r["partner"] for r in responses] == ["colibris", "colibris", "mairie", "mairie"]
    assert responses[0]["answers"]["trust.1"] == 5
    assert responses[0]["comment"] == "Très bien"


BAD = {
    "wrong partner": (
        f"{HEADER}\ncolibris,A,4,4,4,4,4,4,4,4,\nla-poste,B,4,4,4,4,4,4,4,4,\n",
        "answers.csv:3: “la-poste” is not a partner of this partnership (partners: colibris, mairie)",
    ),
    "zero": (
        f"{HEADER}\ncolibris,A,4,4,0,4,4,4,4,4,\n",
        "answers.csv:2: trust.1: 0 is outside the scale; answer from 1 (not at all) to 5 (completely), or leave it blank",
    ),
    "seven": (
        f"{HEADER}\ncolibris,A,4,4,4,4,4,4,4,4,\nmairie,B,4,7,4,4,4,4,4,4,\n",
        "answers.csv:3: shared-vision.2: 7 is outside the scale",
    ),
    "text in an answer": (
        f"{HEADER}\ncolibris,A,4,beaucoup,4,4,4,4,4,4,\n",
        "answers.csv:2: shared-vision.2: “beaucoup” is not an answer; write a whole number from 1 to 5, or leave it blank",
    ),
    "missing column": (
        HEADER.replace(",trust.2", "") + "\ncolibris,A,4,4,4,4,4,4,4,\n",
        "answers.csv:1: the header lacks the column “trust.2” (ptk health form --to csv gives the template)",
    ),
    "duplicated header": (
        HEADER.replace("trust.2", "trust.1") + "\ncolibris,A,4,4,4,4,4,4,4,4,\n",
        "answers.csv:1: the column “trust.1” appears twice in the header",
    ),
    "empty file": ("", "answers.csv:1: the file is empty"),
    "only blank lines": ("\n \n;;\n", "answers.csv:1: the file is empty"),
    "unknown question id": (
        HEADER.replace("trust.2", "trust.9") + "\ncolibris,A,4,4,4,4,4,4,4,4,\n",
        "answers.csv:1: “trust.9” is not a question of the health check (→ trust.2 ?)",
    ),
    "no partner": (
        f"{HEADER}\n,A,4,4,4,4,4,4,4,4,\n",
        "answers.csv:2: the partner column is empty: which partner does this person answer for?",
    ),
    "header only": (f"{HEADER}\ncolibris,,,,,,,,,,\n", "answers.csv:1: no answers in the file"),
    "a multi-line comment before a bad cell": (
        f'{HEADER}\ncolibris,A,4,4,4,4,4,4,4,4,"deux\nlignes"\nmairie,B,4,4,4,4,4,4,4,9,\n',
        "answers.csv:4: communication.2: 9 is outside the scale",
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_csv_is_located_and_nothing_is_written(
    ptk: Runner, group: Path, small_questionnaire: questionnaire.Questionnaire, case: str
) -> None:
    text, expected = BAD[case]
    (group / "answers.csv").write_text(text, encoding="utf-8")
    code, err = _import(ptk, group, group / "answers.csv")
    assert code == 1
    assert expected in err
    assert "nothing was written" in err and "Traceback" not in err
    assert not (group / "health").exists()


def test_every_bad_cell_is_reported_in_french(
    ptk: Runner, group: Path, small_questionnaire: questionnaire.Questionnaire
) -> None:
    csv = write_csv(group, f"{HEADER}\ncolibris,A,0,4,4,4,4,4,4,4,\ninconnu,B,4,4,4,x,4,4,4,4,\n")
    code, err = _import(ptk, group, csv, lang="fr")
    assert code == 1
    assert err.splitlines() == [
        "answers.csv:2: shared-vision.1\u00a0: 0 est hors de l’échelle\u00a0; répondez de 1 (pas du tout) à 5 (tout à fait), ou laissez vide",
        "answers.csv:3: trust.2\u00a0: «\u00a0x\u00a0» n’est pas une réponse\u00a0; écrivez un nombre entier de 1 à 5, ou laissez vide",
        "answers.csv:3: «\u00a0inconnu\u00a0» n’est pas un partenaire de ce partenariat (partenaires\u00a0: colibris, mairie)",
        "rien n’a été écrit\u00a0: corrigez ces cellules puis relancez l’import",
    ]


def test_an_existing_round_is_never_replaced(
    ptk: Runner, group: Path, small_questionnaire: questionnaire.Questionnaire
) -> None:
    csv = write_csv(group, ANSWERS)
    assert _import(ptk, group, csv)[0] == 0
    before = (group / ROUND).read_bytes()
    code, err = _import(ptk, group, write_csv(group, ANSWERS.replace("Claire", "Zoé")))
    assert code == 2
    assert "health/jardin/2026-03-01.yaml already exists: a round is never replaced" in err
    assert (group / ROUND).read_bytes() == before


def test_dates_are_checked(
    ptk: Runner, group: Path, small_questionnaire: questionnaire.Questionnaire
) -> None:
    csv = write_csv(group, ANSWERS)
    future = ptk(
        "health", "import", csv.name, "--partnership", "jardin", "--date", "2999-01-01", cwd=group
    )
    assert future.code == 2 and "is in the future" in future.err
    wrong = ptk(
        "health", "import", csv.name, "--partnership", "jardin", "--date", "2026-02-30", cwd=group
    )
    assert wrong.code == 2 and "2026-02-30" in wrong.err
    assert not (group / "health").exists()


def test_unknown_partnership_and_missing_csv(
    ptk: Runner, group: Path, small_questionnaire: questionnaire.Questionnaire
) -> None:
    missing = ptk("health", "import", "nope.csv", "--partnership", "jardin", cwd=group)
    assert missing.code == 2 and "nope.csv does not exist" in missing.err
    unknown = ptk("health", "import", "nope.csv", "--partnership", "verger", cwd=group)
    assert unknown.code == 2 and "partnerships/verger.yaml" in unknown.err


def test_an_online_forms_export_with_questions_as_headers(
    ptk: Runner, group: Path, small_questionnaire: questionnaire.Questionnaire
) -> None:
    """Framaforms and similar tools export one column per question, headed by its text,
    with their own columns (serial number, times) beside: these are set aside, said."""
    texts = [q.text["fr"] for q in small_questionnaire.questions]
    header = ["Serial", "Submitted Time", "Partenaire", "Personne", *texts, "Commentaire"]
    row = [
        "1",
        "03/01/2026 10:12",
        "Mairie de Creil",
        "Karim",
        "4",
        "4",
        "2",
        "3",
        "2",
        "2",
        "4",
        "3",
        "",
    ]
    text = "\n".join(";".join(f'"{cell}"' for cell in line) for line in (header, row)) + "\n"
    code, err = _import(ptk, group, write_csv(group, text))
    assert code == 0, err
    assert "column “Serial” ignored" in err and "column “Submitted Time” ignored" in err
    [response] = document.load(group / ROUND).data["responses"]
    assert response["partner"] == "mairie" and response["answers"]["trust.1"] == 2
