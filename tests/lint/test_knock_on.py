"""A value the schema refuses is reported once, by the schema: other rules do not report
it again as missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ptk import document
from ptk.lint.engine import Engine

from ..conftest import REPO
from .rules.conftest import TODAY

GOOD = (REPO / "tests" / "data" / "good.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "pointer"),
    [
        ("start: 2026-03-15", "start: 2026-13-45", "/schedule/start"),
        ("vision: >-", "vision: [oups]\nold_vision: >-", "/vision"),
    ],
)
def test_a_refused_value_is_reported_once(old: str, new: str, pointer: str) -> None:
    doc = document.loads(GOOD.replace(old, new, 1), Path("partnerships/good.yaml"))
    problems = Engine(today=TODAY).check_document(doc)
    at = [p.rule for p in problems if p.pointer == pointer]
    assert at == ["schema"], [(p.rule, p.pointer) for p in problems]
