from __future__ import annotations

from pathlib import Path

import pytest

from ptk import document
from ptk.lint.engine import Engine

from ...conftest import REPO
from .conftest import TODAY

GOOD = (REPO / "tests" / "data" / "good.yaml").read_text(encoding="utf-8")


def _found(text: str) -> list[tuple[int, str]]:
    doc = document.loads(text, Path("partnerships/good.yaml"))
    return [
        (p.line, p.severity)
        for p in Engine(today=TODAY).check_document(doc)
        if p.rule == "thousands-separator"
    ]


def test_complete_partnership_passes() -> None:
    assert _found(GOOD) == []


@pytest.mark.parametrize("written", ["1.200", "12.500", "100.000"])
def test_a_dot_every_three_digits_is_a_warning_at_its_line(written: str) -> None:
    text = GOOD.replace("amount: 450,", f"amount: {written},", 1)
    line = 1 + text[: text.index(f"amount: {written},")].count("\n")
    assert _found(text) == [(line, "warning")]


@pytest.mark.parametrize("written", ["1.5", "1200", "'1.200'", "0.125", "1.2000"])
def test_decimals_quoted_text_and_plain_numbers_pass(written: str) -> None:
    assert _found(GOOD.replace("amount: 450,", f"amount: {written},", 1)) == []


def test_the_message_says_what_to_write() -> None:
    doc = document.loads(
        GOOD.replace("amount: 450,", "amount: 1.200,", 1), Path("partnerships/good.yaml")
    )
    [problem] = [
        p for p in Engine(today=TODAY).check_document(doc) if p.rule == "thousands-separator"
    ]
    assert "écrivez 1200" in problem.message("fr") and "pas les milliers" in problem.message("fr")
    assert "write 1200" in problem.message("en")
