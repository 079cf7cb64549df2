"""``.ptk.yaml``: found walking up, validated, applied by the engine."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ptk.lint.config import ConfigError, find_config, load_config, parse_size

from ..conftest import Runner, minimal

INCOMPLETE = minimal("jardin", "cooperation")  # no vision, roles, evaluation…


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / ".ptk.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_found_walking_up(tmp_path: Path) -> None:
    config = _config(tmp_path, "lang: fr\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == config
    assert find_config(deep / "file.yaml") == config


def test_rule_off_severity_and_options(tmp_path: Path) -> None:
    config = load_config(
        _config(
            tmp_path,
            (
                "rules:\n  missing-vision: off\n  missing-roles: warning\n"
                "  unbalanced-roles: {severity: error, share: 0.5}\n"
            ),
        )
    )
    from ptk.lint.rules import REGISTRY

    assert config.severity(REGISTRY["missing-vision"], "collaboration") is None
    assert config.severity(REGISTRY["missing-roles"], "collaboration") == "warning"
    assert config.severity(REGISTRY["unbalanced-roles"], "consultation") == "error"
    assert config.options(REGISTRY["unbalanced-roles"]) == {"share": 0.5, "minimum": 4}


def test_strict_preset_raises_each_severity(tmp_path: Path) -> None:
    from ptk.lint.rules import REGISTRY

    config = load_config(_config(tmp_path, "extends: strict\n"))
    assert config.severity(REGISTRY["missing-exit-clause"], "cooperation") == "error"
    assert config.severity(REGISTRY["no-celebration"], "cooperation") == "warning"
    assert config.severity(REGISTRY["missing-roles"], "information_sharing") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour: red\n", "unknown field `colour`"),
        ("rules:\n  missing-visoin: off\n", "unknown rule `missing-visoin`"),
        (
            "rules:\n  missing-vision: loud\n",
            "`rules.missing-vision` does not have the expected form",
        ),
        (
            "rules:\n  unbalanced-roles: {share: beaucoup}\n",
            "the option `share` of `unbalanced-roles` takes a value of the same type as its default (0.6)",
        ),
        (
            "rules:\n  missing-vision: {threshold: 2}\n",
            "the rule `missing-vision` has no option `threshold`",
        ),
        ("rules:\n  yaml-syntax: off\n", "the rule `yaml-syntax` cannot be configured"),
        ("today: 22/11/2026\n", "`today` must be a date written YYYY-MM-DD"),
        ("extends: relaxed\n", "`extends` must be one of: default, strict"),
        ("lang: fr\nlang: en\n", "the field `lang` is written twice"),
    ],
)
def test_bad_configuration_is_located(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(_config(tmp_path, text))
    problem = caught.value.problems[0]
    assert problem.path.endswith(".ptk.yaml") and problem.line >= 1
    assert problem.message("en").startswith(message)


def test_sizes() -> None:
    assert (parse_size(2048), parse_size("2MiB"), parse_size("512 KiB"), parse_size("10B")) == (
        2048,
        2 * 1024 * 1024,
        512 * 1024,
        10,
    )


def test_configuration_applies_through_the_command_line(
    ptk: Runner, write: Callable[..., Path], tmp_path: Path
) -> None:
    write("jardin.yaml", INCOMPLETE)
    assert ptk("lint", "--today", "2026-11-22").code == 1
    _config(
        tmp_path,
        "rules:\n  missing-vision: off\n  missing-roles: off\n  missing-evaluation: off\n"
        "  missing-decision-process: off\n  missing-contact: off\n  missing-exit-clause: off\n",
    )
    result = ptk("lint", "--today", "2026-11-22")
    assert result.code == 0, result.out
    assert "missing-vision" not in result.out


def test_bad_configuration_exits_2_with_its_position(
    ptk: Runner, write: Callable[..., Path], tmp_path: Path
) -> None:
    write("jardin.yaml", INCOMPLETE)
    _config(tmp_path, "lang: fr\nrules:\n  missing-visoin: off\n")
    result = ptk("lint")
    assert result.code == 2
    assert ".ptk.yaml:3:3: erreur config règle inconnue `missing-visoin`" in result.err


def test_today_from_the_configuration(
    ptk: Runner, write: Callable[..., Path], tmp_path: Path
) -> None:
    write(
        "jardin.yaml",
        minimal(
            "jardin",
            "consultation",
            "evaluation: {method: bilan, next_review: 2026-06-01}\nstatus: active\n",
        ).replace("status: exploring\n", ""),
    )
    _config(tmp_path, "today: 2026-05-01\n")
    assert "evaluation-overdue" not in ptk("lint").out
    _config(tmp_path, "today: 2026-07-01\n")
    assert "evaluation-overdue" in ptk("lint").out
    assert "evaluation-overdue" not in ptk("lint", "--today", "2026-05-01").out


def test_explicit_config_option(ptk: Runner, write: Callable[..., Path], tmp_path: Path) -> None:
    write("jardin.yaml", INCOMPLETE)
    other = tmp_path / "ci.yaml"
    other.write_text("lang: fr\n")
    assert "pas de vision commune" in ptk("lint", "--config", str(other)).out
