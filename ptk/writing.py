"""Writing files safely: atomically, and never over an existing file unless asked."""

from __future__ import annotations

import os
from pathlib import Path

from ptk.errors import UsageError


def write_file(
    path: Path, content: str | bytes, overwrite: bool = False, exists_key: str = "write.exists"
) -> None:
    """Write ``content`` to ``path`` atomically (a reader never sees half a file).

    Without ``overwrite``, an existing file is left untouched and a
    :class:`UsageError` says so; the check and the write are one atomic step.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    folder = path.parent
    if not folder.is_dir():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UsageError(
                "write.cannot-create-folder",
                folder=folder.as_posix(),
                detail=error.strerror or str(error),
            ) from None
    if path.is_dir():
        raise UsageError("write.is-directory", path=path.as_posix())
    if _special(path):  # a link, a pipe, a device: never replaced, never written through
        raise UsageError("write.not-regular", path=path.as_posix())
    if path.exists() and not overwrite:
        raise UsageError(exists_key, path=path.as_posix())
    try:
        _write(path, data, overwrite)
    except FileExistsError:
        raise UsageError(exists_key, path=path.as_posix()) from None
    except OSError as error:
        raise UsageError(
            "write.failed", path=path.as_posix(), detail=error.strerror or str(error)
        ) from None


def _special(path: Path) -> bool:
    """Whether something other than a regular file (or nothing) is at ``path``."""
    import stat

    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode)


def _write(path: Path, data: bytes, overwrite: bool) -> None:
    import tempfile  # not at import: the linter's start-up stays short

    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        if overwrite:
            os.replace(temporary, path)
        else:
            _link(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def _link(temporary: str, path: Path) -> None:
    """Move into place only if nothing is there (a hard link fails if it exists)."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:  # no hard links on this file system
        if path.exists():
            raise FileExistsError(path) from None
        os.replace(temporary, path)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def replace_text(path: Path, text: str) -> None:
    """:func:`replace_bytes` with ``text`` in UTF-8."""
    replace_bytes(path, text.encode("utf-8"))


def replace_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically, for ptk's own cache files: no ``fsync``
    (a lost cache only costs time), the temporary file always cleaned up; ``OSError``
    is left to the caller."""
    import tempfile

    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
