"""Opening an input file safely: a regular file, never a pipe or a device that would
hang or feed ptk forever, never a link that leads out of the repository."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

_MARKERS = (".git", ".ptk.yaml")


class Refused(Exception):
    """The path is not a file ptk reads; ``key`` names the message."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = args


def open_regular(path: Path) -> int:
    """A read-only descriptor of ``path``, which must be a regular file.

    Opening never blocks (a FIFO named ``*.yaml`` is refused, not waited on); the
    check is made on the open file, so a swap between check and read changes nothing.
    """
    if os.path.islink(path):
        _check_link(path)
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(mode):
            raise Refused("input.not-regular")
        os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def _check_link(path: Path) -> None:
    """A symbolic link may point anywhere inside its repository, nowhere outside it."""
    root = repository_root(Path(os.path.abspath(path)).parent)
    if root is None:
        return  # no repository around it: nothing to escape from
    target = Path(os.path.realpath(path))
    if not target.is_relative_to(root.resolve()):
        raise Refused("input.link-outside", target=target.as_posix())


def repository_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` holding ``.git`` or ``.ptk.yaml``."""
    for folder in (start, *start.parents):
        if any((folder / marker).exists() for marker in _MARKERS):
            return folder
    return None
