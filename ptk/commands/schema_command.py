"""``ptk schema``: the JSON Schema with titles and descriptions in one language.

The file in ``schemas/`` carries English titles and descriptions, and French ones
under ``x-fr``; editors show ``title`` and ``description``, so this command writes
a copy in the language the volunteers read.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from ptk import exitcodes, i18n
from ptk.console import Console
from ptk.resources import load_schema
from ptk.writing import write_file

TRANSLATED = ("title", "description")


def localized(schema: Any, lang: str) -> Any:
    """A copy of ``schema`` with ``title``/``description`` in ``lang`` and no ``x-fr``."""
    if isinstance(schema, list):
        return [localized(item, lang) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: localized(value, lang) for key, value in schema.items() if key != "x-fr"}
    if lang != "en" and isinstance(schema.get(f"x-{lang}"), dict):
        for key in TRANSLATED:
            if key in schema[f"x-{lang}"]:
                result[key] = schema[f"x-{lang}"][key]
    return result


def run(args: argparse.Namespace, console: Console) -> int:
    lang = i18n.resolve_lang(args.lang, None if args.lang else console.lang)
    text = json.dumps(localized(load_schema(args.which), lang), ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        console.out.write(text)
        return exitcodes.OK
    write_file(args.output, text, overwrite=args.force)
    console.note("schema.written", path=args.output.as_posix())
    return exitcodes.OK
