"""The file must be readable as UTF-8 text of a reasonable size.

A folder, a missing file, a file larger than the limit (1 MiB unless
``max_file_size`` says otherwise in ``.ptk.yaml``) or a file saved in another
encoding than UTF-8 cannot be checked at all; ptk stops with exit code 2.

Passing::

    title: Fête des possibles

Failing::

    title: Fête des possibles  # saved as Latin-1 instead of UTF-8
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.lint.rule import Context
from ptk.partnership import Partnership
from ptk.problem import Finding

ID = "unreadable-file"
SEVERITY = "error"
OPTIONS: Mapping[str, Any] = {}
LOADER = True  # found while reading (ptk/document.py), not by check()


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    return iter(())
