"""The hostile corpus (tests/hostile/) through every command, each run with a time limit:
no traceback, no hang, exit 1 or 2 naming each bad file, every report valid in its format."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from .conftest import REPO
from .gitrepo import GitRepo

CORPUS = REPO / "tests" / "hostile"
SARIF_SCHEMA = json.loads((REPO / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())
# hostile text in the shape of a complete, valid partnership: clean, and rendered
VALID_SHAPE = {
    "bidi",
    "control-characters",
    "long-word",
    "markup-injection",
    "raw-blocks",
    "template-injection",
}
# valid in format (``ptk validate`` accepts them), found by the rules (``ptk lint``)
FORMAT_VALID = {"bom-utf8", "crlf", "many-partners", "dangling-partner", "thousands"}
EXTRA = ("fifo.yaml", "too-big.yaml", "outside.yaml", "caf\\xe9.yaml")  # made at run time
LOCATED = re.compile(r"^(partnerships/\S+):(\d+):(\d+): ")


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> GitRepo:
    """The corpus committed in a git repository, then a few files git cannot hold."""
    repo = GitRepo(tmp_path_factory.mktemp("hostile") / "groupe")
    shutil.copytree(CORPUS, repo.root / "partnerships", ignore=shutil.ignore_patterns("*.md"))
    repo.commit("Corpus")
    folder = repo.root / "partnerships"
    os.mkfifo(folder / "fifo.yaml")
    (folder / "too-big.yaml").write_text("vision: " + "x" * (1024 * 1024 + 10) + "\n")
    outside = repo.root.parent / "secret.yaml"
    outside.write_text((CORPUS / "id-mismatch.yaml").read_text())
    (folder / "outside.yaml").symlink_to(outside)
    with open(os.fsencode(folder) + b"/caf\xe9.yaml", "wb") as out:
        out.write((CORPUS / "forged-line.yaml").read_bytes())
    return repo


def _names() -> list[str]:
    return sorted(path.name for path in CORPUS.glob("*.yaml"))


def ptk(*argv: str, cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "LC_ALL": "C.UTF-8", "PTK_RENDER_TIMEOUT": "60"}
    done = subprocess.run(
        [sys.executable, "-m", "ptk", *argv],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,  # a hang fails the test
    )
    assert "Traceback" not in done.stdout + done.stderr
    assert "unexpectedly" not in done.stderr and "internal-error" not in done.stdout
    return done


def test_the_corpus_covers_forty_kinds_of_trouble() -> None:
    assert len(_names()) >= 40


def _expected_named(validate: bool = False) -> set[str]:
    skipped = VALID_SHAPE | (FORMAT_VALID if validate else set())
    return {f"partnerships/{name}" for name in [*_names(), *EXTRA] if name[:-5] not in skipped}


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_text_reports_name_every_bad_file_at_line_and_column(repo: GitRepo, command: str) -> None:
    done = ptk(command, "--no-cache" if command == "lint" else "--lang=en", cwd=repo.root)
    assert done.returncode == 2  # unreadable files are among them
    lines = done.stdout.splitlines()
    named = {match[1] for line in lines[:-1] if (match := LOCATED.match(line))}
    assert named >= _expected_named(command == "validate")
    assert all(LOCATED.match(line) for line in lines[:-1]), "one finding per line"
    if command == "validate":  # hostile text in a valid shape is valid
        assert not any(name.endswith(tuple(f"/{v}.yaml" for v in VALID_SHAPE)) for name in named)


@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "junit"])
def test_every_format_is_valid_and_names_every_bad_file(repo: GitRepo, fmt: str) -> None:
    done = ptk("lint", "--no-cache", "--format", fmt, cwd=repo.root)
    assert done.returncode == 2
    if fmt == "json":
        named = {p["path"] for p in json.loads(done.stdout)["problems"]}
    elif fmt == "sarif":
        data = json.loads(done.stdout)
        jsonschema.validate(data, SARIF_SCHEMA)
        named = {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in data["runs"][0]["results"]
        }
    elif fmt == "junit":
        suites = ET.fromstring(done.stdout)
        named = {
            case.get("name", "")
            for case in suites.iter("testcase")
            if any(case.find(tag) is not None for tag in ("failure", "error", "system-out"))
        }
    else:
        lines = done.stdout.splitlines()
        assert all(line.startswith("::") for line in lines[:-1])
        named = {line.split("file=")[1].split(",")[0] for line in lines[:-1]}
    assert named >= _expected_named()


def test_status_lists_every_file(repo: GitRepo) -> None:
    done = ptk("status", "--format", "json", cwd=repo.root)
    assert done.returncode == 2
    rows = json.loads(done.stdout)["partnerships"]
    assert {row["path"] for row in rows} >= _expected_named()
    assert ptk("status", cwd=repo.root).returncode == 2


@pytest.mark.parametrize("name", _names())
def test_history_and_diff(repo: GitRepo, name: str) -> None:
    path = f"partnerships/{name}"
    for argv in (["history", path], ["diff", path], ["diff", path, "HEAD", "0" * 40]):
        done = ptk(*argv, cwd=repo.root, timeout=60)
        assert done.returncode in (0, 1, 2)
        if done.returncode:
            assert name in done.stderr or "0000000" in done.stderr


def test_render_every_format(repo: GitRepo, tmp_path: Path) -> None:
    out = tmp_path / "build"
    done = ptk(
        "render",
        "--all",
        "--to",
        "pdf,odt,docx,html,md",
        "-o",
        str(out),
        cwd=repo.root,
        timeout=900,
    )
    assert done.returncode in (1, 2)
    refused = {match[1] for line in done.stderr.splitlines() if (match := LOCATED.match(line))}
    assert refused >= _expected_named(validate=True)  # render checks the format only
    for stem in VALID_SHAPE:
        for target in ("pdf", "odt", "docx", "html", "md"):
            assert (out / f"{stem}-convention.{target}").stat().st_size > 0, (stem, target)
    html = (out / "markup-injection-convention.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html
    text = (out / "control-characters-convention.md").read_text(encoding="utf-8")
    assert "\x1b" not in text and "\x07" not in text
