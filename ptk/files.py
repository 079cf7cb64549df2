"""Which files a command works on."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ptk.errors import UsageError

__all__ = ["UsageError", "partnership_files"]

from ptk.safe import path_text

SUFFIXES = (".yaml", ".yml")
DEFAULT_FOLDER = "partnerships"


def partnership_files(arguments: Sequence[str]) -> list[tuple[Path, str]]:
    """``(path, display name)`` for each file named or found in a folder named.

    A path that does not exist is kept, so that it is reported like any other
    unreadable file.  A folder with no ``.yaml`` file in it is a usage error.
    """
    if not arguments:
        arguments = [default_folder()]
    found: list[tuple[Path, str]] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            inside = _yaml_files(path)
            if not inside:
                raise UsageError("files.none-in-folder", folder=argument)
            found.extend((file, path_text(file.as_posix())) for file in inside)
        else:
            found.append((path, path_text(path.as_posix())))
    return _unique(found) if len(arguments) > 1 else found  # one argument cannot repeat itself


def default_folder(start: Path | None = None) -> str:
    """``partnerships/`` of the repository the current folder is in — found from the
    nearest ``.ptk.yaml``, then the nearest git repository — as a path from here."""
    here = Path.cwd() if start is None else start
    if (here / DEFAULT_FOLDER).is_dir():
        return DEFAULT_FOLDER
    folders = (here, *here.parents)
    for marker in (".ptk.yaml", ".git"):
        root = next((folder for folder in folders if (folder / marker).exists()), None)
        if root is not None and (root / DEFAULT_FOLDER).is_dir():
            return os.path.relpath(root / DEFAULT_FOLDER, here)
    raise UsageError("files.no-default-folder", folder=DEFAULT_FOLDER)


def _yaml_files(folder: Path) -> list[Path]:
    """``.yaml`` and ``.yml`` files under ``folder``, hidden folders skipped, sorted."""
    found: list[str] = []
    for root, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(
            os.path.join(root, name)
            for name in names
            if name.endswith(SUFFIXES) and not name.startswith(".")
        )
    found.sort()
    return [Path(name) for name in found]


def _unique(found: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    seen: set[Path] = set()
    result = []
    for path, display in found:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            result.append((path, display))
    return result
