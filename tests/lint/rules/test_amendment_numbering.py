from __future__ import annotations

from .conftest import good, problems_of


def _amendments(*items: tuple[object, str]) -> list[dict[str, object]]:
    return [{"number": number, "date": day, "summary": "x"} for number, day in items]


def test_in_order_passes() -> None:
    data = good(amendments=_amendments((1, "2026-11-30"), (2, "2027-02-01")))
    assert problems_of("amendment-numbering", data) == []


def test_gap_and_repeat_are_errors() -> None:
    data = good(amendments=_amendments((1, "2026-11-30"), (1, "2027-01-01"), (4, "2027-02-01")))
    found = problems_of("amendment-numbering", data)
    assert [p.pointer for p in found] == ["/amendments/1/number", "/amendments/2/number"]
    assert found[0].severity == "error"
    assert (
        found[0].message("fr").startswith("cet avenant porte le numéro 1 alors que c’est le n° 2")
    )


def test_dates_must_increase() -> None:
    data = good(amendments=_amendments((1, "2026-11-30"), (2, "2026-11-30")))
    [problem] = problems_of("amendment-numbering", data)
    assert problem.pointer == "/amendments/1/date"
    assert "30 novembre 2026" in problem.message("fr")
