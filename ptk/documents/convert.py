"""Turn a document's Markdown into PDF, ODT, DOCX, HTML or Markdown, with pandoc and Typst.

pandoc comes inside the ``pypandoc-binary`` wheel and Typst inside the ``typst`` wheel:
``pip install`` is the whole set-up. pandoc runs with ``--sandbox`` (it may read only
the files named on its command line); Typst compiles with its root set to a temporary
folder holding nothing but the document.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ptk.documents import sandbox
from ptk.documents.compose import Templates
from ptk.errors import UsageError

FORMATS = ("pdf", "odt", "docx", "html", "md")


class RenderError(UsageError):
    """pandoc or Typst could not produce the document; ``key`` and ``params`` say why."""


def convert(markdown: str, target: str, templates: Templates) -> bytes:
    """The document as bytes in ``target`` format."""
    with tempfile.TemporaryDirectory(prefix="ptk-render-") as folder:
        work = Path(folder)
        source = work / "document.md"
        if target == "pdf":
            source.write_text(sandbox.breakable(markdown), encoding="utf-8")
            return _pdf(source, work, templates)
        source.write_text(markdown, encoding="utf-8")
        output = work / f"document.{target}"
        _pandoc(source, output, target, _options(target, work, templates))
        return output.read_bytes()


def _options(target: str, work: Path, templates: Templates) -> list[str]:
    if target in ("odt", "docx"):
        reference = templates.find(f"reference.{target}")
        return [f"--reference-doc={reference}"] if reference else []
    if target == "html":
        css = templates.find("style.css")
        if css is None:
            return ["--standalone"]
        header = work / "style.html"
        header.write_text(
            f"<style>\n{css.read_text(encoding='utf-8')}\n</style>\n", encoding="utf-8"
        )
        return ["--standalone", f"--include-in-header={header}"]
    return ["--standalone"]  # markdown: keep the metadata block


def _pandoc(source: Path, output: Path, target: str, options: list[str]) -> None:
    writer = {"md": "markdown-smart", "html": "html5"}.get(target, target)
    arguments = ["--sandbox", "--from=markdown", f"--to={writer}", *options]
    try:
        sandbox.pandoc([*arguments, f"--output={output}", str(source)], source.parent)
    except sandbox.Failed as failed:
        raise _failure("render.pandoc-failed", failed) from None


def _pdf(source: Path, work: Path, templates: Templates) -> bytes:
    typ = work / "document.typ"
    template = templates.find("document.typ")
    _pandoc(source, typ, "typst", [f"--template={template}"] if template else ["--standalone"])
    try:
        sandbox.typst(typ, work / "document.pdf", work)
    except sandbox.Failed as failed:
        raise _failure("render.typst-failed", failed) from None
    return (work / "document.pdf").read_bytes()


def _failure(key: str, failed: sandbox.Failed) -> RenderError:
    if failed.timed_out:
        return RenderError("render.too-complex", seconds=max(1, round(sandbox.seconds())))
    return RenderError(key, detail=failed.detail)
