"""Git is read without quoting or silence: non-ASCII and odd file names keep their
history, a damaged repository is said, and a bad revision is a message."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import Runner
from ..gitrepo import GitRepo
from .conftest import SIGNATURES, UNSIGNED

NAME = "partnerships/café crème\tété.yaml"


@pytest.fixture
def signed_then_changed(tmp_path: Path) -> GitRepo:
    repo = GitRepo(tmp_path / "groupe")
    text = UNSIGNED.replace("id: good", "id: café crème\tété").replace(
        "status: negotiating", "status: active"
    )
    repo.commit("Signée", {NAME: text + SIGNATURES}, day="2026-03-10")
    repo.commit("Cible", {NAME: (text + SIGNATURES).replace("target: 12", "target: 14")})
    return repo


def test_a_non_ascii_name_keeps_its_history(ptk: Runner, signed_then_changed: GitRepo) -> None:
    root = signed_then_changed.root
    lint = ptk("lint", "--no-cache", "--today", "2026-11-22", NAME, cwd=root)
    assert "changed-since-signature" in lint.out, lint.out
    history = ptk("history", NAME, cwd=root)
    assert history.code == 0 and "target: 12 → 14" in history.out
    assert "changes from 12 to 14" in history.out
    diff = ptk("diff", NAME, "HEAD~1", "HEAD", cwd=root)
    assert diff.code == 0 and "12 → 14" in diff.out and "changes from 12 to 14" in diff.out


@pytest.mark.parametrize(
    "rev", ["0" * 40, "f" * 40, "nope", "HEAD~99", "HEAD:x", "HEAD:partnerships"]
)
def test_a_bad_revision_is_a_message(ptk: Runner, signed_then_changed: GitRepo, rev: str) -> None:
    for lang, words in (("en", "unknown revision"), ("fr", "révision inconnue")):
        result = ptk("diff", "--lang", lang, NAME, rev, cwd=signed_then_changed.root)
        assert result.code == 2, result.err
        assert words in result.err and "Traceback" not in result.err
    assert not (signed_then_changed.root / "x").exists()


def test_a_corrupt_object_is_said_not_hidden(ptk: Runner, signed_then_changed: GitRepo) -> None:
    root = signed_then_changed.root
    blob = signed_then_changed.git("rev-parse", f"HEAD~1:{NAME}")
    stored = root / ".git" / "objects" / blob[:2] / blob[2:]
    stored.chmod(0o644)
    stored.write_bytes(b"garbage")
    for lang, words in (("en", "git fsck"), ("fr", "git fsck")):
        lint = ptk("lint", "--no-cache", "--lang", lang, NAME, cwd=root)
        assert lint.code == 1
        [line] = [row for row in lint.out.splitlines() if "changed-since-signature" in row]
        assert words in line and blob[:12] in line
    history = ptk("history", NAME, cwd=root)
    assert history.code == 2 and "git fsck" in history.err


def test_values_cannot_drive_the_terminal(ptk: Runner, signed_then_changed: GitRepo) -> None:
    root = signed_then_changed.root
    path = root / NAME
    hostile = '"x\\x1b[31m\\npartnerships/other.yaml:1:1: error schema fine"'
    path.write_text(
        path.read_text(encoding="utf-8").replace("title: ", f"title: {hostile}\nx: ", 1)
    )
    signed_then_changed.commit("Titre", author="Eve\x1b[31m", day="2026-04-01")
    for argv in (["history", NAME], ["diff", NAME, "HEAD~1", "HEAD"], ["status"]):
        out = ptk(*argv, "--lang", "en", cwd=root).out
        assert "\x1b" not in out, argv
        assert not any(line.startswith("partnerships/other.yaml") for line in out.splitlines())
