"""How ptk stops when it must: SIGTERM, a reader that went away, a bug in ptk."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

from ptk import exitcodes
from ptk.console import Console


class Terminated(BaseException):
    """SIGTERM: unwind like Ctrl-C, so that temporary folders are removed on the way out."""


def stop_on_sigterm() -> None:
    """On SIGTERM, end the conversions running and unwind (see :class:`Terminated`)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return

    def stop(signum: int, frame: Any) -> None:
        from ptk.documents import sandbox

        sandbox.stop_all()
        raise Terminated

    signal.signal(signal.SIGTERM, stop)


def silence_stdout() -> None:
    """The reader of our output has gone (``| head``): write nothing more."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def internal_error(console: Console) -> int:
    """A bug in ptk: say so plainly (the traceback only with ``PTK_DEBUG``)."""
    console.error("cli.internal-error")
    if os.environ.get("PTK_DEBUG"):
        import traceback

        traceback.print_exc(file=console.err)
    else:
        console.note("cli.internal-error.hint")
    return exitcodes.INTERNAL
