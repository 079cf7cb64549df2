from __future__ import annotations

from pathlib import Path

from ptk import document
from ptk.lint.engine import Engine

from .conftest import TODAY, good, problems_of

PARTNERSHIP = """\
ptk: 1
id: jardin
title: Jardin
level: consultation
status: exploring
partners:
  - {id: colibris, name: Colibris, organisation: colibris-creil}
  - {id: mairie, name: Mairie, organisation: comune-creil}
"""


def _found(root: Path) -> list[str]:
    path = root / "partnerships" / "jardin.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PARTNERSHIP, encoding="utf-8")
    problems = Engine(today=TODAY).check_document(document.load(path))
    return [p.message("en") for p in problems if p.rule == "unknown-organisation"]


def test_organisations_beside_partnerships_are_known(tmp_path: Path) -> None:
    (tmp_path / "organisations").mkdir()
    for name in ("colibris-creil", "commune-creil"):
        (tmp_path / "organisations" / f"{name}.yaml").write_text(f"ptk: 1\nid: {name}\nname: X\n")
    assert _found(tmp_path) == [
        "no organisation `comune-creil` in organisations/ (→ `commune-creil`?)"
    ]


def test_without_an_organisations_folder_every_name_is_unknown(tmp_path: Path) -> None:
    assert len(_found(tmp_path)) == 2


def test_partners_without_organisation_pass() -> None:
    assert problems_of("unknown-organisation", good()) == []
