"""The publishing templates in docs/ci/: they build the site on the main branch only, and
the command they run builds it where Pages looks for it."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import yaml

from ..conftest import REPO
from .conftest import build

CI = REPO / "docs" / "ci"


def _run_as_written(command: str, tmp_path: Path) -> Path:
    """Run the template's ``ptk site …`` line in a copy of the examples; the folder it wrote."""
    argv = shlex.split(command)
    assert argv[:2] == ["ptk", "site"]
    shutil.copytree(REPO / "partnerships", tmp_path / "partnerships")
    built = build(tmp_path, *argv[1:], "--today", "2026-11-22")
    assert built.code == 0, built.err
    return built.folder


def test_github_pages_workflow(tmp_path: Path) -> None:
    workflow = yaml.safe_load((CI / "github-pages.yml").read_text(encoding="utf-8"))
    assert workflow[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads `on` as true
    assert workflow["permissions"]["pages"] == "write"
    steps = workflow["jobs"]["build"]["steps"]
    assert steps[0]["with"]["fetch-depth"] == 0
    command = next(step["run"] for step in steps if step.get("name") == "ptk site")
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    folder = _run_as_written(command, tmp_path)
    assert folder.name == upload["with"]["path"]
    assert (folder / "index.html").is_file() and (folder / "calendar.ics").is_file()
    deploy = workflow["jobs"]["deploy"]["steps"]
    assert deploy[0]["uses"].startswith("actions/deploy-pages")


def test_gitlab_pages_job(tmp_path: Path) -> None:
    job = yaml.safe_load((CI / "gitlab-pages.yml").read_text(encoding="utf-8"))["pages"]
    assert job["artifacts"]["paths"] == ["public"]
    assert job["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert job["variables"]["GIT_DEPTH"] == 0
    folder = _run_as_written(job["script"][0], tmp_path)
    assert folder.name == "public" and (folder / "network.html").is_file()
