"""``ptk render`` and ``ptk templates``: outputs, choices, group templates, errors."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from ..conftest import REPO, Runner, minimal
from ..documents.conftest import text_of

GOOD = REPO / "tests" / "data" / "good.yaml"


def _group(tmp_path: Path) -> Path:
    (tmp_path / "partnerships").mkdir(exist_ok=True)
    shutil.copy(GOOD, tmp_path / "partnerships" / "good.yaml")
    return tmp_path / "partnerships" / "good.yaml"


def test_default_is_the_convention_as_pdf_in_build(ptk: Runner, tmp_path: Path) -> None:
    _group(tmp_path)
    result = ptk("render", "partnerships/good.yaml")
    assert result.code == 0, result.err
    assert sorted(p.name for p in (tmp_path / "build").iterdir()) == ["good-convention.pdf"]
    assert (tmp_path / "build" / "good-convention.pdf").read_bytes().startswith(b"%PDF")


def test_several_documents_and_formats_with_progress(ptk: Runner, tmp_path: Path) -> None:
    _group(tmp_path)
    result = ptk(
        "render",
        "--all",
        "-d",
        "summary",
        "-d",
        "evaluation",
        "--to",
        "html,md",
        "--to",
        "odt",
        "-o",
        "docs",
    )
    assert result.code == 0, result.err
    names = sorted(p.name for p in (tmp_path / "docs").iterdir())
    assert names == sorted(
        f"good-{d}.{f}" for d in ("summary", "evaluation") for f in ("html", "md", "odt")
    )
    assert "[6/6] docs/" in result.err


def test_evaluation_lists_the_linter_findings_in_plain_words(ptk: Runner, tmp_path: Path) -> None:
    path = _group(tmp_path)
    path.write_text(path.read_text().replace("next_review: 2027-02-15", "next_review: 2026-01-15"))
    assert (
        ptk("render", str(path), "-d", "evaluation", "--to", "md", "--today", "2026-11-22").code
        == 0
    )
    text = text_of(tmp_path / "build" / "good-evaluation.md")
    assert "Ce que ptk a relevé" in text
    assert "le bilan prévu le 15 janvier 2026 a 311 jours de retard" in text
    assert "bacs installés 0 10 bacs 8 (pas encore) 30 juin 2026" in text


def test_invalid_file_is_not_rendered_unless_forced(
    ptk: Runner, write: Callable[..., Path], tmp_path: Path
) -> None:
    write("bad.yaml", minimal("bad", extra="vision: [x]\n"))
    result = ptk("render", "partnerships/bad.yaml", "--to", "md")
    assert result.code == 1
    assert (
        "partnerships/bad.yaml:11:1: error schema" in result.err and "is not rendered" in result.err
    )
    assert not (tmp_path / "build").exists()
    forced = ptk("render", "partnerships/bad.yaml", "--to", "md", "--force")
    assert forced.code == 0 and (tmp_path / "build" / "bad-convention.md").is_file()


def test_broken_yaml_is_reported_and_others_still_render(
    ptk: Runner, write: Callable[..., Path], tmp_path: Path
) -> None:
    _group(tmp_path)
    write("broken.yaml", "title: [\n")
    result = ptk("render", "--all", "--to", "md")
    assert result.code == 1
    assert "partnerships/broken.yaml:2:1: error yaml-syntax" in result.err
    assert (tmp_path / "build" / "good-convention.md").is_file()


def test_unwritable_output_folder(ptk: Runner, tmp_path: Path) -> None:
    _group(tmp_path)
    (tmp_path / "occupied").write_text("a file, not a folder")
    result = ptk("render", "partnerships/good.yaml", "--to", "md", "-o", "occupied/docs")
    assert result.code == 2
    assert "cannot create the folder occupied/docs" in result.err
    assert "Traceback" not in result.err


def test_outputs_are_replaced_atomically_without_leftovers(ptk: Runner, tmp_path: Path) -> None:
    _group(tmp_path)
    for _ in range(2):
        assert ptk("render", "partnerships/good.yaml", "--to", "md,html").code == 0
    assert sorted(p.name for p in (tmp_path / "build").iterdir()) == [
        "good-convention.html",
        "good-convention.md",
    ]


def test_usage_errors(ptk: Runner, tmp_path: Path) -> None:
    _group(tmp_path)
    assert "name the files, or use --all" in ptk("render").err
    unknown = ptk("render", "partnerships/good.yaml", "--to", "rtf")
    assert (
        unknown.code == 2
        and "unknown format `rtf` (formats: pdf, odt, docx, html, md)" in unknown.err
    )
    assert ptk("render", "partnerships/good.yaml", "--templates", "nowhere").code == 2


def test_group_templates_override_file_by_file(ptk: Runner, tmp_path: Path) -> None:
    _group(tmp_path)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "summary.md.j2").write_text(
        "{{ metadata({'title': p.title}) }}\n\n# Fiche de notre réseau\n\n{{ p.purpose }}\n"
    )
    assert (
        ptk(
            "render", "partnerships/good.yaml", "-d", "summary", "-d", "convention", "--to", "md"
        ).code
        == 0
    )
    summary = text_of(tmp_path / "build" / "good-summary.md")
    assert "Fiche de notre réseau" in summary and "Installer et faire vivre des bacs" in summary
    assert "Article 1 — Objet" in text_of(tmp_path / "build" / "good-convention.md")  # built-in


def test_group_template_values_are_still_escaped(ptk: Runner, tmp_path: Path) -> None:
    path = _group(tmp_path)
    path.write_text(
        path.read_text().replace("purpose: >-", 'purpose: "<b>gras</b> **x**"\nold_purpose: >-'),
        encoding="utf-8",
    )
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "summary.md.j2").write_text("{{ p.purpose }}\n")
    assert (
        ptk("render", "partnerships/good.yaml", "-d", "summary", "--to", "html", "--force").code
        == 0
    )
    page = (tmp_path / "build" / "good-summary.html").read_text()
    assert "&lt;b&gt;gras&lt;/b&gt; **x**" in page


def test_broken_or_missing_group_template(ptk: Runner, tmp_path: Path) -> None:
    _group(tmp_path)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "summary.md.j2").write_text("{% include 'entete.md.j2' %}\n")
    missing = ptk("render", "partnerships/good.yaml", "-d", "summary", "--to", "md")
    assert missing.code == 2 and "the template entete.md.j2 is missing" in missing.err
    (tmp_path / "templates" / "summary.md.j2").write_text("line one\n{% if p.title %}\n")
    broken = ptk("render", "partnerships/good.yaml", "-d", "summary", "--to", "md", "--lang", "fr")
    assert broken.code == 2 and "contient une erreur ligne 2" in broken.err


def test_templates_init_copies_and_never_overwrites(ptk: Runner, tmp_path: Path) -> None:
    result = ptk("templates", "init")
    assert result.code == 0
    copied = sorted(p.name for p in (tmp_path / "templates").iterdir())
    assert {
        "convention.md.j2",
        "document.typ",
        "reference.docx",
        "reference.odt",
        "style.css",
    } <= set(copied)
    (tmp_path / "templates" / "style.css").write_text("/* ours */")
    again = ptk("templates", "init")
    assert again.code == 2 and "already has" in again.err
    assert (tmp_path / "templates" / "style.css").read_text() == "/* ours */"
    assert "style.css" in ptk("templates", "list").out
