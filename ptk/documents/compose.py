"""Compose a document's Markdown from a partnership and a template.

Templates are Jinja2 files of pandoc Markdown (``templates/convention.md.j2`` …). Every
value a template prints is escaped for Markdown on the way out (Jinja2's ``finalize``),
so no text from a partnership file can become markup: ``*``, ``#``, ``<script>``,
``{=html}`` blocks, Typst or LaTeX code all reach the document as plain characters. Only
what ptk itself builds as markup (:class:`Markup`) passes through unescaped.

Labels and sentences come from the gettext catalogues, in the partnership's language;
dates and amounts are formatted by :mod:`ptk.i18n.formats` ("22 novembre 2026", "1 200,00 €").
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ptk import i18n, levels
from ptk.errors import UsageError
from ptk.i18n.formats import format_date, format_money, label
from ptk.partnership import Partnership

DOCUMENTS = ("convention", "summary", "evaluation", "amendment")
_SPECIAL = set("\\`*_{}[]()<>#+-.!|~^$@%&=:;,?/\"'")


class Markup(str):
    """Markdown that ptk built itself; printed as it is."""

    __slots__ = ()


def escape(value: object) -> str:
    """Plain text as Markdown that reads exactly as the text: every markup character escaped.

    >>> escape('*gras* <b> #read("/etc/passwd")')
    '\\\\*gras\\\\* \\\\<b\\\\> \\\\#read\\\\(\\\\"\\\\/etc\\\\/passwd\\\\"\\\\)'
    """
    text = " ".join(str(value).split())
    return "".join("\\" + char if char in _SPECIAL else char for char in text)


def _finalize(value: object) -> str:
    from markupsafe import Markup as Safe  # what Jinja2's ``|safe`` returns

    if value is None:
        return ""
    if isinstance(value, Markup | Safe):
        return str(value)

    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return escape(value)


@dataclass(frozen=True)
class Templates:
    """Where templates come from: a group's own folder first, then ptk's built-in ones."""

    folders: tuple[Path, ...]

    def find(self, name: str) -> Path | None:
        for folder in self.folders:
            if (folder / name).is_file():
                return folder / name
        return None


class TemplateProblem(UsageError):
    """A template is missing or broken; ``key`` and ``params`` name the message."""


def environment(templates: Templates, lang: str) -> Any:
    """A sandboxed Jinja2 environment that escapes every printed value for Markdown."""
    from jinja2 import FileSystemLoader
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        loader=FileSystemLoader([str(folder) for folder in templates.folders]),
        finalize=_finalize,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["_"] = i18n.Messages(lang)
    env.filters.update(_filters(lang))
    return env


def _filters(lang: str) -> dict[str, Callable[..., Any]]:
    return {
        "date": lambda value: format_date(value, lang),
        "money": lambda amount, currency=None: format_money(amount, currency, lang),
        "label": lambda value, kind, jurisdiction=None: (
            levels.label(lang, value, jurisdiction)
            if kind == "level" and isinstance(value, str)
            else label(lang, kind, value)
        ),
        "paragraphs": paragraphs,
        "join_escaped": lambda values, sep=", ": Markup(sep.join(escape(v) for v in values or [])),
    }


def paragraphs(value: object) -> Markup:
    """Text with blank lines as Markdown paragraphs, each escaped."""
    if not isinstance(value, str):
        return Markup("")
    blocks = [block for block in value.replace("\r\n", "\n").split("\n\n") if block.strip()]
    return Markup("\n\n".join(escape(block) for block in blocks))


def metadata(fields: Mapping[str, object]) -> Markup:
    """A YAML metadata block whose values are escaped Markdown (JSON strings are valid YAML)."""
    lines = [
        f"{key}: {json.dumps(escape(value), ensure_ascii=False)}"
        for key, value in fields.items()
        if value
    ]
    return Markup("---\n" + "\n".join(lines) + "\n---\n")


def compose(
    document: str,
    data: Mapping[str, Any],
    templates: Templates,
    lang: str,
    today: date,
    extra: Mapping[str, Any] | None = None,
) -> str:
    """The Markdown text of ``document`` (convention, summary, …) for this partnership."""
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError

    name = f"{document}.md.j2"
    try:
        template = environment(templates, lang).get_template(name)
        return str(template.render(**context(data, lang, today), **(extra or {})))
    except TemplateNotFound as missing:
        raise TemplateProblem("render.template-missing", name=missing.name) from None
    except TemplateSyntaxError as error:
        raise TemplateProblem(
            "render.template-syntax",
            name=error.filename or name,
            line=error.lineno,
            detail=error.message or "",
        ) from None
    except (TemplateError, TypeError, ValueError, AttributeError, KeyError) as error:
        raise TemplateProblem("render.template-error", name=name, detail=str(error)) from None


def context(data: Mapping[str, Any], lang: str, today: date) -> dict[str, Any]:
    """What templates see: the partnership, and helpers to read it."""
    partnership = Partnership(data)
    return {
        "p": partnership.data,
        "lang": lang,
        "today": today,
        "partners": partnership.partners,
        "partner_name": partnership.partner_name,
        "partner_names": lambda ids: [partnership.partner_name(i) for i in ids or []],
        "signature_of": lambda pid: _signature(partnership, pid),
        "records": lambda *path: [record for _, record in partnership.records(*path)],
        "has": lambda *path: _present(partnership.get(*path)),
        "metadata": metadata,
        "Markup": Markup,
        "total": _total,
    }


def _signature(partnership: Partnership, partner_id: object) -> dict[str, Any] | None:
    for _, signature in partnership.records("signatures"):
        if signature.get("partner") == partner_id:
            return signature
    return None


def _present(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, Mapping):
        return any(_present(item) for item in value.values())
    if isinstance(value, Iterable):
        return any(_present(item) for item in value)
    return value is not None and value is not False


def _total(lines: Iterable[Mapping[str, Any]]) -> float:
    return float(
        sum(line["amount"] for line in lines if isinstance(line.get("amount"), int | float))
    )
