"""The one error type users see: a catalogue key and its arguments, ending the command
with exit code 2 (DESIGN §4).

Parts of ptk name their own kind of it (``HistoryError``, ``RenderError``…) so that a
caller may catch one kind; ``ptk.cli`` prints every kind the same way.
"""

from __future__ import annotations

from typing import Any


class UsageError(Exception):
    """The command cannot run as asked (exit code 2); ``key`` names the message."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
