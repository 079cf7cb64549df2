"""Whatever the input, every report is valid in its format and shows no raw control
character: a value cannot colour the terminal nor forge a line of the report."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from ..conftest import REPO, Runner, minimal

FORGED = "x\x1b[31m\npartnerships/other.yaml:1:1: error schema all fine\x07\u202e"
SARIF_SCHEMA = json.loads((REPO / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())


@pytest.fixture
def hostile(tmp_path: Path, write: Callable[..., Path]) -> Path:
    text = minimal("hostile", "collaboration").replace(
        "title: Jardin partagé", f"title: {json.dumps(FORGED)}\ncoordinator: {json.dumps(FORGED)}"
    )
    write("hostile.yaml", text)
    raw_name = os.fsencode(str(tmp_path / "partnerships")) + b"/caf\xe9\x01.yaml"
    with open(raw_name, "wb") as out:
        out.write(b"ptk: 1\nid: [\n")
    return tmp_path


def test_text_shows_control_characters_escaped_one_finding_per_line(
    ptk: Runner, hostile: Path
) -> None:
    result = ptk("lint", "--no-cache")
    assert result.code == 1
    assert "\x1b" not in result.out and "\x07" not in result.out and "\u202e" not in result.out
    assert "\\x1b[31m\\x0apartnerships/other.yaml" in result.out
    assert not any(line.startswith("partnerships/other.yaml") for line in result.out.splitlines())
    assert "partnerships/caf\\xe9\\x01.yaml:3:1: error yaml-syntax" in result.out


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_reports_are_valid_utf8_json(ptk: Runner, hostile: Path, fmt: str) -> None:
    result = ptk("lint", "--format", fmt, "--no-cache")
    result.out.encode("utf-8")  # no lone surrogate from the file name
    data = json.loads(result.out)
    if fmt == "sarif":
        jsonschema.validate(data, SARIF_SCHEMA)
        uris = [
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in data["runs"][0]["results"]
        ]
    else:
        uris = [p["path"] for p in data["problems"]]
    assert "partnerships/caf\\xe9\\x01.yaml" in uris


def test_junit_is_well_formed_xml(ptk: Runner, hostile: Path) -> None:
    result = ptk("lint", "--format", "junit", "--no-cache")
    names = [case.get("name") for case in ET.fromstring(result.out).iter("testcase")]
    assert "partnerships/caf\\xe9\\x01.yaml" in names


def test_github_annotations_stay_one_per_line(ptk: Runner, hostile: Path) -> None:
    lines = ptk("lint", "--format", "github", "--no-cache").out.splitlines()
    assert all(line.startswith("::") for line in lines[:-1])
    assert "\x1b" not in "".join(lines)
