"""The convention as a town hall's secretary receives it: read back from the PDF pages,
the ODT and DOCX XML, the HTML and the Markdown that ``ptk render`` writes."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from ptk.cli import main
from ptk.console import Console

from ..conftest import REPO
from .conftest import squeezed, text_of

RICH = REPO / "tests" / "data" / "convention-rich.yaml"
FORMATS = ["pdf", "odt", "docx", "html", "md"]
MM = 72 / 25.4  # PDF points in a millimetre

ARTICLES_FR = [
    "Objet",
    "Objectifs et indicateurs",
    "Durée et prise d’effet",
    "Engagements des parties",
    "Dispositions financières",
    "Gouvernance et prise de décision",
    "Contreparties",
    "Communication, noms, logos et propriété intellectuelle",
    "Évaluation",
    "Annulation ou report",
    "Responsabilité et assurances",
    "Données personnelles",
    "Buvette",  # the group's own clause, before the final articles
    "Modification",
    "Résiliation",
    "Règlement des litiges",
    "Annexes",
]


def png(width: int = 40, height: int = 20) -> bytes:
    """A small valid PNG (green rectangle), written without an imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x2f\x5d\x3a" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def render(
    folder: Path, source: str, formats: str, *args: str, today: str = "2026-12-01"
) -> tuple[int, str, Path]:
    """Render ``source`` as partnerships/<id>.yaml of a group folder; (code, stderr, out)."""
    (folder / "partnerships").mkdir(parents=True, exist_ok=True)
    (folder / "assets").mkdir(exist_ok=True)
    (folder / "assets" / "ales.png").write_bytes(png())
    pid = re.search(r"^id: (\S+)$", source, re.M)
    assert pid is not None
    path = folder / "partnerships" / f"{pid.group(1)}.yaml"
    path.write_text(source, encoding="utf-8")
    out = folder / "out"
    console = Console("fr", io.StringIO(), io.StringIO())
    argv = ["render", str(path), "--lang", "fr", "--to", formats, "-o", str(out), "--today", today]
    argv += args
    code = main(argv, console)
    return code, console.err.getvalue(), out  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    code, err, out = render(tmp_path_factory.mktemp("draft"), RICH.read_text(), ",".join(FORMATS))
    assert code == 0, err
    return out


def _signed_source() -> str:
    return RICH.read_text().replace(
        "signatures:\n",
        "signatures:\n  - {partner: jardins-gard, name: Claire Petit, role: présidente,"
        " date: 2026-11-25, place: Alès}\n",
    )


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("signed")
    code, err, out = render(folder, _signed_source(), "pdf,docx,odt", today="2026-12-03")
    assert code == 0, err
    return out


def _pages(path: Path) -> list[str]:
    import pypdf

    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


