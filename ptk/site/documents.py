"""``ptk site --with-documents``: each partnership's convention and summary, rendered by
the same pipeline as ``ptk render`` (the group's own templates first), as HTML beside the
pages, linked from the partnership's page.

A file that breaks the schema, or a declined partnership, gets no document (as with
``ptk render``); its page still says what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ptk.console import Console
from ptk.documents.compose import TemplateProblem, Templates, compose
from ptk.documents.convert import RenderError, convert
from ptk.resources import resource_dir
from ptk.site.model import Entry
from ptk.site.output import SiteFolder

DOCUMENTS = ("convention", "summary")
_BLOCKING = ("schema", "yaml-syntax", "unreadable-file")


@dataclass
class Documents:
    """Renders an entry's documents into the site folder; returns what it wrote."""

    folder: SiteFolder
    today: date
    console: Console

    def __call__(self, entry: Entry) -> dict[str, str]:
        if not entry.data or entry.p.status == "declined":
            return {}
        if any(problem.rule in _BLOCKING for problem in entry.problems):
            return {}
        written = {}
        for name in DOCUMENTS:
            target = f"documents/{entry.slug}-{name}.html"
            try:
                markdown = compose(name, entry.data, _templates(entry), entry.lang, self.today)
                page = convert(markdown, "html", _templates(entry))
            except (TemplateProblem, RenderError) as error:
                self.console.error(error.key, **error.params)
                continue
            self.folder.write(target, page)
            written[name] = target
        return written


def _templates(entry: Entry) -> Templates:
    """The group's ``templates/`` beside ``partnerships/`` first, then ptk's own."""
    own = entry.path.resolve().parent.parent / "templates"
    builtin = resource_dir("templates")
    return Templates((own, builtin) if own.is_dir() else (builtin,))
