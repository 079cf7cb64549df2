"""Stopping cleanly: SIGTERM unwinds ptk like Ctrl-C (temporary folders are removed on
the way out) and ends the conversions still running."""

from __future__ import annotations

import sys
from typing import Any


class Terminated(BaseException):
    """SIGTERM: unwind like Ctrl-C, so that temporary folders are removed on the way out."""


def stop_on_sigterm() -> Any:
    """Turn SIGTERM into :class:`Terminated` while ptk runs; the handler it replaces."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None

    def stop(signum: int, frame: Any) -> None:
        convert = sys.modules.get("ptk.documents.convert")  # not loaded: nothing to stop
        if convert is not None:
            convert.stop_all()
        raise Terminated

    return signal.signal(signal.SIGTERM, stop)


def restore_sigterm(previous: Any) -> None:
    if previous is not None:
        import signal

        signal.signal(signal.SIGTERM, previous)
