"""The text reporter: one line per problem, colour only when asked (a terminal), a summary."""

from __future__ import annotations

import io

from ptk.problem import Problem, Report
from ptk.report.text import write

REPORT = Report(
    files=2,
    paths=["a.yaml", "b.yaml"],
    problems=[
        Problem(
            "a.yaml", 3, 1, "missing-vision", "error", "rule.missing-vision.message", {}, "/vision"
        ),
        Problem(
            "b.yaml",
            7,
            5,
            "no-celebration",
            "info",
            "rule.no-celebration.message",
            {},
            "/celebrations",
        ),
    ],
)


def test_plain_lines_and_summary() -> None:
    out = io.StringIO()
    write(REPORT, "en", out, color=False)
    assert out.getvalue().splitlines() == [
        "a.yaml:3:1: error missing-vision no shared vision: write what the partners want to achieve together (`vision`)",
        "b.yaml:7:5: info no-celebration no celebration planned: partnership is about relationships, take time to celebrate",
        "2 files checked: 1 error, 0 warnings, 1 note",
    ]


def test_colour_on_a_terminal() -> None:
    out = io.StringIO()
    write(REPORT, "fr", out, color=True)
    first = out.getvalue().splitlines()[0]
    assert "\033[1;31merreur\033[0m" in first and first.startswith("\033[2ma.yaml:3:1:\033[0m")
    assert "\033[" not in out.getvalue().splitlines()[-1]


def test_severity_words_are_translated_in_french_text_only() -> None:
    from ptk.report.json_report import as_data

    out = io.StringIO()
    write(REPORT, "fr", out, color=False)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("a.yaml:3:1: erreur missing-vision ")
    assert lines[1].startswith("b.yaml:7:5: remarque no-celebration ")
    assert lines[-1] == "2 fichiers vérifiés\u00a0: 1 erreur, 0 avertissement, 1 remarque"
    assert [p["severity"] for p in as_data(REPORT, "fr")["problems"]] == ["error", "info"]