def _zip_text(path: Path, name: str) -> str:
    return zipfile.ZipFile(path).read(name).decode("utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_article_in_order_numbered(draft: Path, fmt: str) -> None:
    text = text_of(draft / f"convention-rich-convention.{fmt}")
    found = [text.find(f"Article {n} — {title}") for n, title in enumerate(ARTICLES_FR, 1)]
    assert -1 not in found, [t for t, at in zip(ARTICLES_FR, found, strict=True) if at == -1]
    assert found == sorted(found)
    for words in (
        "reconduite par tacite reconduction",  # renewal.mode: tacit, in words
        "au moins 60 jours avant son échéance",
        "15 janvier 2027 600 €",  # the payment schedule
        "logo de la commune sur les affiches 150 €",  # the counterpart and its value
        "les sommes versées et non encore engagées pour l’action sont restituées",
        "règlement (UE) 2016/679",
        "fait l’objet d’un avenant signé par toutes les parties",
        "après une mise en demeure restée sans effet",
        "tribunal administratif",  # a commune is a party
        "Budget prévisionnel détaillé",
    ):
        assert words in text, words


def test_identity_and_preamble_on_page_one(draft: Path) -> None:
    first = " ".join(_pages(draft / "convention-rich-convention.pdf")[0].split())
    for words in (
        "Entre les soussignés :",
        "Commune d’Alès, commune, SIRET 21300007600019",
        "dont le siège est situé Place de l’Hôtel de Ville, 30100 Alès",
        "représentée par Max Dupont, en sa qualité de maire",
        "dûment habilité(e) par délibération du conseil municipal n° 2026-041 du 12 mars 2026",
        "ci-après dénommée « Commune d’Alès »",
        "association loi 1901, SIRET 81234567800012, RNA W302001234",
        "Préambule",
        "Il a été convenu ce qui suit :",
        "Article 1 — Objet",  # the page is not left empty after the parties
    ):
        assert words in first, words


def _lines(path: Path, page: int) -> list[tuple[float, str]]:
    """The text of a PDF page as (height from the bottom in points, text) pieces."""
    import pypdf

    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append((cm[5] + tm[5] * cm[3], text.strip()))

    pypdf.PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("name", ["draft", "signed"])
def test_signature_page_on_one_page_with_room_to_sign(
    request: pytest.FixtureRequest, name: str
) -> None:
    pdf = request.getfixturevalue(name) / "convention-rich-convention.pdf"
    pages = _pages(pdf)
    last = " ".join(pages[-1].split())
    assert "Signatures" in last and "exemplaires originaux" in last
    for party in ("Pour Commune d’Alès", "Pour Association Les Jardins du Gard"):
        assert party in last and all(party not in page for page in pages[:-1])
    assert last.count("Signature (précédée de la mention « lu et approuvé ») :") == 2
    lines = sorted(_lines(pdf, len(pages) - 1), reverse=True)
    for index, (height, text) in enumerate(lines):
        if text.startswith("Signature (précédée"):
            below = [h for h, _ in lines[index + 1 :] if h < height - 1]
            space = height - (max(below) if below else 0) - 12  # the next line's own height
            assert space >= 40 * MM, f"{space / MM:.0f} mm under the signature line"


def test_unsigned_convention_is_a_draft_on_every_page(draft: Path) -> None:
    pages = _pages(draft / "convention-rich-convention.pdf")
    assert len(pages) >= 3 and all("PROJET" in page for page in pages)
    assert "Projet du 1er décembre 2026" in pages[0]
    assert "Fait à" in pages[-1] and "en 2 exemplaires originaux" in pages[-1]
    docx = draft / "convention-rich-convention.docx"
    assert "PROJET" in _zip_text(docx, "word/header-draft.xml")
    assert 'r:id="rIdPtkDraft"' in _zip_text(docx, "word/document.xml")
    styles = _zip_text(draft / "convention-rich-convention.odt", "styles.xml")
    assert re.search(r"<style:master-page[^>]*><style:header><text:p[^>]*>PROJET<", styles)
    page = (draft / "convention-rich-convention.html").read_text(encoding="utf-8")
    assert '<div class="draft-mark" aria-hidden="true">PROJET</div>' in page
    assert "Projet du 1er décembre 2026" in page


def test_signed_convention_carries_its_last_signature_date(signed: Path) -> None:
    pages = _pages(signed / "convention-rich-convention.pdf")
    assert "Signée le 25 novembre 2026" in pages[0]
    assert not any("PROJET" in page for page in pages)
    assert "3 décembre 2026" not in " ".join(pages)  # the day of rendering appears nowhere
    last = " ".join(pages[-1].split())
    assert "Le 20 novembre 2026, à Alès" in last and "Le 25 novembre 2026, à Alès" in last
    assert (
        "word/header-draft.xml"
        not in zipfile.ZipFile(signed / "convention-rich-convention.docx").namelist()
    )
    assert "PROJET" not in _zip_text(signed / "convention-rich-convention.odt", "styles.xml")


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_internal_id_or_enumeration_value(draft: Path, fmt: str) -> None:
    text = text_of(draft / f"convention-rich-convention.{fmt}")
    for raw in (
        "ville-ales",
        "jardins-gard",
        "o1",
        "quarterly",
        "tacit",
        "volunteer_time",
        "public_body",
        "consent",
        "financial",
    ):
        assert not re.search(rf"(?<![\w.@-]){re.escape(raw)}(?![\w-])", text), raw
    assert "Objectif 1." in text and "temps bénévole" in text and "chaque trimestre" in text


def test_french_typography(draft: Path) -> None:
    nbsp, narrow = "\u00a0", "\u202f"
    xml = _zip_text(draft / "convention-rich-convention.docx", "word/document.xml")
    for words in (
        f"Entre les soussignés{nbsp}:",
        f"1{narrow}200{nbsp}€",
        "d’Alès",
        f"«{nbsp}Jardins ouverts{nbsp}»",
        f"c’est l’objectif{narrow}!",
        f"depuis 2024{narrow};",
        "1er décembre 2026",
    ):
        assert words in xml, repr(words)
    assert "'" not in text_of(draft / "convention-rich-convention.md").replace("&#39;", "")


def test_multi_line_text_and_responsibilities(draft: Path) -> None:
    page = (draft / "convention-rich-convention.html").read_text(encoding="utf-8")
    assert "La buvette est tenue par l’association.<br />\nAucun alcool fort" in page
    assert "<li>verser la subvention</li>" in page and "<li>prêter le matériel</li>" in page


def test_office_headings_tables_and_amounts(draft: Path) -> None:
    import docx

    document = docx.Document(str(draft / "convention-rich-convention.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Article 1 — Objet" and len(headings) == len(ARTICLES_FR)
    assert not any(p.alignment is not None and p.style.name == "Title" for p in document.paragraphs)
    styles = _zip_text(draft / "convention-rich-convention.docx", "word/styles.xml")
    table_style = re.search(r'w:styleId="Table"[^>]*>.*?</w:style>', styles, re.S)
    assert table_style and re.search(r'<w:insideV [^>]*w:val="single"', table_style.group(0))
    amount = next(
        c for t in document.tables for r in t.rows for c in r.cells if c.text == "600\u00a0€"
    )
    assert amount.paragraphs[0].alignment == 2  # right
    content = _zip_text(draft / "convention-rich-convention.odt", "content.xml")
    assert len(
        re.findall(r'<text:h [^>]*text:outline-level="1"[^>]*>(?:<[^>]+>)*Article', content)
    ) == len(ARTICLES_FR)
    assert 'style:name="TableRowCell" style:family="table-cell">' in content
    assert 'fo:border="none"' not in content


@pytest.mark.parametrize("fmt", ["pdf", "odt", "docx", "html"])
def test_logo_on_the_title_page(draft: Path, fmt: str) -> None:
    path = draft / f"convention-rich-convention.{fmt}"
    if fmt == "pdf":
        import pypdf

        assert len(pypdf.PdfReader(path).pages[0].images) == 1
    elif fmt == "html":
        assert re.search(r'<img\s+src="data:image/png;base64,', path.read_text(encoding="utf-8"))
    else:
        media = [n for n in zipfile.ZipFile(path).namelist() if n.endswith(".png")]
        assert len(media) == 1


@pytest.mark.parametrize(
    ("logo", "code", "key"),
    [
        ("../outside.png", 2, "le chemin doit rester dans le dépôt"),
        ("assets/../../outside.png", 2, "le chemin doit rester dans le dépôt"),
        ("assets/fake.png", 2, "seules les images PNG, JPEG et SVG"),
        ("assets/none.png", 2, "introuvable"),
        ("/etc/passwd.png", 1, "erreur schema"),  # the schema refuses it already
        ("assets/logo.gif", 1, "erreur schema"),
    ],
)
def test_bad_logo_is_refused(tmp_path: Path, logo: str, code: int, key: str) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "logo.gif").write_bytes(b"GIF89a")
    (tmp_path / "assets" / "fake.png").write_text("<script>", encoding="utf-8")
    (tmp_path.parent / "outside.png").write_bytes(png())
    source = RICH.read_text().replace("logo: assets/ales.png", f"logo: {logo}")
    result, err, out = render(tmp_path, source, "html")
    assert result == code and key in err and not out.exists(), err


def _variant(replacements: dict[str, str]) -> str:
    source = RICH.read_text()
    for old, new in replacements.items():
        assert old in source, old
        source = source.replace(old, new)
    return source


def test_belgian_vocabulary(tmp_path: Path) -> None:
    source = _variant(
        {
            "lang: fr\n": "lang: fr\njurisdiction: be\n",
            "legal_form: association loi 1901": "legal_form: ASBL",
            'identifiers: {siret: "81234567800012", rna: W302001234}': 'identifiers: {bce: "0456.789.123"}',
        }
    )
    code, err, out = render(tmp_path, source, "md")
    text = text_of(out / "convention-rich-convention.md")
    assert code == 0, err
    assert "ASBL, numéro d’entreprise (BCE) 0456.789.123" in text
    assert "régie par le droit belge" in text and "arrondissement judiciaire" in text
    assert "loi du 30 juillet 2018" in text and "Convention de partenariat" in text


def test_quebec_vocabulary(tmp_path: Path) -> None:
    source = _variant(
        {
            "lang: fr\n": "lang: fr\njurisdiction: qc\n",
            "currency: EUR": "currency: CAD",
            "legal_form: association loi 1901": "legal_form: OBNL",
            'identifiers: {siret: "81234567800012", rna: W302001234}': 'identifiers: {neq: "1145678901"}',
        }
    )
    code, err, out = render(tmp_path, source, "md,pdf")
    assert code == 0, err
    text = text_of(out / "convention-rich-convention.md")
    assert "Entente de partenariat" in text and "Convention de partenariat" not in text
    assert "La présente entente prend effet" in text and "présente convention" not in text
    assert "OBNL, NEQ 1145678901" in text and "district judiciaire" in text
    assert "1 200 $" in text
    assert "Entente de partenariat" in _pages(out / "convention-rich-convention.pdf")[0]


def test_english_agreement_and_typography(tmp_path: Path) -> None:
    source = _variant(
        {
            "lang: fr\n": "lang: en\n",
            "organisé « Jardins ouverts »": 'organised \\"Open gardens\\"',
            "Une ville où chacun cultive : c'est l'objectif !": "A town where everyone grows food : that's the goal !",
        }
    )
    code, err, out = render(tmp_path, source, "md,docx")
    assert code == 0, err
    text = text_of(out / "convention-rich-convention.md")
    assert "Partnership agreement" in text and "Between:" in text
    assert (
        "The parties agree as follows:" in text
        and "governed by the laws of the Province of Ontario" in text
    )
    xml = _zip_text(out / "convention-rich-convention.docx", "word/document.xml")
    assert "\u201cOpen gardens\u201d" in xml and "grows food: that’s the goal!" in xml
    assert "«" not in xml and "Draft of December 1, 2026" in xml


def test_extra_reaches_templates(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "summary.md.j2").write_text(
        "Numéro {{ extra.numero }} — {{ jurisdiction }}\n", encoding="utf-8"
    )
    code, err, out = render(tmp_path, RICH.read_text(), "md", "-d", "summary")
    assert code == 0, err
    assert "Numéro 42 — fr" in text_of(out / "convention-rich-summary.md")


def test_the_convention_is_not_over_ten_pages(draft: Path) -> None:
    assert len(_pages(draft / "convention-rich-convention.pdf")) <= 10
    assert squeezed("Fête des jardins d’Alès") in squeezed(
        text_of(draft / "convention-rich-convention.pdf")
    )


def test_four_parties_sign_on_one_page(tmp_path: Path) -> None:
    more = (
        "  - {id: centre-social, name: Centre social des Cévennes, kind: association,"
        " representative: {name: Paul Roux, role: directeur}}\n"
        "  - {id: college, name: Collège Jean Moulin, kind: school,"
        " representative: {name: Marie Blanc, role: principale}}\n"
        "objectives:\n"
    )
    code, err, out = render(tmp_path, _variant({"objectives:\n": more}), "pdf")
    assert code == 0, err
    pages = _pages(out / "convention-rich-convention.pdf")
    names = ("Commune d’Alès", "Association Les Jardins du Gard", "Centre social", "Collège")
    for name in names:
        assert f"Pour {name}" in pages[-1] and all(f"Pour {name}" not in p for p in pages[:-1])
    assert "en 4 exemplaires originaux" in " ".join(pages[-1].split())


def test_hostile_text_in_the_new_fields_stays_text(tmp_path: Path) -> None:
    from .conftest import html_tags

    hostile = '<script>alert(1)</script> #read(\\"/etc/passwd\\") *x* [a](b)'
    source = _variant(
        {
            "legal_form: commune": f'legal_form: "{hostile}"',
            "address: 12 rue des Lilas, 30100 Alès": f'address: "{hostile}"',
            "authority: délibération": f'authority: "{hostile}" #',
            "condition: à la signature": f'condition: "{hostile}"',
            "description: logo de la commune sur les affiches": f'description: "{hostile}"',
            "{title: Buvette, text:": f'{{title: "{hostile}", text:',
            "title: Budget prévisionnel détaillé": f'title: "{hostile}"',
        }
    )
    code, err, out = render(tmp_path, source, "html,pdf")
    assert code == 0, err
    page = out / "convention-rich-convention.html"
    assert "script" not in html_tags(page) and "a" not in html_tags(page)
    literal = squeezed('<script>alert(1)</script> #read("/etc/passwd") *x* [a](b)')
    for fmt in ("html", "pdf"):
        assert squeezed(text_of(out / f"convention-rich-convention.{fmt}")).count(literal) >= 6


def test_room_to_sign_in_office_and_html(draft: Path) -> None:
    xml = _zip_text(draft / "convention-rich-convention.docx", "word/document.xml")
    spaces = re.findall(r'<w:spacing [^>]*w:line="(\d+)" w:lineRule="exact"', xml)
    assert len(spaces) == 2 and all(int(twips) >= 40 * 56.7 for twips in spaces)
    assert xml.count('<w:pStyle w:val="Signature" />') == 4  # title, « Fait à », 2 parties
    styles = _zip_text(draft / "convention-rich-convention.odt", "styles.xml")
    space = re.search(
        r'style:name="Signature_20_Space".*?fo:margin-bottom="([\d.]+)cm"', styles, re.S
    )
    assert space and float(space.group(1)) >= 4.0
    assert 'fo:keep-with-next="always"' in styles
    page = (draft / "convention-rich-convention.html").read_text(encoding="utf-8")
    assert page.count('<div class="signature-space" style="height: 42mm"></div>') == 2


@pytest.mark.parametrize(
    ("lang", "jurisdiction", "words"),
    [
        ("fr", "on", "régie par les lois de la province de l’Ontario"),
        ("en", "fr", "governed by French law"),
        ("en", "be", "governed by Belgian law"),
        ("en", "qc", "governed by the laws in force in Quebec"),
    ],
)
def test_dispute_clause_follows_the_jurisdiction_in_either_language(
    tmp_path: Path, lang: str, jurisdiction: str, words: str
) -> None:
    source = _variant({"lang: fr\n": f"lang: {lang}\njurisdiction: {jurisdiction}\n"})
    code, err, out = render(tmp_path, source, "md")
    assert code == 0, err
    assert words in text_of(out / "convention-rich-convention.md")


def test_a_partner_who_joined_by_avenant_leaves_the_convention_signed_on_its_date(
    tmp_path: Path,
) -> None:
    # Laeken: three partners signed on 20 November; the CPAS joined by avenant n° 1
    console = Console("fr", io.StringIO(), io.StringIO())
    example = REPO / "partnerships" / "coordination-sociale-laeken.yaml"
    assert main(["render", str(example), "--to", "md", "-o", str(tmp_path)], console) == 0
    text = (tmp_path / "coordination-sociale-laeken-convention.md").read_text(encoding="utf-8")
    assert "date: Signée le 20 novembre 2026" in text
    assert "modifiée par l’avenant n° 1 du 21 novembre 2026" in text
    assert "PROJET" not in text
