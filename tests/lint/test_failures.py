"""A failure in one file is said for that file; every other file is still checked."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from ptk import i18n
from ptk.lint.rules import REGISTRY

from ..conftest import Runner, minimal

UNCLOSED = minimal("accolade").replace(
    "  - id: emmaus-creil\n    name: Emmaüs Creil\n", "  - {id: b, name: Beta\n"
)


def test_a_forgotten_closing_brace_is_a_syntax_error_not_a_crash(
    ptk: Runner, write: Callable[..., Path]
) -> None:
    write("accolade.yaml", UNCLOSED)
    for lang, words in (("en", "braces"), ("fr", "accolades")):
        result = ptk("lint", "--lang", lang)
        assert result.code == 1, result.err
        assert "partnerships/accolade.yaml:" in result.out and "yaml-syntax" in result.out
        assert words in result.out
        assert "unexpectedly" not in result.err and "inattendue" not in result.err


def test_values_are_never_read_as_message_templates() -> None:
    text = i18n.message("en", "yaml.duplicate-key", key="{first} {0} {", first=3)
    assert "{first} {0} {" in text
    assert i18n.fill("{a}", {"a": "{a}"}) == "{a}"


@pytest.fixture
def buggy_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule missing-vision fails on the file called ``bug`` (as a bug in ptk would)."""
    rule = REGISTRY["missing-vision"]
    real = rule.check

    def check(partnership: Any, options: Mapping[str, Any], context: Any) -> Iterator[Any]:
        if partnership.data.get("id") == "bug":
            raise ZeroDivisionError("a bug")
        return real(partnership, options, context)

    monkeypatch.setattr(rule, "check", check)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit"])
@pytest.mark.usefixtures("buggy_rule")
def test_one_file_failing_does_not_hide_the_others(
    ptk: Runner, write: Callable[..., Path], fmt: str
) -> None:
    write("aaa.yaml", minimal("aaa", "collaboration"))
    write("bug.yaml", minimal("bug", "collaboration"))
    write("zzz.yaml", minimal("zzz", "collaboration"))
    result = ptk("lint", "--format", fmt, "--no-cache")
    assert result.code == 3
    assert "partnerships/bug.yaml" in result.err and "missing-vision" not in result.err
    found = _found(fmt, result.out)
    assert ("partnerships/aaa.yaml", "missing-vision") in found
    assert ("partnerships/zzz.yaml", "missing-vision") in found
    assert ("partnerships/bug.yaml", "internal-error") in found


@pytest.mark.usefixtures("buggy_rule")
def test_ptk_debug_shows_where_it_failed(
    ptk: Runner, write: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    write("bug.yaml", minimal("bug", "collaboration"))
    assert "PTK_DEBUG=1" in ptk("lint", "--no-cache").err
    monkeypatch.setenv("PTK_DEBUG", "1")
    err = ptk("lint", "--no-cache").err
    assert "ZeroDivisionError: a bug" in err and ", in check\n" in err


def _found(fmt: str, out: str) -> set[tuple[str, str]]:
    if fmt == "json":
        return {(p["path"], p["rule"]) for p in json.loads(out)["problems"]}
    if fmt == "sarif":
        run = json.loads(out)["runs"][0]
        found = {
            (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"])
            for r in run["results"]
        }
        for note in run["invocations"][0]["toolExecutionNotifications"]:
            uri = note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            found.add((uri, "internal-error"))
        return found
    if fmt == "junit":
        found = set()
        for case in ET.fromstring(out).iter("testcase"):
            for element in case:
                rule = "internal-error" if element.tag == "error" else "missing-vision"
                if element.tag == "error" or "missing-vision" in (element.text or ""):
                    found.add((case.get("name", ""), rule))
        return found
    if fmt == "github":
        return {
            (line.split("file=")[1].split(",")[0], line.split("title=ptk ")[1].split("::")[0])
            for line in out.splitlines()
            if line.startswith("::")
        }
    return {(line.split(":")[0], line.split()[2]) for line in out.splitlines() if ".yaml:" in line}
