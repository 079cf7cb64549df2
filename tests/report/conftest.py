"""The reporters all run on one fixture with about twenty different problems."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from ..conftest import REPO, Result, Runner

FIXTURE = REPO / "tests" / "data" / "twenty-problems.yaml"
GOLDEN = Path(__file__).parent / "golden"

# (line, column, rule) of every problem in the fixture, in the order reporters print them
EXPECTED = [
    (3, 1, "missing-conflict-of-interest"),
    (3, 1, "missing-exit-clause"),
    (3, 1, "no-celebration"),
    (8, 1, "schema"),
    (11, 1, "missing-vision"),
    (18, 5, "single-person-approval"),
    (20, 5, "community-does-all-work"),
    (20, 5, "hierarchy-not-informed"),
    (20, 5, "missing-contact"),
    (20, 5, "partner-without-expectations"),
    (20, 5, "representative-cannot-decide"),
    (20, 5, "unsigned-active"),
    (26, 5, "objective-not-agreed-by-all"),
    (26, 5, "objective-without-indicator"),
    (30, 5, "volunteer-replaces-professional"),
    (35, 6, "unknown-partner"),
    (36, 1, "dangling-coordinator"),
    (37, 1, "missing-conflict-resolution"),
    (38, 40, "decision-delay-too-short"),
    (38, 64, "non-reciprocal-powers"),
    (43, 7, "milestone-overdue"),
    (44, 8, "dates-inconsistent"),
    (45, 1, "funds-without-holder"),
    (49, 37, "evaluation-overdue"),
    (52, 1, "tacit-renewal-without-evaluation"),
    (55, 22, "unused-suppression"),
]
PATH = "partnerships/twenty-problems.yaml"


@pytest.fixture
def lint_fixture(ptk: Runner, tmp_path: Path) -> Callable[[str, str], Result]:
    """``ptk lint`` on the fixture with ``--format`` and ``--lang``, today fixed."""
    (tmp_path / "partnerships").mkdir()
    shutil.copy(FIXTURE, tmp_path / PATH)

    def run(output_format: str, lang: str) -> Result:
        return ptk("lint", PATH, "--today", "2026-11-22", "--format", output_format, "--lang", lang)

    return run


def golden(name: str, actual: str) -> str:
    """The stored expected output ``name``; PTK_UPDATE_GOLDEN=1 rewrites it from ``actual``."""
    import os

    path = GOLDEN / name
    if os.environ.get("PTK_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    return path.read_text(encoding="utf-8")
