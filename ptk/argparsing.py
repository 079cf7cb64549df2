"""argparse speaking the user's language and writing to the console's streams."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ptk import i18n
from ptk.console import Console


class Parser(argparse.ArgumentParser):
    """argparse writing to the console's streams (so that tests and callers capture it)."""

    console: Console

    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            stream = self.console.err if file is sys.stderr else self.console.out
            stream.write(message)


class Formatter(argparse.HelpFormatter):
    """Descriptions wrapped to the terminal, epilogs (examples) kept as written."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30)

    def start_section(self, heading: str | None) -> None:
        """A heading with the language's colon (« options : » in French).  From Python 3.13
        argparse asks the catalogue for ``%(heading)s:`` itself; before, it adds a bare colon."""
        if heading and sys.version_info < (3, 13):
            colon = argparse._("%(heading)s:")  # type: ignore[attr-defined]
            heading = (colon % {"heading": heading}).removesuffix(":")
        super().start_section(heading)

    def add_text(self, text: str | None) -> None:
        if text and "\n" in text:  # an epilog of examples: keep its lines
            self._add_item(lambda: text + "\n", [])
        else:
            super().add_text(text)


def translate_argparse(lang: str) -> None:
    """argparse's own words ("usage:", "options", its errors) from our catalogues."""
    catalogue = i18n.translations(lang)
    argparse._ = catalogue.gettext  # type: ignore[attr-defined]
    argparse.ngettext = catalogue.ngettext  # type: ignore[attr-defined]


class Version(argparse.Action):
    """``--version``: ptk's version, then pandoc's and Typst's when they are installed
    (worked out only when asked: other commands do not pay for it)."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(
            option_strings, argparse.SUPPRESS, nargs=0, default=argparse.SUPPRESS, help=help
        )

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: Any, values: Any, option: Any = None
    ) -> None:
        from ptk import __version__
        from ptk.documents.convert import tool_versions

        tools = [f"{name} {version}" for name, version in tool_versions().items()]
        parser._print_message("\n".join([f"ptk {__version__}", *tools]) + "\n", sys.stdout)
        parser.exit()
