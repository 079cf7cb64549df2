"""The site in a real headless Chromium (Debian's, driven by Playwright): no console
error, no request but for the site's own files, filters that work, every control in
reach of the keyboard, a map whose nodes open their pages, a page that fits a phone.

These tests need ``/usr/bin/chromium``: a developer without it skips them; in CI (``CI``
set) its absence is a failure, not a skip.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..conftest import REPO
from .conftest import TODAY, Built, build

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing at /usr/bin/chromium: CI must install it (apt)")
        pytest.skip("no Chromium at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Visit:
    """A page opened from the file system, with every console message and request kept."""

    def __init__(self, browser: Any, width: int = 1280, height: int = 900) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.context.on("request", lambda request: self.requests.append(request.url))

    def _console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"{message.type}: {message.text}")

    def open(self, path: Path) -> Any:
        self.page.goto(path.resolve().as_uri())
        return self.page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: Any) -> Iterator[Any]:
    opened: list[Visit] = []

    def open_visit(width: int = 1280, height: int = 900) -> Visit:
        opened.append(Visit(browser, width, height))
        return opened[-1]

    yield open_visit
    for item in opened:
        item.close()


def visible_rows(page: Any) -> list[dict[str, str]]:
    return page.eval_on_selector_all(
        "table.partnerships tbody tr",
        "rows => rows.filter(r => !r.hidden && r.offsetParent !== null).map(r => ({"
        "status: r.dataset.status, partner: r.dataset.partner, title: r.dataset.title,"
        "findings: Number(r.dataset.findings)}))",
    )


def test_no_console_error_and_no_request_but_the_site_files(site: Built, visit: Any) -> None:
    seen = visit()
    pages = [
        "index.html",
        "network.html",
        "partnerships/jardin-emmaus-creil.html",
        "partnerships/hostile.html",
        "partnerships/wrong-types.html",
        "organisations/colibris-creil.html",
    ]
    for name in pages:
        seen.open(site.folder / name)
        seen.page.wait_for_load_state("load")
    assert seen.errors == []
    assert seen.requests and all(url.startswith("file://") for url in seen.requests), seen.requests
    folder = site.folder.resolve().as_uri()
    assert all(url.startswith(folder + "/") for url in seen.requests)


def test_filters_change_the_visible_rows(site: Built, visit: Any) -> None:
    page = visit().open(site.folder / "index.html")
    assert page.is_visible("#filters")
    every = visible_rows(page)
    assert len(every) == 14
    page.select_option("select[data-filter=status]", "active")
    active = visible_rows(page)
    assert 0 < len(active) < len(every)
    assert {row["status"] for row in active} == {"active"}
    assert page.text_content("[data-count]").startswith(f"{len(active)} ")
    page.select_option("select[data-filter=partner]", "emmaus-creil")
    assert [row["title"] for row in visible_rows(page)] == ["jardin partagé du pays creillois"]
    page.select_option("select[data-filter=level]", "consultation")
    assert visible_rows(page) == []
    assert page.is_visible("[data-empty]")
    page.click("button[type=reset]")
    page.wait_for_function("document.querySelectorAll('tbody tr:not([hidden])').length === 14")
    page.select_option("select[data-sort]", "findings")
    ordered = [row["findings"] for row in visible_rows(page)]
    assert ordered == sorted(ordered, reverse=True) and ordered[0] >= 1000  # errors first


def test_the_keyboard_reaches_every_control(site: Built, visit: Any) -> None:
    page = visit().open(site.folder / "index.html")
    controls = page.eval_on_selector_all(
        "#filters select, #filters button, nav a", "items => items.map(e => e.outerHTML)"
    )
    reached = set()
    for _ in range(len(controls) + 40):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.outerHTML"))
    assert [control for control in controls if control not in reached] == []
    page.focus("select[data-filter=status]")
    page.keyboard.press("ArrowDown")  # choosing with the keyboard filters too
    page.wait_for_function("document.querySelectorAll('tbody tr[hidden]').length > 0")


def test_map_nodes_link_to_their_pages(site: Built, visit: Any) -> None:
    page = visit().open(site.folder / "network.html")
    links = page.eval_on_selector_all(
        "svg.map a", "items => items.map(a => a.getAttribute('href'))"
    )
    assert len(links) == 14 + 27
    for href in links:
        assert (site.folder / href).is_file(), href
    page.click("svg.map a[href='organisations/emmaus-creil.html']")
    page.wait_for_url("**/organisations/emmaus-creil.html")
    assert page.text_content("h1") == "Communauté Emmaüs de Creil"
    page.go_back()
    page.focus("svg.map a[href='partnerships/jardin-emmaus-creil.html']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/partnerships/jardin-emmaus-creil.html")
    assert page.text_content("h1") == "Jardin partagé du Pays creillois"


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The site of the shipped example partnerships (what the README shows)."""
    work = tmp_path_factory.mktemp("examples")
    shutil.copytree(REPO / "partnerships", work / "partnerships")
    built = build(work, "site", "partnerships", "-o", "site", "--today", TODAY, "--lang", "fr")
    assert built.code == 0, built.err
    return built


@pytest.mark.parametrize("name", ["index.html", "partnerships/jardin-emmaus-creil.html"])
def test_pages_fit_a_phone_and_print(examples: Built, visit: Any, name: str) -> None:
    phone = visit(390, 844)
    page = phone.open(examples.folder / name)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('header.top')).display") == "none"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    assert phone.errors == []


SCREENSHOTS = {
    "site-index.png": "index.html",
    "site-partnership.png": "partnerships/jardin-emmaus-creil.html",
}


def test_screenshots_of_the_examples(examples: Built, visit: Any, tmp_path: Path) -> None:
    """The README's pictures; ``PTK_SCREENSHOTS=update`` writes them to docs/images/."""
    seen = visit(1100, 1500)
    for picture, name in SCREENSHOTS.items():
        page = seen.open(examples.folder / name)
        target = tmp_path / picture
        page.screenshot(path=str(target), full_page=False)
        assert target.read_bytes().startswith(b"\x89PNG")
        if os.environ.get("PTK_SCREENSHOTS") == "update":
            shutil.copyfile(target, REPO / "docs" / "images" / picture)
        assert (REPO / "docs" / "images" / picture).is_file()
    assert seen.errors == []
