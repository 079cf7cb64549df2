from __future__ import annotations

from .conftest import good, problems_of, severities


def _one_signature() -> dict:  # type: ignore[type-arg]
    data = good()
    data["signatures"] = data["signatures"][:1]
    return data


def test_fully_signed_passes() -> None:
    assert problems_of("unsigned-active", good()) == []


def test_partner_that_did_not_sign() -> None:
    [problem] = problems_of("unsigned-active", _one_signature())
    assert problem.pointer == "/partners/1"


def test_signature_without_date_does_not_count() -> None:
    data = good()
    del data["signatures"][1]["date"]
    assert [p.pointer for p in problems_of("unsigned-active", data)] == ["/partners/1"]


def test_not_yet_active_is_fine() -> None:
    assert problems_of("unsigned-active", {**_one_signature(), "status": "negotiating"}) == []


def test_levels() -> None:
    assert severities("unsigned-active", _one_signature()) == [
        None,
        None,
        "warning",
        "error",
        "error",
    ]
