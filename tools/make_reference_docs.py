"""Build templates/reference.docx and templates/reference.odt from pandoc's own defaults.

pandoc takes page size, margins, footer and styles from a reference document. This
script starts from the reference documents of the pandoc that ptk ships with and makes
them look like an association's document: A4 pages, page numbers "n / total" in the
footer, green headings, tables with borders, a page-break style for the title page.

Run it after upgrading pandoc, then commit both files:

    python tools/make_reference_docs.py
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pypandoc

ROOT = Path(__file__).resolve().parent.parent
ACCENT = "2F5D3A"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

_RUN = '<w:r><w:rPr><w:sz w:val="16"/><w:color w:val="666666"/></w:rPr>{}</w:r>'


def _field(name: str) -> str:
    """A Word field (PAGE, NUMPAGES) as the runs that make it."""
    parts = (
        '<w:fldChar w:fldCharType="begin"/>',
        f'<w:instrText xml:space="preserve"> {name} </w:instrText>',
        '<w:fldChar w:fldCharType="separate"/>',
        "<w:t>1</w:t>",
        '<w:fldChar w:fldCharType="end"/>',
    )
    return "".join(_RUN.format(part) for part in parts)


FOOTER_DOCX = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="{W}" xmlns:r="{R}">'
    '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
    + _field("PAGE")
    + _RUN.format('<w:t xml:space="preserve"> / </w:t>')
    + _field("NUMPAGES")
    + "</w:p></w:ftr>"
)

SECTION_DOCX = (
    '<w:sectPr><w:footerReference w:type="default" r:id="rIdPtkFooter"/>'
    '<w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1474" w:right="1304" w:bottom="1361" w:left="1304" w:header="709" '
    'w:footer="567" w:gutter="0"/></w:sectPr>'
)

# the signature page: every paragraph kept with the next one, so that it stays on one page
SIGNATURE_DOCX = (
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Signature">'
    '<w:name w:val="Signature" /><w:basedOn w:val="BodyText" /><w:qFormat />'
    '<w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="60" w:after="60" />'
    '<w:jc w:val="left" /></w:pPr></w:style>'
)

TABLE_BORDERS = (
    "<w:tblBorders>"
    + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:color="AAAAAA"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
)


def _default(name: str) -> bytes:
    pandoc = pypandoc.get_pandoc_path()
    return subprocess.run(
        [pandoc, "--print-default-data-file", name], check=True, capture_output=True
    ).stdout


def _rewrite(original: bytes, changes: dict[str, callable], extra: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename in changes:
                data = changes[item.filename](data.decode("utf-8")).encode("utf-8")
            compress = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(item, data, compress_type=compress)
        for name, text in extra.items():
            target.writestr(name, text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _docx_styles(text: str) -> str:
    text = text.replace(
        '<w:sz w:val="24" />\n        <w:szCs w:val="24" />',
        '<w:sz w:val="22" />\n        <w:szCs w:val="22" />',
        1,
    )
    text = re.sub(
        r'<w:color w:val="[0-9A-F]{6}" w:themeColor="accent1"\s+w:themeShade="BF" />',
        f'<w:color w:val="{ACCENT}" />',
        text,
    )
    text = text.replace(
        '<w:tblInd w:w="0" w:type="dxa" />', f'<w:tblInd w:w="0" w:type="dxa" />{TABLE_BORDERS}', 1
    )
    text = _docx_heading_sizes(text)
    return text.replace("</w:styles>", SIGNATURE_DOCX + "</w:styles>", 1)


def _docx_heading_sizes(text: str) -> str:
    """Articles (Heading 1) at 14 pt, their sections (Heading 2) at 12 pt."""
    for style, size in (("Heading1", 28), ("Heading2", 24)):
        text = re.sub(
            rf'(w:styleId="{style}">.*?)<w:sz w:val="\d+" />\s*<w:szCs w:val="\d+" />',
            rf'\1<w:sz w:val="{size}" /><w:szCs w:val="{size}" />',
            text,
            count=1,
            flags=re.S,
        )
    return text


def _docx_document(text: str) -> str:
    section = SECTION_DOCX.replace(
        "</w:sectPr>", '<w:footnotePr><w:numRestart w:val="eachSect" /></w:footnotePr></w:sectPr>'
    )
    return re.sub(r"<w:sectPr>.*?</w:sectPr>", section, text, count=1, flags=re.S)


def _docx_rels(text: str) -> str:
    footer = (
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footer" Id="rIdPtkFooter" Target="footer1.xml" />'
    )
    return text.replace("</Relationships>", footer + "</Relationships>", 1)


def _docx_types(text: str) -> str:
    override = (
        '<Override PartName="/word/footer1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" />'
    )
    return text.replace("</Types>", override + "</Types>", 1)


PAGEBREAK_ODT = (
    '<style:style style:name="Pagebreak" style:family="paragraph" '
    'style:parent-style-name="Standard"><style:paragraph-properties fo:break-after="page" />'
    "</style:style>"
)
# the signature page kept together, and the 42 mm left blank under each party to sign
SIGNATURE_ODT = (
    '<style:style style:name="Signature" style:family="paragraph" '
    'style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.05cm" '
    'fo:margin-bottom="0.05cm" fo:keep-with-next="always" fo:keep-together="always" />'
    "</style:style>"
    '<style:style style:name="Signature_20_Space" style:display-name="Signature Space" '
    'style:family="paragraph" style:parent-style-name="Signature">'
    '<style:paragraph-properties fo:margin-bottom="4.2cm" fo:keep-with-next="always" />'
    "</style:style>"
)
FOOTER_ODT = (
    '<style:footer><text:p text:style-name="MP1"><text:page-number text:select-page="current">1'
    "</text:page-number> / <text:page-count>1</text:page-count></text:p></style:footer>"
)


def _odt_styles(text: str) -> str:
    text = text.replace('fo:page-width="8.5in"', 'fo:page-width="21cm"')
    text = text.replace('fo:page-height="11in"', 'fo:page-height="29.7cm"')
    for side in ("top", "bottom", "left", "right"):
        text = text.replace(f'fo:margin-{side}="1in"', f'fo:margin-{side}="2.3cm"')
    text = re.sub(r"<style:footer>.*?</style:footer>", FOOTER_ODT, text, count=1, flags=re.S)
    text = text.replace("</office:styles>", PAGEBREAK_ODT + SIGNATURE_ODT + "</office:styles>", 1)
    for level in ("1", "2", "3"):
        text = re.sub(
            rf'(<style:style style:name="Heading_20_{level}"[^>]*>.*?<style:text-properties)',
            rf'\1 fo:color="#{ACCENT.lower()}"',
            text,
            count=1,
            flags=re.S,
        )
    return text


def main() -> int:
    docx = _rewrite(
        _default("reference.docx"),
        {
            "word/styles.xml": _docx_styles,
            "word/document.xml": _docx_document,
            "word/_rels/document.xml.rels": _docx_rels,
            "[Content_Types].xml": _docx_types,
        },
        {"word/footer1.xml": FOOTER_DOCX},
    )
    odt = _rewrite(_default("reference.odt"), {"styles.xml": _odt_styles}, {})
    (ROOT / "templates" / "reference.docx").write_bytes(docx)
    (ROOT / "templates" / "reference.odt").write_bytes(odt)
    print("templates/reference.docx, templates/reference.odt written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
