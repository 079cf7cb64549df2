from __future__ import annotations

from .conftest import good, problems_of


def test_distinct_partners_pass() -> None:
    assert problems_of("duplicate-partner", good()) == []


def test_same_id_twice() -> None:
    data = good()
    data["partners"][1]["id"] = "colibris-creil"
    [problem] = problems_of("duplicate-partner", data)
    assert (problem.pointer, problem.severity) == ("/partners/1/id", "error")


def test_same_name_twice() -> None:
    data = good()
    data["partners"][1]["name"] = "  groupe local COLIBRIS du Pays creillois "
    [problem] = problems_of("duplicate-partner", data)
    assert problem.pointer == "/partners/1/name"
