"""The radar chart: deterministic SVG, readable in black and white, in the file's language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from ptk.health import questionnaire
from ptk.health.chart import Series, radar_svg
from ptk.health.evaluation import chart
from ptk.health.results import measure
from ptk.health.rounds import Response, Round
from ptk.partnership import Partnership

SVG = "{http://www.w3.org/2000/svg}"
LABELS = ["Vision partagée", "Confiance", "Pouvoir équitable", "Ancrage dans la communauté"]
SERIES = [
    Series("Tous", [3.5, 2.25, 3.0, 4.0]),
    Series("Colibris", [4.0, 3.0, 4.5, None]),
    Series("Mairie <de> Creil & co", [3.0, 1.5, 1.5, 4.0]),
]


def test_same_input_same_bytes() -> None:
    assert radar_svg(LABELS, SERIES, "Bilan") == radar_svg(LABELS, SERIES, "Bilan")


def test_valid_svg_with_escaped_labels_and_legend() -> None:
    root = ET.fromstring(radar_svg(LABELS, SERIES, "Bilan du 1er mars"))
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert "Mairie <de> Creil & co" in texts and "Vision partagée" in texts
    assert "Ancrage dansla communauté" in texts  # a long label on two lines (two tspans)
    assert root.find(f"{SVG}title").text == "Bilan du 1er mars"  # type: ignore[union-attr]


def test_series_differ_by_dash_and_marker_not_colour_alone() -> None:
    root = ET.fromstring(radar_svg(LABELS, SERIES))
    lines = [p for p in root.iter(f"{SVG}polygon") if p.get("stroke-width") in ("2.6", "1.8")]
    assert [p.get("stroke-dasharray") for p in lines] == [None, "7 4", "2 3"]
    markers = {child.tag.removeprefix(SVG) for child in root if child.tag != f"{SVG}text"}
    assert {"circle", "rect", "polygon", "line"} <= markers
    # the series with a missing answer has three points, not four
    assert len(lines[1].get("points", "").split()) == 3


def test_labels_in_the_partnerships_language() -> None:
    found = questionnaire.load(Path(__file__).parent / "data" / "questions.yaml")
    result = measure(
        Round(
            "jardin",
            date(2026, 3, 1),
            (
                Response("a", "", {"trust.1": 4, "shared-vision.1": 3, "fair-power.1": 2}),
                Response("b", "", {"trust.1": 2, "shared-vision.1": 3, "fair-power.1": 5}),
            ),
        )
    )
    partnership = Partnership(
        {"partners": [{"id": "a", "name": "Alpha"}, {"id": "b", "name": "Beta"}]}
    )
    english = chart(result, partnership, found, "en")
    french = chart(result, partnership, found, "fr")
    assert (
        "Shared vision" in english
        and "All partners" in english
        and "Health check of March 1, 2026" in english
    )
    assert (
        "Vision partagée" in french
        and "Tous les partenaires" in french
        and "Bilan de santé du 1er mars 2026" in french
    )
    assert english.index("Shared vision") < english.index("Trust") < english.index("Fair power")


def test_fewer_than_three_dimensions_draw_no_axes() -> None:
    root = ET.fromstring(radar_svg(["A", "B"], [Series("Tous", [3, 4])]))
    assert not [p for p in root.iter(f"{SVG}polygon")]
