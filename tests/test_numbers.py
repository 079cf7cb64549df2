"""Numbers are finite and bounded: an infinite, NaN or thousand-digit amount is a schema
error at its line, never a crash and never « NaN € » in a document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import REPO, Runner

GOOD = (REPO / "tests" / "data" / "good.yaml").read_text(encoding="utf-8")
HUGE = "9" * 5000


@pytest.mark.parametrize(
    ("value", "english", "french"),
    [
        ("1e400", "far too large", "bien trop grand"),
        (".inf", "far too large", "bien trop grand"),
        ("-.inf", "far too large", "bien trop grand"),
        (".nan", "not a number", "n’est pas un nombre"),
        (HUGE, "far too large", "bien trop grand"),
        ("0x" + "f" * 5000, "far too large", "bien trop grand"),
    ],
    ids=["1e400", "inf", "-inf", "nan", "5000-digits", "hex"],
)
def test_unprintable_numbers_are_schema_errors_at_their_line(
    ptk: Runner, write: Callable[..., Path], value: str, english: str, french: str
) -> None:
    write("good.yaml", GOOD.replace("amount: 450,", f"amount: {value},", 1))
    line = 1 + GOOD[: GOOD.index("amount: 450,")].count("\n")
    for lang, words in (("en", english), ("fr", french)):
        result = ptk("lint", "--no-cache", "--lang", lang)
        assert result.code == 1, result.err
        found = [row for row in result.out.splitlines() if words in row]
        assert found and found[0].startswith(f"partnerships/good.yaml:{line}:")


@pytest.mark.parametrize("value", [".nan", "1e400", "-.inf", HUGE])
def test_forced_render_never_prints_an_unprintable_number(
    ptk: Runner, write: Callable[..., Path], tmp_path: Path, value: str
) -> None:
    write("good.yaml", GOOD.replace("amount: 450,", f"amount: {value},", 1))
    refused = ptk("render", "partnerships/good.yaml", "--to", "md")
    assert refused.code == 1 and "partnerships/good.yaml:" in refused.err
    forced = ptk("render", "partnerships/good.yaml", "--to", "md", "--force")
    assert forced.code == 0, forced.err
    text = (tmp_path / "build" / "good-convention.md").read_text(encoding="utf-8")
    assert "NaN" not in text and "∞" not in text and "inf" not in text.lower().split()
    assert "250,00" in text  # the other lines are still there
