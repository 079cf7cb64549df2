"""``ptk schema``: a schema an editor can use, in French or English."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from ..conftest import Runner


def test_french_schema_for_editors(ptk: Runner) -> None:
    result = ptk("schema", "--lang", "fr")
    schema = json.loads(result.out)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["vision"]["title"] == "Vision commune"
    assert "x-fr" not in result.out


def test_english_schema(ptk: Runner) -> None:
    schema = json.loads(ptk("schema", "--lang", "en").out)
    assert schema["properties"]["vision"]["title"] == "Shared vision"
    assert schema["$defs"]["partner"]["properties"]["legal_entity"]["title"] == "Legal entity"


def test_config_schema(ptk: Runner) -> None:
    schema = json.loads(ptk("schema", "config", "--lang", "fr").out)
    assert schema["properties"]["today"]["title"] == "Aujourd’hui"


def test_output_file_is_not_overwritten_without_force(ptk: Runner, tmp_path: Path) -> None:
    target = tmp_path / ".vscode" / "partnership.schema.json"
    assert ptk("schema", "-o", str(target)).code == 0
    first = target.read_text()
    target.write_text("mine")
    assert ptk("schema", "-o", str(target)).code == 2
    assert target.read_text() == "mine"
    assert ptk("schema", "-o", str(target), "--force").code == 0
    assert target.read_text() == first
