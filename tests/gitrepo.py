"""Real temporary git repositories for history tests: commits with authors and dates."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


class GitRepo:
    """A git repository in a folder, committing files as given authors on given days."""

    def __init__(self, root: Path, init: bool = True) -> None:
        """A new repository at ``root`` (or, with ``init=False``, the one already there)."""
        self.root = root
        if init:
            root.mkdir(parents=True, exist_ok=True)
            self.git("init", "-q", "-b", "main")

    def git(self, *argv: str, author: str = "Claire Dubois", day: str = "2026-03-01") -> str:
        email = author.lower().replace(" ", ".") + "@example.org"
        env = {
            **os.environ,
            "GIT_AUTHOR_NAME": author,
            "GIT_AUTHOR_EMAIL": email,
            "GIT_COMMITTER_NAME": author,
            "GIT_COMMITTER_EMAIL": email,
            "GIT_AUTHOR_DATE": f"{day}T12:00:00",
            "GIT_COMMITTER_DATE": f"{day}T12:00:00",
        }
        done = subprocess.run(
            ["git", *argv], cwd=self.root, env=env, check=True, capture_output=True, text=True
        )
        return done.stdout.strip()

    def write(self, name: str, text: str) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def commit(
        self,
        message: str,
        files: dict[str, str] | None = None,
        author: str = "Claire Dubois",
        day: str = "2026-03-01",
    ) -> str:
        for name, text in (files or {}).items():
            self.write(name, text)
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message, author=author, day=day)
        return self.git("rev-parse", "HEAD")
