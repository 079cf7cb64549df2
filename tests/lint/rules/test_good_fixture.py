"""The rule tests' starting point is clean for every rule at every level."""

from __future__ import annotations

import pytest

from .conftest import LEVELS, good, lint


@pytest.mark.parametrize("level", LEVELS)
def test_good_partnership_is_clean_at_every_level(level: str) -> None:
    assert lint(good(level=level)) == []
