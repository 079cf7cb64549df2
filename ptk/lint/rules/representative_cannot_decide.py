"""An institution takes part with nobody named who can decide for it.

The CDC de Laval advises involving "partners from the institutional milieu who can take
decisions and/or depart from the norms of their programmes", so that the project can
be innovative. A public body, school, company or foundation names its
``representative`` with the ``role`` that lets them commit it (or names its
``organisation``, whose file says who represents it).

Passing::

    partners:
      - {id: entraide, name: Entraide alimentaire, kind: association}
      - id: cisss
        name: CISSS de Laval
        kind: public_body
        representative: {name: Marie Tremblay, role: directrice de la santé publique}

Failing::

    partners:
      - {id: entraide, name: Entraide alimentaire, kind: association}
      - {id: cisss, name: CISSS de Laval, kind: public_body, contact: {name: Luc Roy}}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.kinds import is_institution
from ptk.lint.rule import Context, by_level, each_partner
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Finding

ID = "representative-cannot-decide"
SEVERITY = by_level(warning="cooperation", info="coordination")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    yield from each_partner(
        partnership,
        "rule.representative-cannot-decide.message",
        lambda partner: is_institution(partner) and not _can_decide(partner),
    )


def _can_decide(partner: dict[str, Any]) -> bool:
    if partner.get("organisation"):
        return True
    representative = partner.get("representative")
    return isinstance(representative, dict) and bool(
        representative.get("name") and representative.get("role")
    )
