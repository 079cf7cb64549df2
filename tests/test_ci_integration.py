"""The pre-commit hook, with the real pre-commit tool, and the CI templates in docs/ci/."""

from __future__ import annotations

import os
import re
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
    installed = {path.name for path in (tmp_path / "cache").rglob("*.dist-info")}
    assert any(name.startswith("partnership_toolkit-") for name in installed), installed
    assert not any(name.startswith(("pypandoc", "typst")) for name in installed)  # lint only


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


def _bad_group(tmp_path: Path) -> Path:
    group = tmp_path / "group"
    (group / "partnerships").mkdir(parents=True)
    (group / "partnerships" / "jardin.yaml").write_text(
        minimal("jardin", "collaboration"), encoding="utf-8"
    )
    return group


def _bash(script: str, cwd: Path, **variables: str) -> subprocess.CompletedProcess[str]:
    """A CI step's script, run by bash with ``ptk`` of this environment on the PATH."""
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    env = {**os.environ, "PATH": path, "LC_ALL": "C", **variables}
    return subprocess.run(
        ["bash", "-e", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def test_github_action_lints_with_annotations_and_its_inputs(tmp_path: Path) -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    steps = {step.get("name", step.get("uses", "")): step for step in action["runs"]["steps"]}
    install = steps["Install ptk"]["run"]
    assert '"partnership-toolkit==$PTK_VERSION"' in install and '"$PTK_SOURCE"' in install
    upload = steps["github/codeql-action/upload-sarif@v3"]
    assert upload["if"] == "always() && inputs.sarif == 'true'"
    assert upload["with"]["sarif_file"] == "ptk.sarif"

    group = _bad_group(tmp_path)
    lint = steps["ptk lint"]["run"]
    defaults = {name: str(spec["default"]) for name, spec in action["inputs"].items()}
    done = _bash(lint, group, PTK_PATHS=defaults["paths"], PTK_LANG="fr", PTK_STRICT="false")
    assert done.returncode == 1, done.stderr
    assert "::error file=partnerships/jardin.yaml,line=" in done.stdout
    assert "vision" in done.stdout

    sarif = steps["ptk lint (SARIF report)"]["run"]
    done = _bash(sarif, group, PTK_PATHS="partnerships/jardin.yaml", PTK_LANG="")
    assert done.returncode == 0, done.stderr
    assert '"version": "2.1.0"' in (group / "ptk.sarif").read_text()


def test_gitlab_component_declares_its_inputs_and_reports_junit(tmp_path: Path) -> None:
    path = REPO / "docs" / "ci" / "gitlab-component" / "templates" / "ptk-lint.yml"
    text = path.read_text()
    spec, jobs = yaml.safe_load_all(text)
    inputs = spec["spec"]["inputs"]
    used = set(re.findall(r"\$\[\[ inputs\.([\w-]+) \]\]", text))
    assert used == set(inputs)
    job = jobs["ptk-lint"]
    assert job["artifacts"]["reports"]["junit"] == "ptk-junit.xml"
    assert (
        'pip install -q "partnership-toolkit${PTK_VERSION:+==$PTK_VERSION}"' in job["before_script"]
    )

    group = _bad_group(tmp_path)
    variables = {
        "PTK_PATHS": str(inputs["paths"]["default"]),
        "PTK_LANG": "en",
        "PTK_STRICT": "false",
    }
    done = _bash("\n".join(job["script"]), group, **variables)
    assert done.returncode == 1, done.stderr
    junit = (group / "ptk-junit.xml").read_text()
    assert "<testsuites" in junit and "missing-vision" in junit
    assert '"version": "2.1.0"' in (group / "ptk.sarif").read_text()
