"""What the site leaves out unless ``--include-contacts``: people's names, e-mails and
phones — partners' contacts and representatives, signatories, commit authors.

The site is published more widely than the repository, so the default is to show
organisations, never the people behind them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ptk.document import split_pointer
from ptk.history.diff import Change
from ptk.partnership import Partnership
from ptk.problem import Problem

PRIVATE = frozenset({"contact", "representative", "email", "phone", "contacts"})
_SIGNER = frozenset({"name", "role"})


def is_private(pointer: str) -> bool:
    """Whether a field holds a person's details (``/partners/0/contact/email``, a
    signatory's ``name``).

    >>> is_private("/partners/colibris-creil/contact/name")
    True
    >>> is_private("/signatures/colibris-creil/date")
    False
    """
    parts = split_pointer(pointer)
    if PRIVATE.intersection(parts):
        return True
    return "signatures" in parts and parts[-1] in _SIGNER


def public_changes(changes: list[Change], data: Any) -> list[Change]:
    """``changes`` without people's details; a signature added or removed is named by
    its partner instead of its signatory."""
    kept = []
    for change in changes:
        if is_private(change.path):
            continue
        if change.item and "signatures" in split_pointer(change.path):
            change = _as_partner(change, data)
        kept.append(change)
    return kept


def _as_partner(change: Change, data: Any) -> Change:
    def named(value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        return {"name": Partnership(data).partner_name(value.get("partner"))}

    return dataclasses.replace(change, old=named(change.old), new=named(change.new))


def public_problems(problems: list[Problem]) -> list[Problem]:
    """Findings, less changes to people's details (their messages quote the values)."""
    return [
        problem
        for problem in problems
        if not (problem.rule == "changed-since-signature" and is_private(problem.pointer))
    ]


def public_partner(partner: dict[str, Any]) -> dict[str, Any]:
    """A partner (or organisation) without its contact and representative."""
    return {key: value for key, value in partner.items() if key not in PRIVATE}
