"""Values are data, never markup: hostile text appears literally in every format and runs nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ptk.cli import main
from ptk.console import Console

from .conftest import html_tags, squeezed, text_of

HOSTILE = {
    "markdown": "*gras* _italique_ # titre [lien](http://example.org) ![image](/etc/passwd)",
    "html": "<script>alert('x')</script><img src=x onerror=alert(1)>",
    "raw_html": "```{=html}\n<b>brut</b>\n```",
    "raw_inline": '`\\input{/etc/passwd}`{=latex} `#read("/etc/passwd")`{=typst}',
    "typst": '#read("/etc/passwd") #import "/etc/hosts" $x^2$ #set page(fill: red)',
    "latex": "\\input{/etc/passwd} \\def\\x{y} $\\sum$",
    "template": "{{ 7 * 7 }} {% for x in range(3) %}boucle{% endfor %} $title$",
}

SOURCE = """\
ptk: 1
id: hostile
title: {title}
lang: fr
level: collaboration
status: active
purpose: {purpose}
vision: {vision}
context: {context}
partners:
  - id: a
    name: {name}
    mission: {mission}
  - id: b
    name: {raw_html}
objectives:
  - id: o1
    statement: {statement}
    indicators: [{{name: {indicator}, target: 1}}]
roles:
  - {{partner: a, role: {role}, responsibilities: [{duty}]}}
budget:
  currency: EUR
  lines: [{{label: {label}, amount: 10}}]
  funds_management: {{holder: a, reporting: {reporting}}}
signatures:
  - {{partner: a, name: {signer}, date: 2026-01-01, place: {place}}}
"""


def _quoted(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def _file() -> str:
    values = {
        "title": HOSTILE["markdown"],
        "purpose": HOSTILE["html"],
        "vision": HOSTILE["typst"],
        "context": HOSTILE["latex"],
        "name": HOSTILE["template"],
        "mission": HOSTILE["raw_inline"],
        "raw_html": HOSTILE["raw_html"],
        "statement": HOSTILE["typst"],
        "indicator": HOSTILE["html"],
        "role": HOSTILE["latex"],
        "duty": HOSTILE["markdown"],
        "label": HOSTILE["raw_inline"],
        "reporting": HOSTILE["template"],
        "signer": HOSTILE["html"],
        "place": HOSTILE["typst"],
    }
    return SOURCE.format(**{key: _quoted(value) for key, value in values.items()})


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "partnerships").mkdir()
    (folder / "partnerships" / "hostile.yaml").write_text(_file(), encoding="utf-8")
    console = Console("en", io.StringIO(), io.StringIO())
    import os

    old = os.getcwd()
    os.chdir(folder)
    try:
        code = main(
            [
                "render",
                "partnerships/hostile.yaml",
                "--to",
                "pdf,odt,docx,html,md",
                "-d",
                "convention",
                "-d",
                "summary",
                "-d",
                "evaluation",
                "-o",
                "out",
            ],
            console,
        )
    finally:
        os.chdir(old)
    assert code == 0, console.err.getvalue()  # type: ignore[attr-defined]
    return folder / "out"


@pytest.mark.parametrize("fmt", ["pdf", "odt", "docx", "html", "md"])
@pytest.mark.parametrize("document", ["convention", "summary", "evaluation"])
def test_hostile_text_appears_literally(rendered: Path, fmt: str, document: str) -> None:
    text = squeezed(text_of(rendered / f"hostile-{document}.{fmt}"))
    for name, value in HOSTILE.items():
        if document != "convention" and name not in (
            "markdown",
            "html",
            "typst",
            "template",
            "raw_html",
        ):
            continue
        assert squeezed(value) in text, (name, value)
    assert (
        "root:" not in text and "localhost" not in text
    )  # /etc/passwd and /etc/hosts were not read
    assert "49" not in text.replace("2026", "")  # {{ 7 * 7 }} was not evaluated
    assert "boucleboucle" not in text


def test_html_carries_no_active_content(rendered: Path) -> None:
    for document in ("convention", "summary", "evaluation"):
        page = rendered / f"hostile-{document}.html"
        tags = html_tags(page)
        assert "script" not in tags and "img" not in tags and "b" not in tags
        assert "onerror=" not in page.read_text(encoding="utf-8").replace("onerror=alert", "")


def test_typst_and_latex_do_not_run(rendered: Path) -> None:
    import pypdf

    reader = pypdf.PdfReader(rendered / "hostile-convention.pdf")
    text = "".join(page.extract_text() or "" for page in reader.pages)
    assert "#read(" in text and "\\input{/etc/passwd}" in text
    assert not reader.attachments
