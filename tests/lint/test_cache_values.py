"""What the cache gives back is what the check found: a warm run prints exactly what the
cold run printed, whatever the values in the files."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from ..conftest import Runner, minimal

Write = Callable[..., Path]


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit"])
def test_a_warm_run_prints_what_the_cold_run_printed(
    ptk: Runner, write: Write, tmp_path: Path, fmt: str
) -> None:
    write("big.yaml", minimal("big", "123456789012345678901234567890"))  # beyond JSON's 2**53
    write("amount.yaml", minimal("amount", "collaboration", "contributions:\n  - amount: 1.200\n"))
    for number in range(3):  # the same problem in several files: one message, written once
        write(f"p{number}.yaml", minimal(f"p{number}", "partenariat"))
    cold = ptk("lint", "--format", fmt, "--lang", "fr")
    assert (tmp_path / ".ptk_cache").is_dir()
    warm = ptk("lint", "--format", fmt, "--lang", "fr")
    assert (warm.code, warm.out) == (cold.code, cold.out)
    assert "123456789012345678901234567890" in warm.out


def test_numbers_beyond_what_json_holds_are_kept_exactly(
    ptk: Runner, write: Write, tmp_path: Path
) -> None:
    write("big.yaml", minimal("big", "123456789012345678901234567891"))
    ptk("lint")
    shards = list((tmp_path / ".ptk_cache").glob("lint-*/*.json"))
    stored = [json.loads(shard.read_text(encoding="utf-8")) for shard in shards]
    assert any('{"int": "123456789012345678901234567891"}' in json.dumps(s) for s in stored)
    assert "123456789012345678901234567891" in ptk("lint").out


def test_the_cycle_collector_runs_again_after_a_lint(ptk: Runner, write: Write) -> None:
    """ptk pauses Python's cycle collector during a run, never for its caller."""
    write("a.yaml", minimal("a"))
    assert gc.isenabled()
    ptk("lint")
    assert gc.isenabled()
