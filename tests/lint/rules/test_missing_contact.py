from __future__ import annotations

from .conftest import LEVELS, good, problems_of


def test_complete_partnership_passes() -> None:
    assert problems_of("missing-contact", good()) == []


def test_contact_without_email_or_phone() -> None:
    data = good()
    data["partners"][1]["contact"] = {"name": "Karim Benali"}
    [problem] = problems_of("missing-contact", data)
    assert problem.pointer == "/partners/1"


def test_phone_is_enough() -> None:
    data = good()
    data["partners"][1]["contact"] = {"phone": "03 44 00 00 00"}
    assert problems_of("missing-contact", data) == []


def test_even_information_sharing_needs_someone_to_reach() -> None:
    data = good()
    del data["partners"][0]["contact"]
    assert [
        problems_of("missing-contact", {**data, "level": level})[0].severity for level in LEVELS
    ] == ["warning"] * 5
