from __future__ import annotations

from .conftest import good, problems_of, severities


def test_complete_partnership_passes() -> None:
    assert problems_of("missing-vision", good()) == []


def test_blank_or_absent_vision_is_flagged_at_vision() -> None:
    for data in (good(vision="   "), good(vision=None)):
        [problem] = problems_of("missing-vision", data)
        assert problem.pointer == "/vision"


def test_error_from_cooperation_up_warning_below() -> None:
    assert severities("missing-vision", good(vision="")) == [
        "warning",
        "warning",
        "warning",
        "error",
        "error",
    ]


def test_declined_partnership_needs_no_vision() -> None:
    assert problems_of("missing-vision", good(vision="", status="declined")) == []


def test_sharing_information_is_told_one_sentence_is_enough() -> None:
    # the Transition guide: do not over-complicate an informal partnership
    [light] = problems_of("missing-vision", good(vision="", level="information_sharing"))
    [full] = problems_of("missing-vision", good(vision="", level="consultation"))
    assert light.key == "rule.missing-vision.one-sentence" and "une phrase suffit" in light.message(
        "fr"
    )
    assert full.key == "rule.missing-vision.message"
