from __future__ import annotations

from pathlib import Path

import pytest

from ptk import document
from ptk.identifiers import bce_ok, neq_ok, rna_ok, siren_ok, siret_ok
from ptk.lint.engine import Engine

from .conftest import TODAY, good, problems_of


@pytest.mark.parametrize(
    ("check", "valid", "invalid"),
    [
        (siret_ok, "216 801 662 00018", "216 801 662 00019"),
        (siret_ok, "73282932000074", "7328293200007"),
        (siret_ok, "35600000000010", "35600000000011"),  # La Poste: digit sum a 5-multiple
        (siren_ok, "732 829 320", "732 829 321"),
        (rna_ok, "W601000123", "W60100012"),
        (bce_ok, "0403.170.701", "0403.170.702"),
        (bce_ok, "403170701", "12345"),
        (neq_ok, "1171234567", "117123456"),
    ],
)
def test_each_register_rule(check: object, valid: str, invalid: str) -> None:
    assert callable(check) and check(valid) and not check(invalid)


def test_partner_identifiers_are_checked() -> None:
    data = good()
    data["partners"][1]["identifiers"] = {"siret": "41234567800021", "rna": "W601000123"}
    [problem] = problems_of("invalid-identifier", data)
    assert problem.pointer == "/partners/1/identifiers/siret"
    assert problem.severity == "error"
    assert problem.message("fr") == (
        "le numéro SIRET «\u00a041234567800021\u00a0» n’est pas valide (format ou clé de contrôle)\u00a0:"
        " vérifiez-le sur le registre officiel"
    )


def test_a_wrong_siret_check_digit_in_an_organisation_file_is_reported_at_its_line(
    tmp_path: Path,
) -> None:
    path = tmp_path / "organisations" / "x.yaml"
    path.parent.mkdir()
    path.write_text(
        "ptk: 1\nid: x\nname: Commune de X\nidentifiers:\n  siret: '21680166200019'\n",
        encoding="utf-8",
    )
    problems = Engine(today=TODAY).check_document(document.load(path, "organisations/x.yaml"))
    assert [(p.rule, p.line, p.column) for p in problems] == [("invalid-identifier", 5, 3)]
