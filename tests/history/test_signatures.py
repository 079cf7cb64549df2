"""Signatures and avenants on real repositories: dates come from the file, administrative
edits need no avenant, a signed avenant becomes what is in force."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..conftest import Runner
from ..gitrepo import GitRepo
from .conftest import GOOD

FILE = "partnerships/good.yaml"
AMENDMENT = """amendments:
  - number: 1
    date: 2026-11-30
    summary: Cible des ateliers relevée.
    signatures:
      - {partner: colibris-creil, name: Claire Dubois, role: membre du cercle cœur, date: 2026-11-28, place: Creil}
      - {partner: emmaus-creil, name: Karim Benali, role: responsable, date: 2026-11-30, place: Creil}
"""


@pytest.fixture
def signed(tmp_path: Path) -> GitRepo:
    """good.yaml signed on 2026-03-10 (as its signatures say), committed months later."""
    repo = GitRepo(tmp_path / "groupe")
    repo.commit("Convention signée", {FILE: GOOD}, day="2026-06-01")
    return repo


def status(ptk: Runner, repo: GitRepo) -> dict[str, object]:
    result = ptk("status", "--today", "2026-12-01", "--format", "json", cwd=repo.root)
    row: dict[str, object] = json.loads(result.out)["partnerships"][0]
    assert result.code == (1 if row["errors"] else 0), result.err  # like lint
    return row


def test_signing_dates_come_from_the_file_not_from_commits(ptk: Runner, signed: GitRepo) -> None:
    row = status(ptk, signed)
    head = signed.git("rev-parse", "HEAD")
    assert row["signed"] == {
        "rev": head,
        "date": "2026-03-10",
        "signed_on": "2026-03-10",
        "amendment": None,
    }
    assert row["unsigned_changes"] == 0
    table = ptk("status", "--today", "2026-12-01", "--lang", "fr", cwd=signed.root).out
    assert "signée le 10 mars 2026" in table.splitlines()[1]


def test_administrative_edits_leave_no_unsigned_change(ptk: Runner, signed: GitRepo) -> None:
    text = (
        GOOD.replace("03 44 00 00 00", "03 44 99 99 99")
        .replace("status: active", "status: under_review")
        .replace("current: 7,", "current: 11,")
    )
    text = text.replace(
        "    representative: {name: Karim Benali", "    representative: {name: Léa Martin"
    )
    assert text.count("Léa Martin") == 1 and "03 44 99 99 99" in text
    signed.commit("Nouveau téléphone, nouvelle responsable", {FILE: text}, day="2026-09-01")
    assert status(ptk, signed)["unsigned_changes"] == 0


def test_recording_a_signed_avenant_makes_it_the_signed_version(
    ptk: Runner, signed: GitRepo
) -> None:
    changed = GOOD.replace("target: 12", "target: 15")
    signed.commit("Cible relevée", {FILE: changed}, day="2026-10-01")
    assert status(ptk, signed)["unsigned_changes"] == 1
    recorded = changed + AMENDMENT
    head = signed.commit("Avenant n° 1 signé", {FILE: recorded}, day="2026-12-01")
    row = status(ptk, signed)
    assert row["signed"] == {
        "rev": head,
        "date": "2026-11-30",
        "signed_on": "2026-11-30",
        "amendment": 1,
    }
    assert row["unsigned_changes"] == 0
    assert GOOD.split("signatures:")[1] in recorded  # the convention's own signatures stay
    table = ptk("status", "--today", "2026-12-01", "--lang", "fr", cwd=signed.root).out
    assert "avenant n° 1 du 30 novembre 2026" in table


def test_an_avenant_not_yet_signed_by_all_leaves_the_convention_in_force(
    ptk: Runner, signed: GitRepo
) -> None:
    half = AMENDMENT.split("      - {partner: emmaus-creil")[0]
    signed.commit("Avenant en préparation", {FILE: GOOD + half}, day="2026-11-29")
    row = status(ptk, signed)
    assert row["signed"]["amendment"] is None  # type: ignore[index]
    assert row["signed"]["signed_on"] == "2026-03-10"  # type: ignore[index]
