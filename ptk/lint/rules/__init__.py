"""The rule catalogue: one module per rule, registered here by id."""

from __future__ import annotations

from ptk.lint.rule import Rule
from ptk.lint.rules import (
    duplicate_partner,
    id_mismatch,
    schema,
    unreadable_file,
    yaml_syntax,
)

_MODULES = (
    unreadable_file,
    yaml_syntax,
    schema,
    id_mismatch,
    duplicate_partner,
)

REGISTRY: dict[str, Rule] = {module.ID: module for module in _MODULES}

# The rules `ptk validate` runs: the file's format and integrity, not its quality.
VALIDATE_RULES = ("unreadable-file", "yaml-syntax", "schema", "id-mismatch", "duplicate-partner")
