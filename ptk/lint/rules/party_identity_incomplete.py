"""A partner that signs as a legal person does not say who it is in law.

A convention is signed by legal persons. French, Belgian and Québec conventions
identify each party: its legal form, its official number (SIRET or RNA, BCE, NEQ),
its address, and the person who represents it (« représentée par …, en sa qualité de
… »). Without them a town hall's secretary will send the convention back. Write them
on the partner or, once for all its partnerships, in ``organisations/<id>.yaml``. In
Québec and Ontario a public body or a school board is named by the law that creates
it: no number is asked of it.

Passing::

    partners:
      - {id: colibris-creil, name: Colibris du Pays creillois, legal_entity: false}
      - id: emmaus-creil
        name: Emmaüs Creil
        legal_entity: true
        legal_form: association loi 1901
        identifiers: {rna: W601000123}
        address: 1 rue de la Paix, 60100 Creil
        representative: {name: Karim Benali, role: président}

Failing::

    partners:
      - {id: colibris-creil, name: Colibris du Pays creillois, legal_entity: false}
      - {id: emmaus-creil, name: Emmaüs Creil, legal_entity: true}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.document import join_pointer
from ptk.lint.rule import Context, by_level
from ptk.partnership import NOT_DECLINED, Partnership, is_blank
from ptk.problem import Finding, Term

ID = "party-identity-incomplete"
SEVERITY = by_level(warning="cooperation")
STATUSES = NOT_DECLINED
OPTIONS: Mapping[str, Any] = {}


_NAMED_BY_LAW = ("public_body", "school")  # in Québec and Ontario: no registry number


def missing(partner: Mapping[str, Any], jurisdiction: str = "fr") -> list[Term]:
    """What the partner's legal identity lacks."""
    representative = partner.get("representative")
    numbered = jurisdiction in ("fr", "be") or partner.get("kind") not in _NAMED_BY_LAW
    gaps = [
        ("legal_form", is_blank(partner.get("legal_form"))),
        ("identifier", numbered and is_blank(partner.get("identifiers"))),
        ("address", is_blank(partner.get("address"))),
        (
            "representative",
            not isinstance(representative, dict) or is_blank(representative.get("name")),
        ),
    ]
    return [Term(f"identity.{name}") for name, absent in gaps if absent]


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    for index, partner in partnership.records("partners"):
        if partner.get("legal_entity") is not True:
            continue
        gaps = missing(partner, _jurisdiction(partnership))
        if gaps:
            yield Finding(
                join_pointer("partners", index),
                "rule.party-identity-incomplete.message",
                {"partner": partnership.label(partner), "missing": gaps},
            )


def _jurisdiction(partnership: Partnership) -> str:
    """``jurisdiction`` as written, else from ``lang`` (en → on, else fr)."""
    value = partnership.get("jurisdiction")
    if value in ("fr", "be", "qc", "on"):
        return str(value)
    return "on" if partnership.get("lang") == "en" else "fr"
