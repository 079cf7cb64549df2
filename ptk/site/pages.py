"""Write the site: every page from its Jinja2 template (``templates/site/``), the style
sheet and the script, the map and the calendar.

Templates run with autoescaping on: every value from a partnership file reaches the page
as text, never as markup. Pages link to each other by relative paths, load nothing from
the network, and carry no date but the data's own, so two builds of the same files are
the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ptk.partnership import Partnership
from ptk.resources import resource_dir
from ptk.site import views
from ptk.site.calendar import ics
from ptk.site.health import health_view
from ptk.site.model import Entry, Organisation, Portfolio, organisation_ids
from ptk.site.output import SiteFolder
from ptk.site.privacy import public_partner
from ptk.site.svg import network

ASSETS = ("site.css", "site.js")
Documents = Callable[[Entry], dict[str, str]]  # entry → {document name: file under DIR}


def templates_folder() -> Path:
    return resource_dir("templates") / "site"


@dataclass
class Site:
    """One build of the site into a folder."""

    portfolio: Portfolio
    folder: SiteFolder
    documents: Documents | None = None

    @cached_property
    def words(self) -> views.Words:
        return views.Words(self.portfolio.lang)

    @cached_property
    def env(self) -> Any:
        from jinja2 import Environment, FileSystemLoader, select_autoescape

        env = Environment(
            loader=FileSystemLoader(str(templates_folder())),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        words = self.words
        env.globals.update(_=words, words=words, lang=self.portfolio.lang)
        env.filters.update(
            date=words.date,
            money=words.money,
            label=lambda value, kind: words.label(kind, value),
            text=_text,
        )
        return env

    def build(self) -> None:
        """Write every page, then mark the folder."""
        for name in ASSETS:
            self.folder.write(f"assets/{name}", (templates_folder() / name).read_bytes())
        rows = [views.row(entry, self.portfolio) for entry in self.portfolio.entries]
        self._page("index.html", "index.html.j2", "", rows=rows, **self._index(rows))
        for entry in self.portfolio.entries:
            links = self.documents(entry) if self.documents else {}
            self._page(
                f"partnerships/{entry.slug}.html",
                "partnership.html.j2",
                "../",
                **self._partnership(entry, links),
            )
        for organisation in self.portfolio.organisations.values():
            self._page(
                f"organisations/{organisation.slug}.html",
                "organisation.html.j2",
                "../",
                **self._organisation(organisation),
            )
        label = self.words("site.network.map")
        self._page("network.html", "network.html.j2", "", map=network(self.portfolio, label))
        self.folder.write("calendar.ics", ics(self.portfolio.entries, self.words("site.title")))
        self.folder.finish()

    def _page(self, name: str, template: str, up: str, **context: Any) -> None:
        html = self.env.get_template(template).render(
            up=up, today=self.portfolio.today, page=name, portfolio=self.portfolio, **context
        )
        self.folder.write(name, html.encode("utf-8"))

    def _index(self, rows: list[views.Row]) -> dict[str, Any]:
        return {
            "summary": views.summary(rows, self.portfolio.today),
            "choices": views.choices(rows, self.words),
        }

    def _partnership(self, entry: Entry, links: dict[str, str]) -> dict[str, Any]:
        p = entry.p
        show = self.portfolio.include_contacts
        partners = [partner if show else public_partner(partner) for partner in p.partners]
        return {
            "entry": entry,
            "p": p.data,
            "partners": partners,
            "partner_name": p.partner_name,
            "records": lambda *path: [record for _, record in p.records(*path)],
            "row": views.row(entry, self.portfolio),
            "pages": dict(views.partners_of(entry, self.portfolio)),
            "org_page": self._org_page,
            "roles": _roles(p),
            "indicators": lambda objective: views.indicators(objective, self.words),
            "missing_signatures": [
                partner for partner in p.partners if partner.get("id") not in p.signed_partners()
            ],
            "steps": list(reversed(entry.steps)),
            "describe": self._describe,
            "health": health_view(entry, self.words, self.portfolio.today),
            "documents": links,
        }

    def _org_page(self, partner: dict[str, Any]) -> str:
        for oid, _ in organisation_ids({"partners": [partner]}):
            found = self.portfolio.organisations.get(oid)
            if found is not None:
                return found.slug
        return ""

    def _describe(self, change: Any, old: Any, new: Any) -> str:
        """A change between two versions' data in plain words (a long text by the passage
        that changed), as ``ptk history`` says it."""
        from ptk.history.wording import sentence

        said = sentence(change, old or {}, new or {}, self.portfolio.lang, brief=True)
        return self.words.typeset(said.text)

    def _organisation(self, organisation: Organisation) -> dict[str, Any]:
        data = organisation.data
        if not self.portfolio.include_contacts:
            data = public_partner({k: v for k, v in data.items() if k != "address"})
        rows = [
            (views.row(entry, self.portfolio), _role_of(entry, organisation.id))
            for entry in organisation.entries
        ]
        return {"organisation": organisation, "data": data, "rows": rows}


def _role_of(entry: Entry, oid: str) -> str:
    """The role the organisation ``oid`` holds in the partnership."""
    roles = _roles(entry.p)
    found = [
        roles[partner["id"]]["role"]
        for found_id, partner in organisation_ids(entry.data)
        if found_id == oid and partner.get("id") in roles
    ]
    return ", ".join(role for role in found if role)


def _roles(p: Partnership) -> dict[str, dict[str, Any]]:
    """Each partner's role and responsibilities, by partner id."""
    found: dict[str, dict[str, Any]] = {}
    for _, role in p.records("roles"):
        partner = role.get("partner")
        if isinstance(partner, str):
            slot = found.setdefault(partner, {"role": "", "responsibilities": []})
            if isinstance(role.get("role"), str) and not slot["role"]:
                slot["role"] = role["role"]
            slot["responsibilities"] += [
                r for r in role.get("responsibilities") or [] if isinstance(r, str)
            ]
    return found


def _text(value: object) -> str:
    """Free text from a file; anything else (a wrong type) reads as nothing."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, str | int | float):
        return " ".join(str(value).split())
    return ""
