"""``ptk templates init``: copy the built-in document templates out, to change them."""

from __future__ import annotations

import argparse

from ptk import exitcodes, i18n
from ptk.console import Console
from ptk.errors import UsageError
from ptk.resources import resource_dir
from ptk.writing import write_file


def run(args: argparse.Namespace, console: Console) -> int:
    console.lang = i18n.resolve_lang(args.lang, None if args.lang else console.lang)
    builtin = sorted(path for path in resource_dir("templates").iterdir() if path.is_file())
    if args.action == "list":
        for path in builtin:
            own = args.folder / path.name
            mark = console._("templates.own") if own.is_file() else console._("templates.builtin")
            console.out.write(f"{path.name:<24} {mark}\n")
        return exitcodes.OK
    existing = [path.name for path in builtin if (args.folder / path.name).exists()]
    if existing and not args.force:
        raise UsageError(
            "templates.exist", folder=args.folder.as_posix(), files=", ".join(existing)
        )
    for path in builtin:
        write_file(args.folder / path.name, path.read_bytes(), overwrite=args.force)
    console.say("templates.copied", count=len(builtin), folder=args.folder.as_posix())
    console.note("templates.next")
    return exitcodes.OK
