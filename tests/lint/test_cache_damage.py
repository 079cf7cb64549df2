"""A damaged, tampered or raced cache is a miss: it never hides a problem nor crashes."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from ptk.files import partnership_files
from ptk.lint.cache import Cache
from ptk.lint.engine import Engine
from ptk.problem import Day, Problem, Term

from ..conftest import REPO, minimal

TODAY_FILES = 6


@pytest.fixture
def files(tmp_path: Path) -> list[tuple[Path, str]]:
    folder = tmp_path / "partnerships"
    folder.mkdir()
    for source in sorted((REPO / "partnerships").glob("*.yaml"))[:TODAY_FILES]:
        shutil.copy(source, folder / source.name)
    (folder / "bad.yaml").write_text(minimal("bad", "collaboration"), encoding="utf-8")
    return partnership_files([str(folder)])


def _run(folder: Path, files: list[tuple[Path, str]]) -> list[Problem]:
    return Engine(cache=Cache(folder, "k")).run(files).problems


def _shards(folder: Path) -> list[Path]:
    return sorted((folder / "lint-k").glob("*.json"))


def test_tampered_severities_are_a_miss(tmp_path: Path, files: list[tuple[Path, str]]) -> None:
    expected = _run(tmp_path / "c", files)
    assert any(p.severity == "error" for p in expected)
    for shard in _shards(tmp_path / "c"):
        data = json.loads(shard.read_text())
        for stored in data["entries"].values():
            for entry in stored:
                entry[3] = "fatal"  # an unknown severity must not read as clean
        shard.write_text(json.dumps(data))
    assert _run(tmp_path / "c", files) == expected


@pytest.mark.parametrize("damage", ["truncate", "wrong-shape", "huge"])
def test_damaged_shards_are_a_miss(
    tmp_path: Path, files: list[tuple[Path, str]], damage: str
) -> None:
    expected = _run(tmp_path / "c", files)
    for shard in _shards(tmp_path / "c"):
        text = shard.read_text()
        if damage == "truncate":
            shard.write_text(text[: len(text) // 2])
        elif damage == "wrong-shape":
            data = json.loads(text)
            data["entries"] = {key: [[1, 2, 3]] for key in data["entries"]}
            shard.write_text(json.dumps(data))
        else:  # a valid shard padded far beyond anything ptk writes
            data = json.loads(text)
            data["padding"] = "x" * (9 * 1024 * 1024)
            shard.write_text(json.dumps(data))
    started = time.perf_counter()
    assert _run(tmp_path / "c", files) == expected
    assert time.perf_counter() - started < 20


def test_message_arguments_come_back_as_they_went(tmp_path: Path) -> None:
    args = {"term": Term("level.cooperation"), "day": Day("2026-03-02"), "map": {"a": 1}}
    problem = Problem("x.yaml", 2, 3, "schema", "error", "schema.type", args, "/a")
    cache = Cache(tmp_path, "k")
    cache.put("ab" * 16, [problem])
    cache.save()
    [back] = Cache(tmp_path, "k").get("ab" * 16, "x.yaml") or []
    assert back.args == args
    assert type(back.args["term"]) is Term and type(back.args["day"]) is Day
    assert type(back.args["map"]) is dict


def test_results_are_stored_under_the_bytes_checked(tmp_path: Path) -> None:
    """The file changes between its hashing and its reading: the result of what was read
    must not be filed under the hash of what was there before."""
    folder = tmp_path / "partnerships"
    folder.mkdir()
    target = folder / "jardin.yaml"
    bad, good = minimal("jardin", "collaboration"), (REPO / "tests/data/good.yaml").read_text()
    good = good.replace(f"id: {_id(good)}", "id: jardin")
    target.write_text(bad)
    files = partnership_files([str(folder)])

    class Racing(Cache):
        def content_hash(self, path: Path, max_bytes: int) -> str:
            value = super().content_hash(path, max_bytes)
            target.write_text(good)  # someone saves the file right after it was hashed
            return value

    Engine(cache=Racing(tmp_path / "c", "k")).run(files)
    target.write_text(bad)
    os.utime(target, ns=(1, 1))  # an old time: the saved hash would be trusted if it matched
    again = Engine(cache=Cache(tmp_path / "c", "k")).run(files)
    assert any(p.rule == "missing-vision" for p in again.problems)


def _id(text: str) -> str:
    return next(
        line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("id:")
    )
