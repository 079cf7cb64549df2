"""The site read as a browser reads it: every page parsed by html5lib (strictly), its
content, its links, its escaping, what it leaves out, and the same bytes twice."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import Element

import html5lib
import pytest

from ..conftest import EXAMPLES
from .conftest import BROKEN_YAML, PEOPLE, Built, build

SVG = "{http://www.w3.org/2000/svg}"
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def parse(path: Path) -> Element:
    """The page as a tree; html5lib in strict mode raises on any parse error."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    tree: Element = parser.parse(path.read_bytes())
    return tree


def text(element: Element) -> str:
    return " ".join("".join(element.itertext()).split())


def pages(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.html"))


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_every_page_parses_and_every_partnership_has_one(site: Built) -> None:
    names = {p.relative_to(site.folder).as_posix() for p in pages(site.folder)}
    for stem in ("jardin-emmaus-creil", "hostile", "broken", "wrong-types", "mecenat-supermarche"):
        assert f"partnerships/{stem}.html" in names
    assert {"index.html", "network.html", "organisations/colibris-creil.html"} <= names
    for page in pages(site.folder):
        tree = parse(page)
        assert tree.find(".//main") is not None, page
        assert tree.get("lang") == "fr"


def test_every_relative_link_resolves_and_nothing_comes_from_the_network(site: Built) -> None:
    for page in pages(site.folder):
        tree = parse(page)
        ids = {element.get("id") for element in tree.iter() if element.get("id")}
        for element in tree.iter():
            for attribute in ("href", "src"):
                target = element.get(attribute)
                if target is None or target.startswith(("mailto:", "data:")):
                    continue
                parts = urlsplit(target)
                assert not parts.scheme and not parts.netloc, (page, target)
                if parts.path:
                    resolved = (page.parent / unquote(parts.path)).resolve()
                    assert resolved.is_file(), (page, target)
                    assert resolved.is_relative_to(site.folder.resolve())
                elif parts.fragment:
                    assert parts.fragment in ids, (page, target)
    css = (site.folder / "assets" / "site.css").read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css and "@font-face" not in css


def test_index_lists_every_partnership_with_its_state(site: Built) -> None:
    tree = parse(site.folder / "index.html")
    rows = tree.findall(".//table[@class='partnerships']/tbody/tr")
    assert len(rows) == 14
    jardin = next(r for r in rows if "Jardin partagé du Pays creillois" in text(r))
    assert jardin.get("data-status") == "active"
    assert jardin.get("data-level") == "collaboration"
    assert jardin.get("data-nature") == "operational"
    assert " emmaus-creil " in jardin.get("data-partner", "")
    words = text(jardin)
    assert "collaboration" in words and "en cours" in words and "opérationnel" in words
    assert "Communauté Emmaüs de Creil" in words
    assert "15 février 2027" in words
    assert "signée le 10 mars 2026" in words
    assert "1 modification depuis la signature" in words
    hostile = next(r for r in rows if r.get("data-status") == "active" and "alert" in text(r))
    review = hostile.find(".//span[@class='overdue']")
    assert review is not None and "1er octobre 2026" in text(review) and "en retard" in text(review)
    summary = text(tree.find(".//ul[@class='summary']"))
    assert re.search(r"\b1 bilan en retard\b", summary)
    assert re.search(r"\b1 convention modifiée depuis sa signature\b", summary)


def test_index_filters_are_hidden_without_javascript(site: Built) -> None:
    tree = parse(site.folder / "index.html")
    form = tree.find(".//form[@id='filters']")
    assert form is not None and form.get("hidden") is not None
    kinds = [
        select.get("data-filter") for select in form.iter("select") if select.get("data-filter")
    ]
    assert kinds == ["status", "level", "nature", "partner"]
    partner = form.find(".//select[@data-filter='partner']")
    assert "Communauté Emmaüs de Creil" in [text(option) for option in partner.iter("option")]


def test_partnership_page_in_plain_language(site: Built) -> None:
    tree = parse(site.folder / "partnerships" / "jardin-emmaus-creil.html")
    words = text(tree)
    for expected in (
        "Installer et faire vivre des bacs de culture",
        "Un quartier où chacun peut cueillir",
        "Rôle : animation",
        "Du 15 mars 2026 au 14 mars 2027.",
        "450 €",  # whole amounts without cents
        "700 €",
        "chantier de construction des bacs",
    ):
        assert expected.replace(" :", "\u00a0:") in words or expected in words, expected
    bars = [e for e in tree.iter(SVG + "svg") if e.get("class") == "bar"]
    assert len(bars) == 3
    assert bars[0].get("aria-label").startswith("bacs installés")
    fill = next(e for e in bars[0] if e.get("class") == "bar-fill")
    assert fill.get("width") == "66.7"  # 8 of a target raised to 12, from 0


def test_partnership_history_timeline_and_amendment_due(site: Built) -> None:
    tree = parse(site.folder / "partnerships" / "jardin-emmaus-creil.html")
    timeline = tree.findall(".//ol[@class='timeline']/li")
    assert [text(li.find("p[@class='subject']")) for li in timeline] == [
        "Jardin : <douze> bacs & plus",
        "Signature du jardin",
        "Premiers partenariats",
    ]
    assert "1er mai 2026" in text(timeline[0])
    changed = "".join(timeline[0].find(".//ul[@class='changes']").itertext())
    assert changed == (
        "La cible de l’indicateur «\u00a0bacs installés\u00a0» de l’objectif 1 passe de 10 à 12."
    )
    assert timeline[1].get("class") == "signed"
    signature = text(tree.find(".//section[@id='signature']"))
    assert "1 modification depuis la signature demande un avenant" in signature


def test_findings_and_health_checks_appear(site: Built) -> None:
    jardin = parse(site.folder / "partnerships" / "jardin-emmaus-creil.html")
    findings = text(jardin.find(".//section[@id='findings']"))
    assert "erreur la convention a changé depuis sa signature du 10 mars 2026" in findings
    # the change the finding names is said in words, as ptk lint says it, not by its path
    assert "la cible de l’indicateur « bacs installés » de l’objectif 1 passe de 10 à 12" in (
        findings
    )
    assert "objectives[" not in findings and "target" not in findings
    section = jardin.find(".//section[@id='health']")
    health = text(section)
    assert "1er octobre 2025" in health and "1er octobre 2026" in health
    radar = section.find(f".//{SVG}svg")  # the round's radar chart, from the health check
    assert radar is not None and "Groupe local Colibris du Pays creillois" in text(radar)


def test_a_partnership_that_fails_validation_still_has_its_page(site: Built) -> None:
    broken = text(parse(site.folder / "partnerships" / "broken.html"))
    assert "erreur" in broken and "ligne" in broken
    wrong = parse(site.folder / "partnerships" / "wrong-types.html")
    assert text(wrong.find(".//h1")) == "Wrong types everywhere"
    assert wrong.find(".//section[@id='findings']//li") is not None
    index = text(parse(site.folder / "index.html"))
    assert "Wrong types everywhere" in index and "broken" in index


def test_hostile_values_are_text_never_markup(site: Built) -> None:
    page = site.folder / "partnerships" / "hostile.html"
    tree = parse(page)
    scripts = [element for element in tree.iter("script")]
    assert scripts == []  # the partnership page has no script at all
    assert not [
        e
        for e in tree.iter()
        if e.tag in ("iframe", "img") or any(k.startswith("on") for k in e.attrib)
    ]
    assert not [e for e in tree.iter("a") if (e.get("href") or "").startswith("javascript:")]
    assert "<script>alert('title')</script> & <b>co</b>" in text(tree.find(".//h1"))
    raw = page.read_text(encoding="utf-8")
    assert "{{ 7*7 }}" in raw or "{{ 7*7 }}" in text(tree)  # not evaluated either
    assert "49" not in text(tree.find(".//section"))
    index = parse(site.folder / "index.html")
    assert [s.get("src") for s in index.iter("script")] == ["assets/site.js"]


def test_hostile_ids_cannot_leave_the_site_folder(site: Built) -> None:
    names = [p.relative_to(site.folder).as_posix() for p in site.folder.rglob("*")]
    assert all(".." not in name for name in names)
    assert any(re.fullmatch(r"organisations/escape-[0-9a-f]{8}\.html", name) for name in names)


def test_contacts_are_left_out_by_default(site: Built) -> None:
    for name, content in files(site.folder).items():
        body = content.decode("utf-8", errors="replace")
        for person in PEOPLE:
            assert person not in body, (name, person)


def test_include_contacts_shows_them(group: Path) -> None:
    built = build(group, "site", "partnerships", "-o", "site-contacts", "--include-contacts")
    assert built.code == 0, built.err
    everything = "\n".join(c.decode("utf-8") for c in files(built.folder).values())
    for person in (
        "Secret Person",
        "secret.person@example.org",
        "Hidden Representative",
        "Organisation Contact",
        "Claire Dubois",
    ):
        assert person in everything, person


def test_two_builds_write_the_same_bytes(group: Path, site: Built) -> None:
    again = build(group, "site", "partnerships", "-o", "site-again")
    assert again.code == 0
    assert files(again.folder) == files(site.folder)


def test_english_site(group: Path) -> None:
    built = build(group, "site", "partnerships", "-o", "site-en", "--lang", "en", lang="en")
    tree = parse(built.folder / "partnerships" / "jardin-emmaus-creil.html")
    assert tree.get("lang") == "en"
    words = text(tree)
    assert "Partners and roles" in words and "March 15, 2026" in words
    assert "Partenaires et rôles" not in words


def test_with_documents_links_the_rendered_agreement_and_summary(tmp_path: Path) -> None:
    folder = tmp_path / "partnerships"
    folder.mkdir()
    for name in ("jardin-emmaus-creil", "mecenat-supermarche"):  # the second is declined
        shutil.copy(EXAMPLES / f"{name}.yaml", folder)
    (folder / "broken.yaml").write_text(BROKEN_YAML, encoding="utf-8")
    built = build(tmp_path, "site", "partnerships", "-o", "one", "--with-documents", "--lang", "fr")
    assert built.code == 0, built.err
    page = built.folder / "partnerships" / "jardin-emmaus-creil.html"
    links = {
        a.get("href"): text(a)
        for a in parse(page).iter("a")
        if "documents/" in (a.get("href") or "")
    }
    assert links == {
        "../documents/jardin-emmaus-creil-convention.html": "la convention",
        "../documents/jardin-emmaus-creil-summary.html": "la fiche",
    }
    convention = parse(built.folder / "documents" / "jardin-emmaus-creil-convention.html")
    assert "Communauté Emmaüs de Creil" in text(convention)
    assert not [e for e in convention.iter() if e.get("src")]  # nothing loaded from anywhere
    assert sorted(p.name for p in (built.folder / "documents").iterdir()) == [
        "jardin-emmaus-creil-convention.html",
        "jardin-emmaus-creil-summary.html",
    ]
    again = build(tmp_path, "site", "partnerships", "-o", "two", "--with-documents", "--lang", "fr")
    assert files(again.folder) == files(built.folder)


def test_uncommitted_edits_show_on_the_page_not_in_the_history(copy_of_group: Path) -> None:
    path = copy_of_group / "partnerships" / "jardin-emmaus-creil.yaml"
    text_now = path.read_text(encoding="utf-8").replace(
        "title: Jardin partagé du Pays creillois", "title: Jardin partagé (nouveau nom)"
    )
    path.write_text(text_now, encoding="utf-8")
    built = build(copy_of_group, "site", "partnerships", "-o", "edited")
    tree = parse(built.folder / "partnerships" / "jardin-emmaus-creil.html")
    assert text(tree.find(".//h1")) == "Jardin partagé (nouveau nom)"
    newest = tree.find(".//ol[@class='timeline']/li")
    assert text(newest.find("p[@class='subject']")) == "Jardin : <douze> bacs & plus"
    changed = text(newest.find(".//ul[@class='changes']"))
    assert "passe de 10 à 12" in changed and "nouveau nom" not in changed
