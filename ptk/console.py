"""Where a command writes, in which language, with or without colour."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Any, TextIO

from ptk import i18n
from ptk.safe import printable


@dataclass
class Console:
    """A command's output streams and language."""

    lang: str
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    def _(self, key: str, /, **args: Any) -> str:
        return i18n.message(self.lang, key, **args)

    def say(self, key: str, /, **args: Any) -> None:
        """A line on standard output."""
        self.out.write(self._(key, **args) + "\n")

    def note(self, key: str, /, **args: Any) -> None:
        """A line on standard error (progress, hints), out of the way of the results."""
        self.err.write(printable(self._(key, **args)) + "\n")

    def error(self, key: str, /, **args: Any) -> None:
        """``ptk: error: …`` on standard error."""
        self.err.write(printable(self._("cli.error.line", message=self._(key, **args))) + "\n")

    @property
    def color(self) -> bool:
        """Colour only on a terminal, and never when NO_COLOR is set."""
        return _is_tty(self.out) and "NO_COLOR" not in os.environ


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
