#!/usr/bin/env python3
"""Benchmark ``ptk site`` on 1,000 partnerships with a git history of a few hundred commits.

    python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/python bench/site.py

Builds (once, seeded) ``bench/corpus/site-<count>/``: the corpus of ``bench/generate.py``
(``partnerships/``), committed, then ``--commits`` more commits each editing a few files
the way groups do (an indicator's progress, the next review, a decision, a target — the
last one after the signature, so amendments are due). Then times ``ptk site`` with no
cache (the repository's ``git log`` read and every file's history walked), then again
with the cache of the ``git log`` kept, and ``ptk calendar``; peak memory is the whole
process's. Target: under a minute on two cores.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

BIN = Path(sys.executable).parent
TODAY = "2026-11-22"
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
EDITS = (
    (r"current: (\d+)", lambda m: f"current: {int(m[1]) + 1}"),
    (r"next_review: (\d{4})", lambda m: f"next_review: {int(m[1]) + 1}"),
    (r"target: (\d+)", lambda m: f"target: {int(m[1]) + 2}"),
    (r"(?m)^decisions:\n", lambda m: m[0] + "  - {date: 2026-10-01, decision: point d'étape}\n"),
)


def git(cwd: Path, *argv: str, day: str = "2026-01-01") -> None:
    env = {
        **ENV,
        "GIT_AUTHOR_NAME": "Bench",
        "GIT_AUTHOR_EMAIL": "bench@example.org",
        "GIT_COMMITTER_NAME": "Bench",
        "GIT_COMMITTER_EMAIL": "bench@example.org",
        "GIT_AUTHOR_DATE": f"{day}T12:00:00",
        "GIT_COMMITTER_DATE": f"{day}T12:00:00",
    }
    subprocess.run(["git", *argv], cwd=cwd, env=env, check=True, capture_output=True)


def corpus(count: int, commits: int, seed: int = 1) -> Path:
    root = ROOT / "bench" / "corpus" / f"site-{count}-{commits}"
    if (root / ".git").is_dir():
        return root
    shutil.rmtree(root, ignore_errors=True)
    generate(root / "partnerships", count, 0.2, seed)
    (root / ".ptk.yaml").write_text(f"today: {TODAY}\nlang: fr\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Les partenariats")
    rng = random.Random(seed)
    files = sorted((root / "partnerships").glob("*.yaml"))
    for number in range(commits):
        for path in rng.sample(files, rng.randint(1, 4)):
            text = path.read_text(encoding="utf-8")
            for pattern, replace in rng.sample(EDITS, len(EDITS)):  # the first that applies
                edited = re.sub(pattern, replace, text, count=1)
                if edited != text:
                    path.write_text(edited, encoding="utf-8")
                    break
        day = f"2026-{1 + number * 10 // commits:02d}-{1 + number % 28:02d}"
        git(root, "commit", "-q", "--allow-empty", "-am", f"Mise à jour {number + 1}", day=day)
    return root


def measure(argv: list[str], cwd: Path) -> tuple[float, float, int]:
    """Wall time, processor time (user + system) and peak memory (MiB) of a command."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({status})")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--commits", type=int, default=300)
    args = parser.parse_args()
    root = corpus(args.count, args.commits)
    ptk = str(BIN / "ptk")
    shutil.rmtree(root / ".ptk_cache", ignore_errors=True)
    shutil.rmtree(root / "site", ignore_errors=True)
    runs = [
        ("ptk site (no cache)", [ptk, "site", "partnerships", "-o", "site"]),
        ("ptk site (again)", [ptk, "site", "partnerships", "-o", "site"]),
        ("ptk calendar", [ptk, "calendar", "partnerships", "-o", "dates.ics", "--force"]),
    ]
    print(f"{args.count} partnerships, {args.commits + 1} commits, {os.cpu_count()} cores")
    print(f"  {'command':<24} {'seconds':>8} {'CPU s':>8} {'peak MiB':>9}")
    for name, argv in runs:
        seconds, cpu, peak = measure(argv, root)
        print(f"  {name:<24} {seconds:>8.2f} {cpu:>8.2f} {peak:>9}")
    pages = len(list((root / "site").rglob("*.html")))
    print(f"  {pages} pages written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
