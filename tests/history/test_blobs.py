"""Many blobs in one stream: the same bytes as reading them one by one."""

from __future__ import annotations

from pathlib import Path

from ptk.history.gitlog import Repository

from ..gitrepo import GitRepo


def test_blobs_in_one_stream_match_one_by_one(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    repo.commit("one", {"partnerships/a.yaml": "id: a\n", "partnerships/b.yaml": "id: b\n"})
    repo.commit("two", {"partnerships/a.yaml": "id: a\ntitle: « deux »\n"})
    ids = repo.git("rev-list", "--objects", "--all").split()
    blobs = [i for i in ids if len(i) == 40 and repo.git("cat-file", "-t", i) == "blob"]
    opened = Repository(repo.root)
    missing = "0123456789abcdef0123456789abcdef01234567"
    found = opened.blobs([*blobs, missing])
    assert sorted(found) == sorted(blobs)
    for blob in blobs:
        assert found[blob] == opened.blob(blob)
    assert "« deux »".encode() in b"".join(found.values())
