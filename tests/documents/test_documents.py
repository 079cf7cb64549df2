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
    "Les partenaires": (),
    "Objectifs et indicateurs": ("objectives",),
    "Rôles et responsabilités": ("roles",),
    "Gouvernance et prise de décision": ("governance",),
    "Échéancier": ("schedule",),
    "Budget et gestion des fonds": ("budget",),
    "Évaluation": ("evaluation",),
    "Durée, renouvellement et retrait": ("exit",),
    "Signatures": (),
}
SECTIONS_EN = {
    "The partners": (),
    "Objectives and indicators": ("objectives",),
    "Roles and responsibilities": ("roles",),
    "Governance and decision-making": ("governance",),
    "Timeline": ("schedule",),
    "Budget and funds management": ("budget",),
    "Evaluation": ("evaluation",),
    "Duration, renewal and withdrawal": ("exit",),
    "Signatures": (),
}


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
    assert code == 0, console.err.getvalue()  # type: ignore[attr-defined]
    return out


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=[p.stem for p in EXAMPLE_FILES])
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
    assert "Signé par Claire Dubois, membre du cercle cœur, le 10 mars 2026 à Creil." in signed
    unsigned = text_of(rendered / f"ateliers-ecole-kembs-convention.{fmt}")
    for partner in ("Pour Groupe local Colibris de Kembs", "Pour École élémentaire des Tilleuls"):
        assert partner in unsigned
    assert unsigned.count("Signature :") == 2 and unsigned.count("Nom :") == 2


def test_absent_sections_are_left_out(rendered: Path) -> None:
    text = text_of(rendered / "alternatiba-colibris-mulhouse-convention.pdf")
    for heading in (
        "Objectifs et indicateurs",
        "Budget et gestion des fonds",
        "Échéancier",
        "Préambule",
    ):
        assert heading not in text
    assert "Communication" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_dates_amounts_and_headings_follow_the_language(rendered: Path, fmt: str) -> None:
    french = text_of(rendered / f"jardin-emmaus-creil-convention.{fmt}")
    english = text_of(rendered / f"vanier-community-food-hub-convention.{fmt}")
    assert "Du 15 mars 2026 au 14 mars 2027." in french
    assert "450,00 €" in french and "Article 1 — Objet" in french
    assert "From May 1, 2026 to April 30, 2027." in english
    assert "$6,000.00" in english and "Roles and responsibilities" in english
    assert "Convention de partenariat" in french and "Partnership agreement" in english


def test_html_is_standalone(rendered: Path) -> None:
    page = rendered / "jardin-emmaus-creil-convention.html"
    content = page.read_text(encoding="utf-8")
    tags = html_tags(page)
    assert content.startswith("<!DOCTYPE html>") and "<style>" in content
    assert "link" not in tags and "script" not in tags and "img" not in tags
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
