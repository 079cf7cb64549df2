"""Where the built-in schemas and templates are.

In a wheel they sit inside the package (``ptk/schemas``, ``ptk/templates``); in a
source checkout they sit at the top of the repository, beside ``ptk/``.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The folder of built-in ``schemas`` or ``templates``."""
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


@functools.cache
def load_schema(name: str) -> dict[str, Any]:
    """A JSON Schema from ``schemas/`` (``partnership`` or ``config``)."""
    path = resource_dir("schemas") / f"{name}.schema.json"
    with path.open(encoding="utf-8") as source:
        schema: dict[str, Any] = json.load(source)
    return schema
