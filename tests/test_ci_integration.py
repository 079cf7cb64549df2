"""The pre-commit hook, with the real pre-commit tool, and the CI templates in docs/ci/."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import REPO, minimal

IGNORED = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    ".ptk_cache",
    "*.mo",
)


def _git(cwd: Path, *argv: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    return subprocess.run(
        ["git", *argv], cwd=cwd, env=env, check=True, capture_output=True, text=True
    ).stdout.strip()


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """This working tree, committed in a repository pre-commit can install the hook from."""
    path = tmp_path_factory.mktemp("hooks") / "ptk"
    shutil.copytree(REPO, path, ignore=IGNORED)
    _git(path, "init", "-q")
    _git(path, "add", "-A")
    _git(path, "commit", "-q", "-m", "ptk")
    return path, _git(path, "rev-parse", "HEAD")


def test_pre_commit_hook_fails_on_a_bad_partnership_and_passes_on_a_good_one(
    hook_repo: tuple[Path, str], tmp_path: Path
) -> None:
    hooks, rev = hook_repo
    group = tmp_path / "group"
    (group / "partnerships").mkdir(parents=True)
    _git(group, "init", "-q")
    (group / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n      - id: ptk-lint\n"
    )
    bad = group / "partnerships" / "jardin.yaml"
    bad.write_text(minimal("jardin", "collaboration"), encoding="utf-8")
    _git(group, "add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "LC_ALL": "C"}
    command = [sys.executable, "-m", "pre_commit", "run", "--all-files"]
    failed = subprocess.run(
        command, cwd=group, env=env, capture_output=True, text=True, check=False
    )
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "partnerships/jardin.yaml:" in failed.stdout and "missing-vision" in failed.stdout

    good = REPO / "tests" / "data" / "good.yaml"
    bad.unlink()
    shutil.copy(good, group / "partnerships" / "good.yaml")
    (group / ".ptk.yaml").write_text("today: 2026-11-22\n")
    _git(group, "add", "-A")
    passed = subprocess.run(
        command, cwd=group, env=env, capture_output=True, text=True, check=False
    )
    assert passed.returncode == 0, passed.stdout + passed.stderr


def test_hook_manifest() -> None:
    hooks = {
        hook["id"]: hook for hook in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    }
    assert hooks["ptk-lint"]["entry"] == "ptk lint"
    assert hooks["ptk-lint"]["files"] == r"^partnerships/.*\.ya?ml$"


def test_github_workflow_lints_and_uploads_sarif() -> None:
    workflow = yaml.safe_load((REPO / "docs" / "ci" / "github-actions.yml").read_text())
    steps = workflow["jobs"]["lint"]["steps"]
    runs = " ".join(step.get("run", "") for step in steps)
    assert "ptk lint --format github" in runs and "ptk lint --format sarif > ptk.sarif" in runs
    assert any(
        step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in steps
    )


def test_gitlab_job_reports_junit() -> None:
    job = yaml.safe_load((REPO / "docs" / "ci" / "gitlab-ci.yml").read_text())["ptk-lint"]
    assert "ptk lint --format junit > ptk-junit.xml" in job["script"]
    assert job["artifacts"]["reports"]["junit"] == "ptk-junit.xml"
