"""Turn a document's Markdown into PDF, ODT, DOCX, HTML or Markdown, with pandoc and Typst.

pandoc comes inside the ``pypandoc-binary`` wheel and Typst inside the ``typst`` wheel:
``pip install`` is the whole set-up. pandoc runs with ``--sandbox`` (it may read only
the files named on its command line); Typst compiles with its root set to a temporary
folder holding nothing but the document.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path

from ptk.documents.compose import Templates
from ptk.errors import UsageError

FORMATS = ("pdf", "odt", "docx", "html", "md")
_RENDER = "'partnership-toolkit[render]'"


class RenderError(UsageError):
    """pandoc or Typst could not produce the document; ``key`` and ``params`` say why."""


def convert(
    markdown: str, target: str, templates: Templates, files: Mapping[str, bytes] | None = None
) -> bytes:
    """The document as bytes in ``target`` format; ``files`` (name → content, images the
    Typst source refers to) are put beside it."""
    with tempfile.TemporaryDirectory(prefix="ptk-render-") as folder:
        work = Path(folder)
        for name, content in (files or {}).items():
            (work / Path(name).name).write_bytes(content)
        source = work / "document.md"
        if target == "pdf":
            source.write_text(breakable(markdown), encoding="utf-8")
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
        _run_pandoc([*arguments, f"--output={output}", str(source)], source.parent)
    except Failed as failed:
        raise _failure("render.pandoc-failed", failed) from None


def _pdf(source: Path, work: Path, templates: Templates) -> bytes:
    typ = work / "document.typ"
    template = templates.find("document.typ")
    _pandoc(source, typ, "typst", [f"--template={template}"] if template else ["--standalone"])
    try:
        _run_typst(typ, work / "document.pdf", work)
    except Failed as failed:
        raise _failure("render.typst-failed", failed) from None
    return (work / "document.pdf").read_bytes()


def _failure(key: str, failed: Failed) -> RenderError:
    if failed.timed_out:
        return RenderError("render.too-complex", seconds=max(1, round(seconds())))
    return RenderError(key, detail=failed.detail)


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


# ----------------------------------------------------- pandoc and Typst, time-limited
# Both run as child processes with a time limit, so that no document — however hostile —
# keeps ``ptk render`` busy for minutes or takes ptk down (a Typst panic ends the child).

DEFAULT_SECONDS = 60.0
# one Typst compilation in a fresh interpreter: ptk never imports Typst itself
_TYPST = """\
import sys
try:
    import typst
    typst.compile(sys.argv[1], output=sys.argv[2], root=sys.argv[3], ignore_system_fonts=True)
except BaseException as error:  # a Typst panic included: its message, not a traceback
    sys.stderr.write(str(error) or type(error).__name__)
    sys.exit(1)
"""
_LONG_WORD = re.compile(r"\w{60,}")


class Failed(Exception):
    """The tool failed (``detail``: the end of what it said) or ran out of time."""

    def __init__(self, detail: str, timed_out: bool = False) -> None:
        super().__init__(detail)
        self.detail = detail
        self.timed_out = timed_out


def seconds() -> float:
    """The time limit of one conversion (``PTK_RENDER_TIMEOUT`` overrides it)."""
    try:
        value = float(os.environ.get("PTK_RENDER_TIMEOUT", DEFAULT_SECONDS))
    except ValueError:
        return DEFAULT_SECONDS
    return value if value > 0 else DEFAULT_SECONDS


_RUNNING: set[subprocess.Popen[bytes]] = set()
_LOCK = threading.Lock()
_STOPPING = False


def _run_limited(command: list[str], cwd: Path) -> None:
    """Run ``command`` in ``cwd`` within the time limit, or raise :class:`Failed`."""
    try:
        child = subprocess.Popen(
            command,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
    except OSError as error:
        raise Failed(error.strerror or str(error)) from None
    with _LOCK:
        _RUNNING.add(child)
        if _STOPPING:
            child.kill()
    try:
        _, stderr = child.communicate(timeout=seconds())
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise Failed("", timed_out=True) from None
    finally:
        with _LOCK:
            _RUNNING.discard(child)
    if child.returncode != 0:
        said = stderr.decode("utf-8", "replace").strip().splitlines()
        raise Failed(" / ".join(line.strip() for line in said[-3:])[-500:])


def stop_all() -> None:
    """End every conversion running, and any about to start (ptk is being stopped)."""
    global _STOPPING
    with _LOCK:
        _STOPPING = True
        for child in _RUNNING:
            child.kill()


def _run_pandoc(arguments: list[str], cwd: Path) -> None:
    """pandoc (from the ``pypandoc-binary`` wheel) with ``arguments``."""
    import pypandoc

    _run_limited([pypandoc.get_pandoc_path(), *arguments], cwd)


def _run_typst(source: Path, output: Path, root: Path) -> None:
    """Typst compiles ``source`` into the PDF ``output``, seeing only ``root``."""
    _run_limited([sys.executable, "-c", _TYPST, str(source), str(output), str(root)], root)


def breakable(text: str) -> str:
    """Words longer than any real one (60 letters or more) are cut by a space every 30
    letters: pandoc's Typst writer takes minutes over a 100,000-letter word.

    >>> breakable("a" * 70).count(" ")
    2
    """
    return _LONG_WORD.sub(lambda match: " ".join(_chunks(match.group(0), 30)), text)


def _chunks(word: str, size: int) -> list[str]:
    return [word[start : start + size] for start in range(0, len(word), size)]
