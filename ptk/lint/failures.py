"""ptk failing on a file (a bug in ptk): said for that file, while the others go on."""

from __future__ import annotations

from ptk.problem import CRASHED, Problem


class RuleCrashed(Exception):
    """A rule failed on a file that follows the schema: a bug in ptk."""

    def __init__(self, rule: str, path: str) -> None:
        super().__init__(rule, path)  # both in args: it crosses process boundaries
        self.rule = rule
        self.path = path


def crash_problem(display: str, error: BaseException) -> Problem:
    """The problem that ptk failing on a file is; the traceback rides along for PTK_DEBUG."""
    import traceback

    details = "".join(traceback.format_exception(error))
    if isinstance(error, RuleCrashed):
        args = {"rule": error.rule, "traceback": details}
        return Problem(display, 1, 1, CRASHED, "error", "lint.internal-error.rule", args)
    return Problem(display, 1, 1, CRASHED, "error", "lint.internal-error", {"traceback": details})
