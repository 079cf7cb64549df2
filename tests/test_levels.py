"""Levels read in each guide's words; the ids never change."""

from __future__ import annotations

from pathlib import Path

from ptk import levels
from ptk.lint import docs
from ptk.lint.rules import REGISTRY
from ptk.partnership import LEVELS


def test_belgian_words_for_the_two_levels_they_name_differently() -> None:
    assert levels.short_label("fr", "cooperation", "be") == "collaboration"
    assert levels.short_label("fr", "collaboration", "be") == "partenariat"
    assert levels.label("en", "collaboration", "be") == "partnership (carrying a project together)"


def test_other_jurisdictions_and_levels_keep_ptk_s_words() -> None:
    for level in LEVELS:
        assert levels.label("fr", level, "fr") == levels.label("fr", level)
        assert levels.label("en", level, "qc") == levels.label("en", level)
    assert levels.label("fr", "coordination", "be") == levels.label("fr", "coordination")
    assert levels.short_label("fr", "cooperation") == "coopération"


def test_guide_words_map_to_ids() -> None:
    assert levels.from_guide_words("  Partenariat ") == ("collaboration", "belgian")
    assert levels.from_guide_words("mener_des_projets_ensemble") == ("collaboration", "transition")
    assert levels.from_guide_words("partage d’information") == ("information_sharing", "transition")
    assert levels.from_guide_words("collaboration") is None


def test_every_level_dependent_rule_points_to_the_levels_page() -> None:
    for rule in REGISTRY.values():
        shown = "docs/levels.md" in docs.explain(rule, "fr").split("\n\n")[1]
        assert shown == callable(rule.SEVERITY), rule.ID


def test_levels_page_sets_every_level_side_by_side_in_both_languages() -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "levels.md").read_text(encoding="utf-8")
    english, _, french = page.partition("# Les niveaux de partenariat")
    for half in (english, french):
        for level in LEVELS:
            assert f"| `{level}` |" in half
    # the page quotes the Belgian words exactly as ptk prints them
    nbsp = "\u00a0"
    for level in ("cooperation", "collaboration"):
        assert f"«{nbsp}{levels.label('fr', level, 'be')}{nbsp}»" in french
