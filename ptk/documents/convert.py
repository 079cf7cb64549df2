"""Turn a document's Markdown into PDF, ODT, DOCX, HTML or Markdown, with pandoc and Typst.

pandoc comes inside the ``pypandoc-binary`` wheel and Typst inside the ``typst`` wheel:
``pip install`` is the whole set-up. pandoc runs with ``--sandbox`` (it may read only
the files named on its command line); Typst compiles with its root set to a temporary
folder holding nothing but the document.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path

from ptk.documents import office
from ptk.documents.compose import Templates
from ptk.errors import UsageError

FORMATS = ("pdf", "odt", "docx", "html", "md")
_RENDER = "'partnership-toolkit[render]'"


class RenderError(UsageError):
    """pandoc or Typst could not produce the document; ``key`` and ``params`` say why."""


def convert(
    markdown: str,
    target: str,
    templates: Templates,
    files: Mapping[str, bytes] | None = None,
    draft: str | None = None,
) -> bytes:
    """The document as bytes in ``target`` format.

    ``files`` (name → content: logos, charts) are written beside the document for Typst,
    the only converter that reads them from the working folder; ``draft`` is the mark
    printed on every page of an ODT or DOCX document (PDF and HTML take it from the
    document's metadata)."""
    with tempfile.TemporaryDirectory(prefix="ptk-render-") as folder:
        work = Path(folder)
        for name, content in (files or {}).items():
            (work / Path(name).name).write_bytes(content)
        source = work / "document.md"
        source.write_text(markdown, encoding="utf-8")
        if target == "pdf":
            return _pdf(source, work, templates)
        output = work / f"document.{target}"
        _pandoc(source, output, target, _options(target, work, templates))
        if target in ("odt", "docx"):
            return office.finish(output.read_bytes(), target, draft)
        return output.read_bytes()


def _options(target: str, work: Path, templates: Templates) -> list[str]:
    if target in ("odt", "docx"):
        reference = templates.find(f"reference.{target}")
        return [f"--reference-doc={reference}"] if reference else []
    if target == "html":
        options = ["--standalone"]
        page = templates.find("document.html")
        if page is not None:
            options.append(f"--template={page}")
        css = templates.find("style.css")
        if css is not None:
            header = work / "style.html"
            style = css.read_text(encoding="utf-8")
            header.write_text(f"<style>\n{style}\n</style>\n", encoding="utf-8")
            options.append(f"--include-in-header={header}")
        return options
    return ["--standalone"]  # markdown: keep the metadata block


def _pandoc(source: Path, output: Path, target: str, options: list[str]) -> None:
    import pypandoc

    writer = {"md": "markdown-smart", "html": "html5"}.get(target, target)
    try:
        pypandoc.convert_file(
            str(source),
            writer,
            format="markdown-smart",
            outputfile=str(output),
            extra_args=["--sandbox", *options],
        )
    except (RuntimeError, OSError) as error:
        raise RenderError("render.pandoc-failed", detail=str(error).strip()[-500:]) from None


def _pdf(source: Path, work: Path, templates: Templates) -> bytes:
    import typst

    typ = work / "document.typ"
    template = templates.find("document.typ")
    _pandoc(source, typ, "typst", [f"--template={template}"] if template else ["--standalone"])
    try:
        pdf: bytes = typst.compile(str(typ), root=str(work), ignore_system_fonts=True)
    except Exception as error:  # typst reports its own error type
        raise RenderError("render.typst-failed", detail=str(error).strip()[-500:]) from None
    return pdf


def tool_versions() -> dict[str, str]:
    """``{"pandoc": "3.6.4", "Typst": "0.13.2"}`` for the tools that are installed,
    found without importing them (``ptk --version`` stays quick)."""
    from importlib import metadata

    found = {}
    pandoc = _bundled_pandoc()
    if pandoc is not None:
        import subprocess

        try:
            done = subprocess.run(
                [str(pandoc), "--version"], capture_output=True, text=True, timeout=30
            )
            found["pandoc"] = done.stdout.split("\n", 1)[0].removeprefix("pandoc").strip()
        except (OSError, subprocess.SubprocessError):
            pass
    if _installed("typst"):
        found["Typst"] = metadata.version("typst")
    return {name: version for name, version in found.items() if version}


def _bundled_pandoc() -> Path | None:
    """The pandoc inside the ``pypandoc-binary`` wheel, if it is installed."""
    from importlib import metadata

    try:
        files = metadata.files("pypandoc-binary") or []
    except metadata.PackageNotFoundError:
        return None
    for file in files:
        if file.parent.name == "files" and file.name in ("pandoc", "pandoc.exe"):
            return Path(str(file.locate()))
    return None


def install_command(prefix: str | None = None) -> str:
    """The command that adds pandoc and Typst to this installation of ptk (``prefix``:
    the environment ptk runs in, ``sys.prefix`` by default).

    >>> install_command("/home/claire/.local/share/pipx/venvs/partnership-toolkit")
    "pipx install --force 'partnership-toolkit[render]'"
    >>> install_command("/home/claire/projets/.venv")
    "pip install 'partnership-toolkit[render]'"
    """
    import sys

    where = Path(prefix or sys.prefix).as_posix()
    if "/pipx/venvs/" in where:
        return f"pipx install --force {_RENDER}"
    if "/uv/tools/" in where:
        return f"uv tool install --force {_RENDER}"
    return f"pip install {_RENDER}"


def missing_tools() -> list[str]:
    """The tools documents need that are not installed (the ``render`` extra brings them)."""
    tools = (("pypandoc", "pandoc"), ("typst", "Typst"))
    return [name for module, name in tools if not _installed(module)]


def _installed(module: str) -> bool:
    from importlib.util import find_spec

    return find_spec(module) is not None
