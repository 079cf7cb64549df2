"""The commented skeleton ``ptk new`` writes: what a partnership of a given level needs.

What is asked grows with the level, as the guides advise: an information-sharing
partnership gets a short file, a joint project the whole convention.  Comments
come from the catalogue, in the chosen language; lists start empty with a
commented example to copy.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from ptk.partnership import level_rank

Text = Callable[..., str]


@dataclass(frozen=True)
class NewPartner:
    id: str
    name: str


def scalar(value: str) -> str:
    """``value`` as a YAML 1.2 scalar on one line, quoted only when it must be
    (ruamel.yaml's emitter decides: ``Jardin partagé``, ``'Jardin : saison 2'``)."""
    from ruamel.yaml import YAML

    out = io.StringIO()
    emitter = YAML(typ="rt")
    emitter.width = 1_000_000
    emitter.dump({"k": " ".join(value.split())}, out)
    return out.getvalue()[len("k: ") :].rstrip("\n")


def skeleton(
    pid: str, title: str, level: str, partners: list[NewPartner], lang: str, _: Text
) -> str:
    """The file's text."""
    rank = level_rank(level)
    lines = _header(pid, title, level, lang, _)
    lines += _partners(partners, _)
    for minimum, section in _SECTIONS:
        if rank >= minimum:
            lines += ["", *section(partners, _)]
    return "\n".join(lines) + "\n"


def _comment(_: Text, key: str, indent: str = "") -> list[str]:
    return [f"{indent}# {line}".rstrip() for line in _(key).splitlines()]


def _header(pid: str, title: str, level: str, lang: str, _: Text) -> list[str]:
    return [
        *_comment(_, "new.header"),
        "",
        "ptk: 1",
        f"id: {pid}",
        f"title: {scalar(title)}",
        *_comment(_, "new.lang"),
        f"lang: {lang}",
        *_comment(_, "new.level"),
        f"level: {level}",
        *_comment(_, "new.nature"),
        "nature: operational",
        *_comment(_, "new.status"),
        "status: exploring",
        "",
        *_comment(_, "new.purpose"),
        'purpose: ""',
        *_comment(_, "new.vision"),
        'vision: ""',
        *_comment(_, "new.shared_values"),
        "shared_values: []",
    ]


def _partners(partners: list[NewPartner], _: Text) -> list[str]:
    lines = ["", *_comment(_, "new.partners"), "partners:"]
    for index, partner in enumerate(partners):

        def explain(key: str, first: bool = index == 0) -> list[str]:
            return _comment(_, key, "    ") if first else []

        lines += [
            f"  - id: {partner.id}",
            f"    name: {scalar(partner.name)}",
            *explain("new.partner.kind"),
            "    kind: association",
            *explain("new.partner.legal_entity"),
            "    legal_entity: true",
            *explain("new.partner.mission"),
            '    mission: ""',
            *explain("new.partner.expectations"),
            "    expectations: []",
            *explain("new.partner.constraints"),
            '    constraints: ""',
            *explain("new.partner.decision_body"),
            '    decision_body: ""',
            "    contact:",
            '      name: ""',
            "      # email: prenom.nom@example.org",
        ]
    return lines


def _roles(partners: list[NewPartner], _: Text) -> list[str]:
    lines = [*_comment(_, "new.roles"), "roles:"]
    for partner in partners:
        lines += [f"  - partner: {partner.id}", '    role: ""', "    responsibilities: []"]
    return lines


def _evaluation(partners: list[NewPartner], _: Text) -> list[str]:
    return [
        *_comment(_, "new.evaluation"),
        "evaluation:",
        '  method: ""',
        "  frequency_months: 6",
        "  # next_review: 2027-06-30",
    ]


def _define(partners: list[NewPartner], _: Text) -> list[str]:
    return [
        *_comment(_, "new.define"),
        'target_public: ""',
        "needs: []",
        f"#  - {{type: human, description: {_('new.example.need')}}}",
        *_comment(_, "new.coordinator"),
        f"# coordinator: {partners[0].id}",
    ]


def _agreement(partners: list[NewPartner], _: Text) -> list[str]:
    return [
        *_comment(_, "new.agreed_by"),
        "agreed_by:",
        "  vision: []",
        "  shared_values: []",
        *_comment(_, "new.strategic_fit"),
        'strategic_fit: ""',
    ]


def _objectives(partners: list[NewPartner], _: Text) -> list[str]:
    ids = ", ".join(partner.id for partner in partners)
    return [
        *_comment(_, "new.objectives"),
        "objectives: []",
        "#  - id: o1",
        f"#    statement: {_('new.example.objective')}",
        "#    indicators:",
        f"#      - {{name: {_('new.example.indicator')}, baseline: 0, target: 30,"
        " due: 2027-06-30}",
        f"#    agreed_by: [{ids}]",
    ]


def _governance(partners: list[NewPartner], _: Text) -> list[str]:
    return [
        *_comment(_, "new.governance"),
        "governance:",
        "  decision_making:",
        "    method: consent",
        *_comment(_, "new.response_delay", "    "),
        "    response_delay_days: 30",
        *_comment(_, "new.conflict_resolution", "  "),
        '  conflict_resolution: ""',
        "",
        *_comment(_, "new.schedule"),
        "schedule:",
        "  # start: 2027-01-15",
        "  # end: 2027-12-31",
        "  milestones: []",
        "",
        *_comment(_, "new.decisions"),
        "decisions: []",
    ]


def _commitments(partners: list[NewPartner], _: Text) -> list[str]:
    return [
        *_comment(_, "new.contributions"),
        "contributions: []",
        f"#  - {{partner: {partners[0].id}, type: volunteer_time,"
        f" description: {_('new.example.contribution')}}}",
        "",
        *_comment(_, "new.communication"),
        "communication:",
        '  internal: ""',
        '  public: ""',
        "",
        *_comment(_, "new.exit"),
        "exit:",
        "  notice_days: 60",
        '  conditions: ""',
        '  on_exit: ""',
        "",
        *_comment(_, "new.signatures"),
        "signatures: []",
        f"#  - {{partner: {partners[0].id}, name: ..., role: ..., date: 2027-01-15, place: ...}}",
    ]


def _project(partners: list[NewPartner], _: Text) -> list[str]:
    return [
        *_comment(_, "new.budget"),
        "# budget:",
        "#   currency: EUR",
        f"#   lines: [{{label: {_('new.example.budget')}, amount: 500,"
        f" funded_by: {partners[0].id}}}]",
        f"#   funds_management: {{holder: {partners[0].id},"
        f" reporting: {_('new.example.reporting')}}}",
        "",
        *_comment(_, "new.renewal"),
        "renewal:",
        "  mode: explicit",
        "  requires_evaluation: true",
        "",
        *_comment(_, "new.conflict_of_interest"),
        'conflict_of_interest: ""',
        "",
        *_comment(_, "new.celebrations"),
        "celebrations: []",
    ]


_SECTIONS = (
    (level_rank("consultation"), _roles),
    (level_rank("consultation"), _evaluation),
    (level_rank("coordination"), _define),
    (level_rank("cooperation"), _agreement),
    (level_rank("coordination"), _objectives),
    (level_rank("coordination"), _governance),
    (level_rank("cooperation"), _commitments),
    (level_rank("collaboration"), _project),
)
