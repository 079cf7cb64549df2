"""Every rule is documented, translated, and its documented examples behave as documented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ptk import document, i18n
from ptk.lint import docs
from ptk.lint.engine import Engine
from ptk.lint.rules import REGISTRY

TODAY = date(2026, 11, 22)
LOADER_RULES = [rule_id for rule_id, rule in REGISTRY.items() if getattr(rule, "LOADER", False)]
# changed-since-signature needs a git repository: its own test runs its examples in one
CHECKED_RULES = [
    rule_id
    for rule_id, rule in REGISTRY.items()
    if rule_id not in ("unreadable-file", "yaml-syntax")
    and not getattr(rule, "NEEDS_HISTORY", False)
]


def _rules_found(fragment: str, folder: Path) -> set[str]:
    """The rules that flag an example, written out with its health-check rounds, if any."""
    for name, text in docs.example_files(fragment).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    [partnership] = (folder / "partnerships").iterdir()
    doc = document.load(partnership)
    return {problem.rule for problem in Engine(today=TODAY).check_document(doc)}


@pytest.mark.parametrize("rule_id", CHECKED_RULES)
def test_failing_example_is_flagged(rule_id: str, tmp_path: Path) -> None:
    assert rule_id in _rules_found(docs.examples(REGISTRY[rule_id]).failing, tmp_path)


@pytest.mark.parametrize("rule_id", CHECKED_RULES)
def test_passing_example_is_not_flagged(rule_id: str, tmp_path: Path) -> None:
    assert rule_id not in _rules_found(docs.examples(REGISTRY[rule_id]).passing, tmp_path)


def test_yaml_syntax_examples() -> None:
    examples = docs.examples(REGISTRY["yaml-syntax"])
    document.parse(examples.passing)
    with pytest.raises(document.LoadError):
        document.parse(examples.failing)


def test_unreadable_file_examples(tmp_path: Path) -> None:
    examples = docs.examples(REGISTRY["unreadable-file"])
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(examples.passing, encoding="utf-8")
    bad.write_bytes(examples.failing.encode("latin-1"))
    assert document.read_text(good)
    with pytest.raises(document.LoadError) as caught:
        document.read_text(bad)
    assert caught.value.rule == "unreadable-file"


@pytest.mark.parametrize("rule_id", list(REGISTRY))
def test_every_rule_has_its_documentation(rule_id: str) -> None:
    rule = REGISTRY[rule_id]
    summary, prose = docs.summary(rule, "en"), docs.prose(rule, "en")
    assert (
        summary
        and prose
        and "Passing::" in (rule.__doc__ or "")
        and "Failing::" in (rule.__doc__ or "")
    )
    assert i18n.has("fr", f"rule.{rule_id}.summary") and i18n.has("fr", f"rule.{rule_id}.doc")
    assert rule_id == rule_id.lower() and " " not in rule_id


@pytest.mark.parametrize("rule_id", list(REGISTRY))
def test_every_rule_has_its_own_test_file(rule_id: str) -> None:
    module = rule_id.replace("-", "_")
    assert (Path(__file__).parent / "rules" / f"test_{module}.py").is_file()


def test_design_rule_ids_exist() -> None:
    design = {
        "schema",
        "yaml-syntax",
        "missing-vision",
        "missing-roles",
        "missing-evaluation",
        "unknown-partner",
        "objective-without-indicator",
        "missing-decision-process",
        "missing-conflict-resolution",
        "unbalanced-roles",
        "evaluation-overdue",
        "ended-but-active",
        "long-commitment",
        "missing-exit-clause",
        "unsigned-active",
        "funds-without-holder",
    }
    assert design <= set(REGISTRY)


def test_design_default_severities() -> None:
    def severities(rule_id: str) -> list[str | None]:
        rule = REGISTRY[rule_id]
        return [
            rule.SEVERITY(level) if callable(rule.SEVERITY) else rule.SEVERITY
            for level in (
                "information_sharing",
                "consultation",
                "coordination",
                "cooperation",
                "collaboration",
            )
        ]

    assert severities("missing-vision") == ["warning", "warning", "warning", "error", "error"]
    assert severities("missing-roles") == [None, "warning", "error", "error", "error"]
    assert severities("missing-evaluation") == [None, "warning", "error", "error", "error"]
    assert severities("missing-decision-process") == [None, None, "warning", "error", "error"]
    assert severities("unsigned-active") == [None, None, "warning", "error", "error"]
    assert severities("objective-without-indicator") == [None, None, None, "warning", "warning"]
    for rule_id in (
        "schema",
        "yaml-syntax",
        "unknown-partner",
        "ended-but-active",
        "funds-without-holder",
    ):
        assert set(severities(rule_id)) == {"error"}
    for rule_id in ("evaluation-overdue", "long-commitment"):
        assert set(severities(rule_id)) == {"warning"}


def test_about_thirty_rules() -> None:
    assert len(REGISTRY) >= 30


def test_explain_prints_documentation_and_examples_in_both_languages() -> None:
    english = docs.explain(REGISTRY["missing-vision"], "en")
    french = docs.explain(REGISTRY["missing-vision"], "fr")
    assert english.startswith("missing-vision — The partners have not written a shared vision.")
    assert "Transition guide" in english and "Flagged:" in english and 'vision: ""' in english
    assert french.startswith("missing-vision — les partenaires n’ont pas écrit de vision commune")
    assert "Gravité\u00a0: partage d’information\u00a0: avertissement" in french
    assert "Signalé\u00a0:" in french
    assert "docs/levels.md" in french and "docs/levels.md" in english


def test_explain_points_to_the_levels_only_for_level_dependent_rules() -> None:
    assert "docs/levels.md" not in docs.explain(REGISTRY["evaluation-overdue"], "en")
    english = docs.explain(REGISTRY["missing-roles"], "en")
    assert "information sharing: silent; consultation: warning" in english
    assert "information_sharing" not in english


@pytest.mark.parametrize("rule_id", CHECKED_RULES)
def test_examples_are_valid_files_users_can_copy(rule_id: str, tmp_path: Path) -> None:
    examples = docs.examples(REGISTRY[rule_id])
    broken_on_purpose = {"schema", "level-words"}  # their failing example breaks the format
    fragments = [examples.passing] + ([] if rule_id in broken_on_purpose else [examples.failing])
    for number, fragment in enumerate(fragments):
        assert "schema" not in _rules_found(fragment, tmp_path / str(number)), fragment
