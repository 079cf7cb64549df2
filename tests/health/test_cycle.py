"""The whole health-check cycle in a group's git repository: form → answers → import →
report → the rules appear and disappear → the evaluation document shows the chart."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pypdf

from ptk.health import questionnaire
from tests.conftest import Runner
from tests.gitrepo import GitRepo

from .conftest import PARTNERSHIP

TODAY = "2026-11-22"


def _fill(template: str, answers: dict[tuple[str, str], dict[str, int]]) -> str:
    """The CSV template as a spreadsheet gives it back: ``;``, a BOM, Windows line ends."""
    header = next(csv.reader(io.StringIO(template.lstrip("\ufeff"))))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for (partner, who), given in answers.items():
        writer.writerow(
            [partner, who]
            + [str(given.get(column.split(".")[0], "")) for column in header[2:-1]]
            + ["RAS"]
        )
    return "\ufeff" + out.getvalue()


def _rules(ptk: Runner, repo: Path) -> dict[str, list[str]]:
    result = ptk(
        "lint", "--format", "json", "--today", TODAY, "--no-cache", "--lang", "en", cwd=repo
    )
    found: dict[str, list[str]] = {}
    for problem in json.loads(result.out)["problems"]:
        if problem["rule"].startswith("health-"):
            found.setdefault(problem["rule"], []).append(problem["message"])
    return found


# Colibris at ease everywhere; the town hall feels power is not shared and trust is low.
FIRST = {
    ("colibris", "Claire"): {"shared-vision": 4, "trust": 4, "fair-power": 5, "communication": 4},
    ("colibris", "Hugo"): {"shared-vision": 5, "trust": 4, "fair-power": 4, "communication": 4},
    ("mairie", "Karim"): {"shared-vision": 4, "trust": 2, "fair-power": 2, "communication": 3},
    ("mairie", "Inès"): {"shared-vision": 4, "trust": 1, "fair-power": 2, "communication": 4},
}
SECOND = {
    ("colibris", "Claire"): {"shared-vision": 4, "trust": 4, "fair-power": 4, "communication": 4},
    ("mairie", "Karim"): {"shared-vision": 4, "trust": 4, "fair-power": 4, "communication": 4},
}


def test_the_whole_cycle(
    ptk: Runner, tmp_path: Path, small_questionnaire: questionnaire.Questionnaire
) -> None:
    repo = GitRepo(tmp_path / "group")
    repo.commit("Jardin", {"partnerships/jardin.yaml": PARTNERSHIP.format(lang="fr")})
    root = repo.root
    assert list(_rules(ptk, root)) == ["health-check-overdue"]  # started 2024, never checked

    # the forms: a CSV for the spreadsheet, a PDF to print
    for target in ("csv", "pdf"):
        made = ptk("health", "form", "partnerships/jardin.yaml", "--to", target, cwd=root)
        assert made.code == 0, made.err
    template = (root / "build" / "jardin-health.csv").read_text(encoding="utf-8")
    assert template.startswith("\ufeffpartner,respondent,shared-vision.1,shared-vision.2,trust.1")
    printed = pypdf.PdfReader(root / "build" / "jardin-health.pdf")
    text = " ".join(page.extract_text() for page in printed.pages)
    assert "Jardin partagé" in text and "Mairie de Creil" in text and "tout à fait" in text
    assert "Je peux dire un désaccord sans crainte." in text

    # the answers come back and are imported
    (root / "first.csv").write_text(_fill(template, FIRST), encoding="utf-8", newline="")
    imported = ptk(
        "health", "import", "first.csv", "--partnership", "jardin", "--date", "2026-06-10", cwd=root
    )
    assert imported.code == 0, imported.err
    repo.commit("Bilan de santé de juin")

    report = json.loads(ptk("health", "report", "jardin", "--format", "json", cwd=root).out)
    [june] = report["rounds"]
    dimensions = {d["id"]: d for d in june["dimensions"]}
    assert june["respondents"] == 4
    assert dimensions["trust"] == {
        "id": "trust",
        "mean": 2.75,
        "by_partner": {"colibris": 4.0, "mairie": 1.5},
        "divergent": True,
        "low": False,
        "change": None,
        "answers": 8,
    }
    assert dimensions["fair-power"]["by_partner"] == {"colibris": 4.5, "mairie": 2.0}
    assert dimensions["shared-vision"]["divergent"] is False

    # overdue is gone; the divergences show; nothing is under 2.5 overall
    rules = _rules(ptk, root)
    assert sorted(rules) == ["health-divergence"] and len(rules["health-divergence"]) == 2

    # a decision after the round answers it
    partnership = root / "partnerships" / "jardin.yaml"
    partnership.write_text(
        partnership.read_text(encoding="utf-8")
        + "  - {date: 2026-07-01, decision: la présidence du comité tourne entre partenaires}\n",
        encoding="utf-8",
    )
    assert _rules(ptk, root) == {}

    # a new round where one dimension is low, with no decision after it
    low = {key: {**given, "communication": 2} for key, given in SECOND.items()}
    (root / "second.csv").write_text(_fill(template, low), encoding="utf-8", newline="")
    assert (
        ptk(
            "health",
            "import",
            "second.csv",
            "--partnership",
            "jardin",
            "--date",
            "2026-10-01",
            cwd=root,
        ).code
        == 0
    )
    assert list(_rules(ptk, root)) == ["health-low-without-action"]

    # the evaluation document carries the latest rounds' charts, in every format
    rendered = ptk(
        "render",
        "partnerships/jardin.yaml",
        "-d",
        "evaluation",
        "-t",
        "pdf,odt,docx,html",
        cwd=root,
    )
    assert rendered.code == 0, rendered.err
    build = root / "build"
    html = (build / "jardin-evaluation.html").read_text(encoding="utf-8")
    assert html.count("<svg") == 2 and "Pouvoir équitable" in html and "stroke-dasharray" in html
    docx = zipfile.ZipFile(build / "jardin-evaluation.docx")
    assert (
        len([n for n in docx.namelist() if n.startswith("word/media/") and n.endswith(".svg")]) == 2
    )
    assert b"Pouvoir \xc3\xa9quitable" in docx.read(
        next(n for n in docx.namelist() if n.endswith(".svg"))
    )
    odt = zipfile.ZipFile(build / "jardin-evaluation.odt")
    assert len([n for n in odt.namelist() if n.startswith("Pictures/") and n.endswith(".svg")]) == 2
    assert "Pictures/" in odt.read("content.xml").decode()
    pdf = pypdf.PdfReader(build / "jardin-evaluation.pdf")
    text = " ".join(page.extract_text() for page in pdf.pages)
    assert "Bilan de santé du 10 juin 2026" in text and "Bilan de santé du 1er octobre 2026" in text
    # the chart itself, drawn by Typst from the SVG: the scale, the axes in questionnaire
    # order, the legend, then its caption (the table below lists dimensions lowest first)
    chart = (
        "1\n2\n3\n4\n5\nVision partagée\nConfiance\nPouvoir équitable\nCommunication\n"
        "Tous les partenaires\nColibris du Pays creillois\nMairie de Creil\nFig."
    )
    assert text.count(chart) == 2
