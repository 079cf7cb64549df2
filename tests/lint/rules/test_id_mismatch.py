from __future__ import annotations

from .conftest import good, problems_of


def test_id_equal_to_file_name_passes() -> None:
    assert problems_of("id-mismatch", good()) == []


def test_id_different_from_file_name() -> None:
    [problem] = problems_of("id-mismatch", good(id="jardin-2025"))
    assert (problem.pointer, problem.severity) == ("/id", "error")
    assert (
        problem.message("en")
        == "the id `jardin-2025` differs from the file name `good`: rename one so they match"
    )
