from __future__ import annotations

from pathlib import Path

from ptk import document
from ptk.lint.engine import Engine

from .conftest import TODAY, good, problems_of, severities

IDENTITY = {
    "legal_form": "association loi 1901",
    "identifiers": {"rna": "W601000123"},
    "address": "1 rue de la Paix, 60100 Creil",
    "representative": {"name": "Karim Benali", "role": "président"},
}


def test_says_what_is_missing() -> None:
    data = good()
    data["partners"][1] = {**data["partners"][1], **IDENTITY, "address": None}
    data["partners"][1].pop("address")
    [problem] = problems_of("party-identity-incomplete", data)
    assert problem.pointer == "/partners/1"
    assert "il manque l’adresse" in problem.message("fr")


def test_warning_from_cooperation_up() -> None:
    data = good()
    data["partners"][1].pop("legal_form", None)
    assert severities("party-identity-incomplete", data) == [
        None,
        None,
        None,
        "warning",
        "warning",
    ]


def test_unincorporated_groups_are_not_asked() -> None:
    data = good()
    data["partners"][1] = {**data["partners"][1], **IDENTITY}
    assert data["partners"][0]["legal_entity"] is False
    assert problems_of("party-identity-incomplete", data) == []


def test_identity_may_come_from_the_organisation(tmp_path: Path) -> None:
    (tmp_path / "organisations").mkdir()
    (tmp_path / "organisations" / "emmaus.yaml").write_text(
        "ptk: 1\nid: emmaus\nname: Emmaüs\nlegal_form: association loi 1901\n"
        "identifiers: {rna: W601000123}\naddress: Creil\n"
        "representative: {name: Karim Benali, role: président}\n",
        encoding="utf-8",
    )
    text = (Path(__file__).resolve().parents[2] / "data" / "good.yaml").read_text()
    text = text.replace(
        "  - id: emmaus-creil\n", "  - id: emmaus-creil\n    organisation: emmaus\n"
    )
    path = tmp_path / "partnerships" / "good.yaml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    found = Engine(today=TODAY).check_document(document.load(path))
    assert [p for p in found if p.rule == "party-identity-incomplete"] == []
    path.write_text(text.replace("organisation: emmaus", "organisation: emmaus-creil"))
    found = Engine(today=TODAY).check_document(document.load(path))
    assert [p.rule for p in found if p.rule.endswith("organisation")] == ["unknown-organisation"]


def test_public_bodies_in_quebec_and_ontario_need_no_number() -> None:
    data = good(jurisdiction="qc")
    data["partners"][1] = {**data["partners"][1], **IDENTITY, "kind": "public_body"}
    data["partners"][1].pop("identifiers")
    assert problems_of("party-identity-incomplete", data) == []
    data["jurisdiction"] = "fr"
    [problem] = problems_of("party-identity-incomplete", data)
    assert "un identifiant" in problem.message("fr")
