from __future__ import annotations

from .conftest import good, problems_of, severities


def _enthusiast() -> dict:  # type: ignore[type-arg]
    data = good()
    data["partners"][0]["approval"] = {"date": "2026-03-02", "method": "individual", "by": "Claire"}
    return data


def test_body_consent_passes() -> None:
    assert problems_of("single-person-approval", good()) == []


def test_one_person_deciding() -> None:
    [problem] = problems_of("single-person-approval", _enthusiast())
    assert problem.pointer == "/partners/0/approval"
    assert problem.message("fr") == (
        "Groupe local Colibris du Pays creillois\u00a0: l’engagement a été décidé par "
        "une seule personne, pas par son instance de décision (cercle cœur)"
    )


def test_decided_by_someone_with_no_body() -> None:
    data = good()
    data["partners"][0]["approval"] = {"date": "2026-03-02", "by": "Claire"}
    assert len(problems_of("single-person-approval", data)) == 1


def test_levels() -> None:
    assert severities("single-person-approval", _enthusiast()) == [
        None,
        "warning",
        "warning",
        "warning",
        "warning",
    ]
