"""Rule documentation: read from each rule's docstring (English) and the catalogue (French).

A rule's docstring holds its English summary (first line), why it matters and
which guide says so, then a ``Passing::`` and a ``Failing::`` example.  The French
summary and text are ``rule.<id>.summary`` and ``rule.<id>.doc`` in the French
catalogue.  Tests run every example through the engine, so the documentation
cannot drift from what the rule does.
"""

from __future__ import annotations

import difflib
import re
import textwrap
from dataclasses import dataclass

from ptk import i18n, levels
from ptk.lint.rule import Rule
from ptk.lint.rules import REGISTRY
from ptk.partnership import LEVELS
from ptk.problem import SEVERITIES


@dataclass(frozen=True)
class Examples:
    passing: str
    failing: str


def _parts(rule: Rule) -> tuple[str, str, Examples]:
    doc = textwrap.dedent(rule.__doc__ or "").strip()
    head, _, rest = doc.partition("\nPassing::\n")
    passing, _, failing = rest.partition("\nFailing::\n")
    summary, _, prose = head.partition("\n")
    return summary.strip(), prose.strip(), Examples(_block(passing), _block(failing))


def _block(text: str) -> str:
    return textwrap.dedent(text).strip("\n") + "\n"


def summary(rule: Rule, lang: str) -> str:
    """One line: what the rule flags."""
    if lang != "en":
        return i18n.message(lang, f"rule.{rule.ID}.summary")
    return _parts(rule)[0].replace("``", "`")


def prose(rule: Rule, lang: str) -> str:
    """Why it matters, and which guide says so (paragraphs unwrapped, code in single backticks)."""
    if lang != "en":
        return i18n.message(lang, f"rule.{rule.ID}.doc")
    paragraphs = _parts(rule)[1].split("\n\n")
    return "\n\n".join(" ".join(p.split()) for p in paragraphs).replace("``", "`")


def examples(rule: Rule) -> Examples:
    """The passing and failing YAML examples of the docstring."""
    return _parts(rule)[2]


EXAMPLE_BASE = {
    "ptk": "ptk: 1",
    "id": "id: example",
    "title": "title: Exemple",
    "level": "level: collaboration",
    "status": "status: active",
    "partners": "partners: [{id: colibris-creil, name: Colibris du Pays creillois},"
    " {id: emmaus-creil, name: Emmaüs Creil}]",
}
_IN_FILE = re.compile(r"#\s*in\s+partnerships/([a-z0-9-]+)\.yaml")


def complete_example(fragment: str) -> tuple[str, str]:
    """``(file name, text)``: an example's fields over a minimal partnership.

    Examples show only the fields that matter; the rest of the file is as in
    :data:`EXAMPLE_BASE`. A ``# in partnerships/NAME.yaml`` comment names the file.
    """
    named = _IN_FILE.search(fragment)
    stem = named.group(1) if named else "example"
    overridden = {
        line.split(":", 1)[0]
        for line in fragment.splitlines()
        if line and not line[0].isspace() and not line.startswith(("#", "-"))
    }
    base = [
        line.replace("id: example", f"id: {stem}")
        for key, line in EXAMPLE_BASE.items()
        if key not in overridden
    ]
    return f"{stem}.yaml", "\n".join(base) + "\n" + fragment


_ROUND_FILE = re.compile(r"#\s*in\s+(health/[a-z0-9-]+/[0-9a-z-]+\.yaml)")


def example_files(fragment: str) -> dict[str, str]:
    """``{relative path: text}``: an example's partnership, completed as in
    :func:`complete_example`, and the health-check rounds that follow it, each after a
    ``---`` line and named by a ``# in health/ID/DATE.yaml`` comment."""
    parts = re.split(r"(?m)^---\n", fragment)
    name, text = complete_example(parts[0])
    files = {f"partnerships/{name}": text}
    for index, part in enumerate(parts[1:]):
        named = _ROUND_FILE.search(part)
        files[named.group(1) if named else f"health/{name[:-5]}/{index}.yaml"] = part
    return files


def severity_text(rule: Rule, lang: str) -> str:
    """The default severity in words, level by level when it depends on the level."""
    _ = i18n.Messages(lang)
    severity = rule.SEVERITY
    if not callable(severity):
        return _(f"severity.{severity}")
    by_level = [
        _(
            "rules.labelled",
            label=levels.short_label(lang, level),
            value=_(f"severity.{s}") if s else _("severity.silent"),
        )
        for level in LEVELS
        for s in [severity(level)]
    ]
    return _("rules.semicolon").join(by_level)


def default_name(rule: Rule) -> str:
    """The highest default severity, as used in listings and SARIF."""
    severity = rule.SEVERITY
    if not callable(severity):
        return str(severity)
    found = {severity(level) for level in LEVELS}
    return next((s for s in SEVERITIES if s in found), "info")


def explain(rule: Rule, lang: str) -> str:
    """The full documentation of one rule, as ``ptk rules explain`` prints it."""
    _ = i18n.Messages(lang)
    found = examples(rule)
    options = ", ".join(f"{name} = {value}" for name, value in rule.OPTIONS.items())
    lines = [
        f"{rule.ID} — {summary(rule, lang)}",
        "",
        _("rules.labelled", label=_("rules.severity"), value=severity_text(rule, lang)),
    ]
    if callable(rule.SEVERITY):
        lines.append(_("rules.levels"))
    if options:
        lines.append(_("rules.labelled", label=_("rules.options"), value=options))
    lines += [
        "",
        textwrap.fill(prose(rule, lang), 88)
        if "\n\n" not in prose(rule, lang)
        else prose(rule, lang),
        "",
    ]
    lines += [
        _("rules.passing"),
        textwrap.indent(found.passing, "    "),
        _("rules.failing"),
        textwrap.indent(found.failing, "    "),
    ]
    return "\n".join(lines)


def listing(lang: str) -> str:
    """Every rule: id, default severity, one line."""
    _ = i18n.Messages(lang)
    width = max(len(rule_id) for rule_id in REGISTRY)
    rows = []
    for rule in REGISTRY.values():
        severity = _("severity." + default_name(rule)) + ("*" if callable(rule.SEVERITY) else "")
        rows.append(f"{rule.ID:<{width}}  {severity:<14} {summary(rule, lang)}")
    return "\n".join(rows) + "\n\n" + _("rules.by-level") + "\n" + _("rules.more") + "\n"


def suggest(rule_id: str) -> dict[str, str]:
    close = difflib.get_close_matches(rule_id, list(REGISTRY), n=1)
    return {"hint": f" (→ {close[0]}?)" if close else ""}
