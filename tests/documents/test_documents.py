"""Every example partnership, rendered to every format, holds what a convention must hold."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from ptk.cli import main
from ptk.console import Console
from ptk.document import load

from ..conftest import EXAMPLES
from .conftest import html_tags, squeezed, text_of, zip_names

FORMATS = ["pdf", "odt", "docx", "html", "md"]
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))

# heading shown → the fields whose presence brings it
SECTIONS_FR = {
    "Entre les soussignés": (),
    "Il a été convenu ce qui suit": (),
    "Objectifs et indicateurs": ("objectives",),
    "Durée et prise d’effet": (),
    "Engagements des parties": (),
    "Gouvernance et prise de décision": ("governance",),
    "Dispositions financières": ("budget",),
    "Évaluation": ("evaluation",),
    "Annulation ou report": (),
    "Responsabilité et assurances": (),
    "Modification": (),
    "Résiliation": (),
    "Règlement des litiges": (),
    "exemplaires originaux": (),
}
SECTIONS_EN = {
    "Between:": (),
    "The parties agree as follows:": (),
    "Objectives and indicators": ("objectives",),
    "Term and effective date": (),
    "Commitments of the parties": (),
    "Governance and decision-making": ("governance",),
    "Financial terms": ("budget",),
    "Evaluation": ("evaluation",),
    "Cancellation or postponement": (),
    "Liability and insurance": (),
    "Amendments": (),
    "Termination": (),
    "Dispute resolution": (),
    "originals": (),
}
DECLINED = {"mecenat-supermarche"}
CONVENTIONS = [p for p in EXAMPLE_FILES if p.stem not in DECLINED]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build")
    console = Console("en", io.StringIO(), io.StringIO())
    old = os.getcwd()
    os.chdir(EXAMPLES.parent)
    try:
        code = main(["render", "--all", "--to", ",".join(FORMATS), "-o", str(out)], console)
    finally:
        os.chdir(old)
    errors = console.err.getvalue()  # type: ignore[attr-defined]
    assert code == 0 and "mecenat-supermarche.yaml\u00a0: partenariat décliné" in errors, errors
    return out


@pytest.mark.parametrize("example", CONVENTIONS, ids=[p.stem for p in CONVENTIONS])
@pytest.mark.parametrize("fmt", FORMATS)
def test_convention_holds_the_required_sections(rendered: Path, example: Path, fmt: str) -> None:
    data = load(example).data
    text = text_of(rendered / f"{data['id']}-convention.{fmt}")
    sections = SECTIONS_FR if data.get("lang", "fr") == "fr" else SECTIONS_EN
    for heading, fields in sections.items():
        if all(data.get(field) for field in fields):
            assert heading in text, heading
    for partner in data["partners"]:
        assert squeezed(partner["name"]) in squeezed(text), partner["name"]
    assert squeezed(data["title"]) in squeezed(text)


@pytest.mark.parametrize("fmt", FORMATS)
def test_signature_block_for_every_partner(rendered: Path, fmt: str) -> None:
    signed = text_of(rendered / f"jardin-emmaus-creil-convention.{fmt}")
    assert "Pour Groupe local Colibris du Pays creillois" in signed
    assert "Nom : Claire Dubois Qualité : membre du cercle cœur" in signed
    unsigned = text_of(rendered / f"ateliers-ecole-kembs-convention.{fmt}")
    for partner in ("Pour Groupe local Colibris de Kembs",):
        assert partner in unsigned
    assert unsigned.count("Signature (précédée de la mention") >= 2


def test_declined_partnership_gets_no_convention_but_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "out"
    console = Console("fr", io.StringIO(), io.StringIO())
    example = str(EXAMPLES / "mecenat-supermarche.yaml")
    code = main(
        ["render", example, "-d", "convention", "-d", "summary", "--to", "md", "-o", str(out)],
        console,
    )
    assert code == 1
    assert "le partenariat a été décliné" in console.err.getvalue()  # type: ignore[attr-defined]
    assert sorted(p.name for p in out.iterdir()) == ["mecenat-supermarche-summary.md"]


def test_absent_sections_are_left_out(rendered: Path) -> None:
    text = text_of(rendered / "alternatiba-colibris-mulhouse-convention.pdf")
    for heading in ("Objectifs et indicateurs", "Dispositions financières", "Contreparties"):
        assert heading not in text
    assert "Communication" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_dates_amounts_and_headings_follow_the_language(rendered: Path, fmt: str) -> None:
    french = text_of(rendered / f"jardin-emmaus-creil-convention.{fmt}")
    english = text_of(rendered / f"vanier-community-food-hub-convention.{fmt}")
    assert "prend effet le 15 mars 2026 et s’achève le 14 mars 2027." in french
    assert "450 €" in french and "Article 1 — Objet" in french
    assert "takes effect on May 1, 2026 and ends on April 30, 2027." in english
    assert "$6,000" in english and "Commitments of the parties" in english
    assert "Convention de partenariat" in french and "Partnership agreement" in english


def test_html_is_standalone(rendered: Path) -> None:
    page = rendered / "jardin-emmaus-creil-convention.html"
    content = page.read_text(encoding="utf-8")
    tags = html_tags(page)
    assert content.startswith("<!DOCTYPE html>") and content.count("<style>") == 1
    assert "link" not in tags and "script" not in tags
    assert "white-space: pre-wrap" not in content  # pandoc's default style sheet is left out
    assert 'lang="fr"' in content


def test_office_documents_use_the_reference_styles(rendered: Path) -> None:
    import docx

    document = docx.Document(str(rendered / "jardin-emmaus-creil-convention.docx"))
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert any(p.style.name == "Title" for p in document.paragraphs)
    assert "word/footer1.xml" in zip_names(rendered / "jardin-emmaus-creil-convention.docx")
    import zipfile

    styles = (
        zipfile.ZipFile(rendered / "jardin-emmaus-creil-convention.odt").read("styles.xml").decode()
    )
    assert 'fo:page-width="21cm"' in styles and "text:page-count" in styles


def test_pdf_has_several_pages_and_page_numbers(rendered: Path) -> None:
    import pypdf

    pages = pypdf.PdfReader(rendered / "jardin-emmaus-creil-convention.pdf").pages
    assert len(pages) >= 3
    assert f"1 / {len(pages)}" in (pages[0].extract_text() or "")
