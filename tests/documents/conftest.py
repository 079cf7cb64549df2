"""Rendering tests read the documents back: PDF text, ODT and DOCX XML, HTML, Markdown."""

from __future__ import annotations

import html.parser
import io
import re
import zipfile
from pathlib import Path


def pdf_text(path: Path) -> str:
    import pypdf

    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def odt_text(path: Path) -> str:
    from odf import teletype, text
    from odf.opendocument import load

    document = load(str(path))
    return "\n".join(
        teletype.extractText(element)
        for kind in (text.H, text.P)
        for element in document.getElementsByType(kind)
    )


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._skip += tag in ("style", "script")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "script")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(path: Path) -> str:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return "".join(parser.parts)


def html_tags(path: Path) -> list[str]:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.tags


def md_text(path: Path) -> str:
    import pypandoc

    page = path.with_suffix(".check.html")
    pypandoc.convert_file(
        str(path),
        "html5",
        format="markdown-smart",
        outputfile=str(page),
        extra_args=["--standalone"],
    )
    text = html_text(page)
    page.unlink()
    return text


EXTRACT = {"pdf": pdf_text, "docx": docx_text, "odt": odt_text, "html": html_text, "md": md_text}


def text_of(path: Path) -> str:
    """The document's text, whitespace collapsed (PDF lines and table cells rejoined)."""
    return " ".join(EXTRACT[path.suffix[1:]](path).split())


def squeezed(text: str) -> str:
    """Text without any whitespace, for comparing across line breaks and hyphenation."""
    quotes = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
    return re.sub(r"\s+|\u00ad", "", text).translate(quotes)


def zip_names(path: Path) -> list[str]:
    return zipfile.ZipFile(io.BytesIO(path.read_bytes())).namelist()
