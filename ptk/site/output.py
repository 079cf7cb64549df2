"""The folder the site is written to, and only that folder.

ptk marks each folder it builds a site in with a small file (:data:`MARKER`) listing the
files it wrote. It writes into a folder that is missing, empty or marked; a folder with
other things in it is refused unless ``--force``. On a rebuild it removes only the files
its own previous build listed (a partnership that was deleted), never anything else,
and never outside the folder.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ptk.errors import UsageError

MARKER = ".ptk-site"
_HEADER = "# written by ptk site: the files below are rebuilt (and removed) by it\n"


class SiteFolder:
    """Writes files under ``folder``; :meth:`finish` removes the previous build's leftovers
    and writes the marker."""

    def __init__(self, folder: Path, force: bool = False) -> None:
        self.folder = folder
        self.written: set[str] = set()
        self.previous: set[str] = set()
        if folder.exists() and not folder.is_dir():
            raise UsageError("site.not-a-folder", folder=folder.as_posix())
        marker = folder / MARKER
        if marker.is_file():
            self.previous = _listed(marker.read_text(encoding="utf-8", errors="replace"))
        elif folder.is_dir() and any(folder.iterdir()) and not force:
            raise UsageError("site.folder-not-empty", folder=folder.as_posix())
        self.base = folder.resolve()

    def write(self, relative: str, data: bytes) -> None:
        """Write ``data`` at ``relative`` (``partnerships/x.html``), atomically; a file
        that already holds these bytes is left as it is."""
        path = self._inside(relative)
        if path is None:
            raise UsageError("site.outside", path=relative)
        self.written.add(relative)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_file() and not path.is_symlink() and path.read_bytes() == data:
                return
            _replace(path, data)
        except OSError as error:
            raise UsageError(
                "write.failed", path=path.as_posix(), detail=error.strerror or str(error)
            ) from None

    def finish(self) -> None:
        """Remove what the previous build wrote and this one did not; mark the folder."""
        for relative in sorted(self.previous - self.written):
            path = self._inside(relative)
            if path is not None and path.is_file() and not path.is_symlink():
                path.unlink()
        self.folder.mkdir(parents=True, exist_ok=True)
        listing = _HEADER + "".join(f"{name}\n" for name in sorted(self.written))
        _replace(self.folder / MARKER, listing.encode("utf-8"))

    def _inside(self, relative: str) -> Path | None:
        """``relative`` under the folder, or None if it would lead out of it (``..``, an
        absolute path, a link to elsewhere)."""
        if not relative or relative.startswith("/") or "\\" in relative:
            return None
        parts = relative.split("/")
        if any(part in ("", ".", "..") for part in parts) or relative == MARKER:
            return None
        path = self.folder.joinpath(*parts)
        parent = path.parent.resolve() if path.parent.exists() else None
        if parent is not None and not parent.is_relative_to(self.base):
            return None
        return path


def _listed(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


def _replace(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
