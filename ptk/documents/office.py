"""Finishing touches on pandoc's ODT and DOCX output that a reference document cannot give.

pandoc takes styles from the reference document but writes some things itself: ODT
table cells without borders, and no way to print a mark on every page of a draft. This
module edits the zipped XML after pandoc: bordered ODT tables, and a draft mark
(« PROJET ») in the page header of every page. The mark is plain text ptk chose, escaped
as XML all the same.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from xml.sax.saxutils import escape

Edits = dict[str, Callable[[str], str]]
_BORDER = "0.5pt solid #8c8c8c"
_DOCX_HEADER_REL = (
    '<Relationship Id="rIdPtkDraft" Target="header-draft.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" />'
)
_DOCX_HEADER_TYPE = (
    '<Override PartName="/word/header-draft.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" />'
)
_DOCX_HEADER = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>'
    '<w:r><w:rPr><w:b/><w:color w:val="A0A0A0"/><w:spacing w:val="60"/><w:sz w:val="40"/></w:rPr>'
    "<w:t>{mark}</w:t></w:r></w:p></w:hdr>"
)
_ODT_STYLE = (
    '<style:style style:name="PtkDraftMark" style:family="paragraph">'
    '<style:paragraph-properties fo:text-align="center"/>'
    '<style:text-properties fo:font-size="20pt" fo:color="#a0a0a0" fo:font-weight="bold" '
    'fo:letter-spacing="0.1cm"/></style:style>'
)


def finish(content: bytes, target: str, draft: str | None) -> bytes:
    """The document with bordered tables (ODT) and, for a draft, its mark on every page."""
    edits: Edits = {}
    if target == "odt":
        edits["content.xml"] = _odt_borders
        if draft:
            edits["styles.xml"] = lambda xml: _odt_draft(xml, draft)
    elif draft:
        edits["word/document.xml"] = _docx_header_reference
        edits["word/_rels/document.xml.rels"] = lambda xml: xml.replace(
            "</Relationships>", _DOCX_HEADER_REL + "</Relationships>"
        )
        edits["[Content_Types].xml"] = lambda xml: xml.replace(
            "</Types>", _DOCX_HEADER_TYPE + "</Types>"
        )
    extra = {"word/header-draft.xml": _DOCX_HEADER.format(mark=escape(draft or ""))}
    return _rewrite(content, edits, extra if target == "docx" and draft else {})


def _rewrite(
    content: bytes, edits: dict[str, Callable[[str], str]], extra: dict[str, str]
) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(content))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename in edits:
                data = edits[item.filename](data.decode("utf-8")).encode("utf-8")
            target.writestr(item, data)  # keeps "mimetype" first and stored, as ODF requires
        for name, text in extra.items():
            target.writestr(name, text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _odt_borders(xml: str) -> str:
    """pandoc writes table cells with ``fo:border="none"``: give them a thin rule."""
    return re.sub(
        r'(<style:style style:name="Table(?:HeaderRow|Row)Cell" style:family="table-cell">\s*'
        r'<style:table-cell-properties fo:border=")none(")',
        rf"\g<1>{_BORDER}\g<2>",
        xml,
    )


def _odt_draft(xml: str, mark: str) -> str:
    paragraph = f'<text:p text:style-name="PtkDraftMark">{escape(mark)}</text:p>'
    header = f"<style:header>{paragraph}</style:header>"
    xml = re.sub(r"(<style:master-page\b[^>]*>)(\s*)(?!<style:header>)", rf"\1{header}\2", xml)
    if "<office:automatic-styles>" in xml:
        return xml.replace("<office:automatic-styles>", "<office:automatic-styles>" + _ODT_STYLE, 1)
    return xml.replace("</office:styles>", _ODT_STYLE + "</office:styles>", 1)


def _docx_header_reference(xml: str) -> str:
    reference = '<w:headerReference r:id="rIdPtkDraft" w:type="default" />'
    xml = re.sub(r'<w:headerReference [^>]*w:type="default"[^>]*/>', "", xml)
    return re.sub(r"(<w:sectPr\b[^>]*>)", rf"\1{reference}", xml)
