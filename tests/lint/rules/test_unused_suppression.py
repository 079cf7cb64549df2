from __future__ import annotations

import re
from pathlib import Path

from ptk import document
from ptk.lint.engine import Engine

from .conftest import GOOD, TODAY


def _lint(text: str) -> list[tuple[str, int]]:
    doc = document.loads(text, Path("partnerships/good.yaml"))
    return [(p.rule, p.line) for p in Engine(today=TODAY).check_document(doc)]


def _good_text() -> str:
    return GOOD.read_text(encoding="utf-8")


def _without_vision(comment: str) -> str:
    return re.sub(r"vision: >-\n(  .*\n)+", f'vision: ""{comment}\n', _good_text())


def test_used_suppression_passes() -> None:
    assert _lint(_without_vision("")) == [("missing-vision", 16)]
    assert _lint(_without_vision("  # ptk: disable=missing-vision -- en cours")) == []


def test_suppression_on_the_line_before() -> None:
    text = _without_vision("").replace(
        'vision: ""', '# ptk: disable=missing-vision -- à écrire en mars\nvision: ""'
    )
    assert _lint(text) == []


def test_file_wide_suppression() -> None:
    text = "# ptk: disable-file=missing-vision,no-celebration\n" + _without_vision("")
    assert _lint(text.replace("celebrations:", "old_celebrations:")) == [
        ("schema", 138)
    ]  # only the renamed field is left


def test_hash_inside_quoted_text_is_not_a_comment() -> None:
    text = re.sub(
        r"lessons_learned:\n  - .*",
        'lessons_learned: ["# ptk: disable=missing-vision"]',
        _without_vision(""),
    )
    assert _lint(text) == [("missing-vision", 16)]


def test_suppression_that_silences_nothing() -> None:
    text = _good_text().replace(
        "status: active", "status: active  # ptk: disable=missing-vision -- plus utile"
    )
    assert _lint(text) == [("unused-suppression", 8)]


def test_unknown_rule_in_a_suppression() -> None:
    text = _good_text().replace("status: active", "status: active  # ptk: disable=missing-visoin")
    doc = document.loads(text, Path("partnerships/good.yaml"))
    [problem] = Engine(today=TODAY).check_document(doc)
    assert problem.rule == "unused-suppression"
    assert (
        problem.message("en")
        == "the suppression names an unknown rule `missing-visoin` (→ missing-vision?)"
    )
