"""``ptk rules`` and ``ptk rules explain``."""

from __future__ import annotations

import re

from ptk.lint.rules import REGISTRY

from ..conftest import Runner


def test_list_every_rule_with_its_severity(ptk: Runner) -> None:
    result = ptk("rules")
    assert result.code == 0
    listed = [line.split()[0] for line in result.out.splitlines()[: len(REGISTRY)]]
    assert listed == list(REGISTRY)
    assert "missing-vision" in result.out and "error*" in result.out


def test_list_in_french(ptk: Runner) -> None:
    result = ptk("rules", "--lang", "fr")
    assert re.search(r"^missing-vision +erreur\* +les partenaires", result.out, re.M)
    assert "les partenaires n’ont pas écrit de vision commune" in result.out


def test_explain(ptk: Runner) -> None:
    result = ptk("rules", "explain", "unbalanced-roles", "--lang", "fr")
    assert result.code == 0
    assert result.out.startswith(
        "unbalanced-roles — un partenaire porte l’essentiel des responsabilités"
    )
    assert "Options\u00a0: share = 0.6, minimum = 4" in result.out
    assert "Conforme\u00a0:" in result.out and "Signalé\u00a0:" in result.out


def test_explain_unknown_rule_suggests(ptk: Runner) -> None:
    result = ptk("rules", "explain", "missing-visoin")
    assert result.code == 2
    assert "unknown rule `missing-visoin` (→ missing-vision?)" in result.err


def test_explain_without_rule(ptk: Runner) -> None:
    result = ptk("rules", "explain")
    assert result.code == 2 and "which rule?" in result.err
