"""Every text the site's templates and code name exists in French and English."""

from __future__ import annotations

import re

import pytest

from ptk import i18n
from ptk.site.pages import templates_folder

from ..i18n.test_catalogues import PACKAGE, _catalogue

_CALL = re.compile(r"""_\(\s*["']([a-z][a-z0-9.-]*[a-z0-9])["']""")
_PLURAL = re.compile(r"""plural\(\s*["']([a-z][a-z0-9.-]*[a-z0-9])["']""")
_KEY = re.compile(r"""["']((?:site|calendar)\.[a-z0-9][a-z0-9.-]*[a-z0-9])["']""")


def _used() -> set[str]:
    keys = set()
    for template in templates_folder().glob("*.j2"):
        source = template.read_text(encoding="utf-8")
        keys |= set(_CALL.findall(source)) | set(_PLURAL.findall(source))
    for module in (PACKAGE / "site").glob("*.py"):
        keys |= set(_KEY.findall(module.read_text(encoding="utf-8")))
    files = {"calendar.ics", "site.css", "site.js"}
    return {key for key in keys if not key.endswith(".") and key not in files}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_site_text_exists(lang: str) -> None:
    known = set(_catalogue(lang))
    used = _used()
    assert "site.index.title" in used and "calendar.notice" in used
    assert sorted(used - known) == []


def test_composed_keys_exist() -> None:
    for kind in ("status", "level", "nature", "partner"):
        assert i18n.has("fr", f"site.filter.{kind}") and i18n.has("en", f"site.filter.{kind}")
    for name in ("convention", "summary"):
        assert i18n.has("en", f"site.document.{name}")
