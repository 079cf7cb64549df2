"""``ptk health form``: the questionnaire to fill in, as a document or a CSV template.

Documents go through the same pipeline as every other document (a template from
``templates/``, :mod:`ptk.compose`, :mod:`ptk.render`), in the partnership's language.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from ptk import document, i18n
from ptk.documents.compose import Markup, Templates, escape
from ptk.errors import UsageError
from ptk.health import csvfile, questionnaire
from ptk.health.arguments import FORMS
from ptk.partnership import Partnership
from ptk.writing import write_file

FORMATS = FORMS  # what ``ptk health form --to`` offers


def write_form(
    doc: document.Document, target: str, folder: Path, today: date, templates: Templates
) -> Path:
    """Write ``<folder>/<id>-health.<target>``; return its path."""
    if target not in FORMATS:
        raise UsageError("render.unknown-format", value=target, choices=", ".join(FORMATS))
    partnership = Partnership(doc.data)
    pid = partnership.get("id") if isinstance(partnership.get("id"), str) else doc.path.stem
    output = folder / f"{pid}-health.{target}"
    found = questionnaire.load()
    if target == "csv":
        write_file(output, csvfile.template(found, partnership.partner_ids), overwrite=True)
        return output
    write_file(output, _document(doc, found, target, today, templates), overwrite=True)
    return output


def _document(
    doc: document.Document,
    found: questionnaire.Questionnaire,
    target: str,
    today: date,
    templates: Templates,
) -> bytes:
    from ptk.documents.compose import compose
    from ptk.documents.convert import convert

    lang = _lang(doc.data)
    extra = {
        "target": target,
        "questionnaire": form_data(found, lang),
        "box": _box(target),  # in the table
        "answering_for": _answering_for(Partnership(doc.data), target),
    }
    markdown = compose("health", doc.data, templates, lang, today, extra)
    return convert(markdown, target, templates)  # TemplateProblem, RenderError: UsageErrors


def _answering_for(partnership: Partnership, target: str) -> Markup:
    """A box to tick before each partner's name, one per line."""
    lines = [_box(target, True) + escape(p.get("name") or "") for p in partnership.partners]
    return Markup("\\\n".join(lines))


_TYPST_BOX = "#box(width: 9pt, height: 9pt, stroke: 0.7pt, baseline: 1pt)"


def _box(target: str, before_text: bool = False) -> Markup:
    """A box to tick: drawn by Typst in PDF (fonts lack a large enough ☐), else the character."""
    if target == "pdf":
        space = "#h(4pt)" if before_text else ""
        return Markup(f"`{_TYPST_BOX}{space}`{{=typst}}")
    return Markup("☐ " if before_text else "☐")


def form_data(found: questionnaire.Questionnaire, lang: str) -> dict[str, Any]:
    """What the form template sees: the scale and the dimensions, in ``lang``."""
    data = found.as_json(lang)
    data["scale"] = [{"value": int(value), "text": text} for value, text in data["scale"].items()]
    return data


def _lang(data: Any) -> str:
    value = data.get("lang") if isinstance(data, dict) else None
    return value if value in i18n.LANGS else "fr"
