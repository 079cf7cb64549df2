"""Property: whatever is done to a partnership file — a field deleted, duplicated, given
another type, hostile text inserted, the file cut short — ptk never crashes, every
problem is located inside the file, and every report stays valid in its format."""

from __future__ import annotations

import copy
import io
import json
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ptk import document
from ptk.lint.engine import CRASHED, Engine
from ptk.problem import Report
from ptk.report import FORMATS, reporter

from .conftest import EXAMPLES

TODAY = date(2026, 11, 22)
SOURCES = {path.stem: path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.yaml"))}
DATA = {stem: document.parse(text).data for stem, text in SOURCES.items()}
HOSTILE = [
    "{id: b, name: Beta",
    "{first} {0} %s %(x)s {{ 7 * 7 }}",
    "x\x1b[31m\npartnerships/other.yaml:1:1: error schema fine",
    "\u202egnirts\u202c\u200b",
    '<script>alert(1)</script> #read("/etc/passwd") $x$',
    "L'école",
    "a" * 5000,
    "9" * 400,
    "1.200",
    "",
]
VALUES: list[Any] = [None, True, 0, -1, 1.5, 10**30, float("inf"), float("nan"), [], {}, [None]]
ENGINE = Engine(today=TODAY)


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*path, index))
    return found


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


def _mutate(data: Any, draw: Any) -> None:
    paths = [path for path in _paths(data) if path]
    path = draw(st.sampled_from(paths))
    parent, last = _parent(data, path), path[-1]
    action = draw(st.sampled_from(["delete", "duplicate", "retype", "hostile"]))
    if action == "delete":
        del parent[last]
    elif action == "duplicate" and isinstance(parent, list):
        parent.insert(last, copy.deepcopy(parent[last]))
    elif action == "hostile":
        parent[last] = draw(st.sampled_from(HOSTILE))
    else:
        parent[last] = copy.deepcopy(draw(st.sampled_from(VALUES)))


@st.composite
def mutated(draw: Any) -> bytes:
    stem = draw(st.sampled_from(sorted(DATA)))
    data = copy.deepcopy(DATA[stem])
    for _ in range(draw(st.integers(1, 4))):
        _mutate(data, draw)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    raw = text.encode("utf-8")
    if draw(st.booleans()):  # cut short, maybe inside a character
        raw = raw[: draw(st.integers(0, len(raw)))]
    return raw


def _check_reports(report: Report) -> None:
    for fmt in FORMATS:
        out = io.StringIO()
        reporter(fmt)(report, "fr", out, False)
        text = out.getvalue()
        text.encode("utf-8")
        if fmt in ("json", "sarif"):
            json.loads(text)
        elif fmt == "junit":
            ET.fromstring(text)
        else:
            assert all("\x1b" not in line for line in text.splitlines())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_partnerships_never_crash_and_are_reported_validly(raw: bytes) -> None:
    path = Path("partnerships/mutant.yaml")
    problems = ENGINE.check_bytes(path, path.as_posix(), raw)
    assert not [p for p in problems if p.rule == CRASHED], problems
    lines = raw.count(b"\n") + 1
    for problem in problems:
        assert 1 <= problem.line <= lines and problem.column >= 1
        assert problem.message("fr") and problem.message("en")
    _check_reports(Report(1, problems, [path.as_posix()]))
