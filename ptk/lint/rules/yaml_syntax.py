"""The file must be readable YAML.

Reported by the loader before anything else runs: a missing colon or quote, a
tab used for indentation, the same key written twice (YAML would silently keep
only the last one), several documents in one file, an empty file, an alias that
expands into an enormous document, nesting too deep to be a partnership.

Passing::

    title: "Jardin partagé : saison 2"

Failing::

    title: Jardin partagé : saison 2
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context
from ptk.partnership import Partnership
from ptk.problem import Finding

ID = "yaml-syntax"
SEVERITY = "error"
OPTIONS: Mapping[str, Any] = {}
LOADER = True  # found while loading (ptk/document.py), not by check()


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    return iter(())
