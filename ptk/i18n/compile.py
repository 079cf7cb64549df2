"""Compile the gettext catalogues (``.po`` → ``.mo``).

Used by the wheel build (``hatch_build.py``) and, in a source checkout, on first
use when a ``.mo`` is missing or older than its ``.po``.  Only the standard
library and Babel are imported here, so the build can load this file by path.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

DOMAIN = "ptk"


def compile_po(po_path: Path) -> bytes:
    """Return the ``.mo`` bytes for one ``.po`` file."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as source:
        catalog = read_po(source, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def compile_all(locale_dir: Path) -> list[Path]:
    """Write ``<lang>/LC_MESSAGES/ptk.mo`` beside every ``ptk.po``; return them."""
    written = []
    for po_path in sorted(locale_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        mo_path = po_path.with_suffix(".mo")
        write_atomically(mo_path, compile_po(po_path))
        written.append(mo_path)
    return written


def write_atomically(path: Path, data: bytes) -> None:
    import tempfile

    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
