"""The fast path (compiled validation, every core, cache) finds exactly what the slow path finds."""

from __future__ import annotations

import importlib.util
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from ptk.files import partnership_files
from ptk.lint.cache import Cache, context_key
from ptk.lint.engine import Engine
from ptk.problem import Problem

from ..conftest import REPO

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, str]]:
    """400 generated partnerships (half with a problem), 200 with four problems each
    (about ten findings), the hostile corpus, the test fixtures and the examples."""
    spec = importlib.util.spec_from_file_location("generate", REPO / "bench" / "generate.py")
    assert spec and spec.loader
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    folder = tmp_path_factory.mktemp("corpus")
    generate.generate(folder, 400, 0.5, 7)
    heavy = tmp_path_factory.mktemp("heavy")
    generate.generate(heavy, 200, 0.0, 8, per_file=4)
    hostile = tmp_path_factory.mktemp("hostile")
    for source in (REPO / "tests" / "hostile").glob("*.yaml"):
        shutil.copy(source, hostile / source.name)
    for source in [
        *(REPO / "partnerships").glob("*.yaml"),
        *(REPO / "tests" / "data").glob("*.yaml"),
    ]:
        shutil.copy(source, folder / source.name)
    (folder / "broken.yaml").write_text("title: [\n")
    return partnership_files([str(folder), str(heavy), str(hostile)])


def _everything(problems: list[Problem]) -> list[tuple[object, ...]]:
    return [
        (
            p.path,
            p.line,
            p.column,
            p.rule,
            p.severity,
            p.key,
            repr(sorted(p.args.items())),
            p.pointer,
            p.message("fr"),
        )
        for p in problems
    ]


def test_fast_and_slow_paths_agree(corpus: list[tuple[Path, str]]) -> None:
    slow = Engine(today=TODAY, fast=False).run(corpus)
    fast = Engine(today=TODAY).run(corpus)
    assert len(slow.problems) > 2400
    heavy = [p for p in slow.problems if "/heavy" in p.path]
    assert len(heavy) > 200 * 8 and {p.rule for p in heavy} >= {"schema"}
    assert {p.path.rpartition("/")[2] for p in slow.problems} >= {"nan.yaml", "huge-int.yaml"}
    assert {p.rule for p in slow.problems} >= {
        "schema",
        "yaml-syntax",
        "missing-vision",
        "unknown-partner",
    }
    assert _everything(fast.problems) == _everything(slow.problems)


def test_cached_results_are_the_same(corpus: list[tuple[Path, str]], tmp_path: Path) -> None:
    cold = Engine(today=TODAY, cache=Cache(tmp_path, "k")).run(corpus)
    warm = Engine(today=TODAY, cache=Cache(tmp_path, "k")).run(corpus)
    assert _everything(warm.problems) == _everything(cold.problems)
    assert (
        len(list((tmp_path / "lint-k").glob("*.json"))) > 100
        and (tmp_path / ".gitignore").is_file()
    )


def test_a_changed_file_is_checked_again(tmp_path: Path) -> None:
    folder = tmp_path / "partnerships"
    folder.mkdir()
    target = folder / "good.yaml"
    shutil.copy(REPO / "tests" / "data" / "good.yaml", target)
    files = partnership_files([str(folder)])
    assert Engine(today=TODAY, cache=Cache(tmp_path / "c", "k")).run(files).problems == []
    target.write_text(target.read_text().replace("status: active", "status: actif"))
    again = Engine(today=TODAY, cache=Cache(tmp_path / "c", "k")).run(files)
    assert [p.rule for p in again.problems] == ["schema"]


def test_context_changes_with_configuration_and_date() -> None:
    base = context_key([("default", 1024, []), None, TODAY.isoformat(), ""])
    assert base == context_key([("default", 1024, []), None, TODAY.isoformat(), ""])
    assert base != context_key([("strict", 1024, []), None, TODAY.isoformat(), ""])
    assert base != context_key([("default", 1024, []), None, "2026-11-23", ""])


def test_a_corrupt_cache_is_ignored(corpus: list[tuple[Path, str]], tmp_path: Path) -> None:
    (tmp_path / "lint-k").mkdir()
    for shard in range(256):
        (tmp_path / "lint-k" / f"{shard:02x}.json").write_text("{not json")
    report = Engine(today=TODAY, cache=Cache(tmp_path, "k")).run(corpus[:5])
    assert report.files == 5 and report.problems == Engine(today=TODAY).run(corpus[:5]).problems


def test_lint_uses_every_core_above_the_threshold(
    corpus: list[tuple[Path, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core")
    import concurrent.futures

    seen: list[int] = []
    original = concurrent.futures.ProcessPoolExecutor

    class Spy(original):  # type: ignore[misc,valid-type]
        def __init__(self, workers: int, **kwargs: object) -> None:
            seen.append(workers)
            super().__init__(workers, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Spy)
    report = Engine(today=TODAY).run(corpus)
    assert seen and seen[0] >= 2
    assert [p.path for p in report.problems] == sorted(p.path for p in report.problems)


def test_one_file_run_keeps_the_rest_of_the_cache(
    corpus: list[tuple[Path, str]], tmp_path: Path
) -> None:
    Engine(today=TODAY, cache=Cache(tmp_path, "k")).run(corpus)
    before = {p.name: p.read_bytes() for p in (tmp_path / "lint-k").glob("*.json")}
    Engine(today=TODAY, cache=Cache(tmp_path, "k")).run(corpus[:1])
    after = {p.name: p.read_bytes() for p in (tmp_path / "lint-k").glob("*.json")}
    assert after == before  # nothing new: nothing rewritten, nothing lost


def test_file_hashes_are_trusted_only_when_safely_old(tmp_path: Path) -> None:
    folder = tmp_path / "partnerships"
    folder.mkdir()
    target = folder / "good.yaml"
    target.write_text((REPO / "tests" / "data" / "good.yaml").read_text())
    files = partnership_files([str(folder)])

    def rules() -> list[str]:
        return [
            p.rule
            for p in Engine(today=TODAY, cache=Cache(tmp_path / "c", "k")).run(files).problems
        ]

    assert rules() == []
    stamp = target.stat().st_mtime_ns
    # same size, same time: an edit within the same tick, which only re-reading can see
    target.write_text(
        target.read_text().replace("status: active", "status: activo"), encoding="utf-8"
    )
    os.utime(target, ns=(stamp, stamp))
    assert rules() == ["schema"]
    old = stamp - 3600 * 10**9  # an hour ago: safely older than the last save
    os.utime(target, ns=(old, old))
    assert rules() == ["schema"]
    target.write_text(
        target.read_text().replace("status: activo", "status: active"), encoding="utf-8"
    )
    assert rules() == []  # a real edit changes the time: read again
