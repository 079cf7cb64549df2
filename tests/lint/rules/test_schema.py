from __future__ import annotations

from ptk.lint.config import Config, RuleSetting

from .conftest import good, lint, problems_of


def test_valid_file_passes() -> None:
    assert problems_of("schema", good()) == []


def test_each_violation_is_a_problem() -> None:
    problems = problems_of("schema", good(level="partenariat", vision=["x"]))
    assert sorted(p.pointer for p in problems) == ["/level", "/vision"]
    assert {p.severity for p in problems} == {"error"}


def test_rules_still_run_on_a_file_with_schema_errors() -> None:
    rules = {p.rule for p in lint(good(vision=["x"], roles=[]))}
    assert {"schema", "missing-roles"} <= rules


def test_schema_can_be_lowered_in_the_configuration() -> None:
    config = Config(rules={"schema": RuleSetting("warning")})
    assert {p.severity for p in lint(good(vision=["x"]), config=config) if p.rule == "schema"} == {
        "warning"
    }
