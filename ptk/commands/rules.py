"""``ptk rules``: the catalogue of rules; ``ptk rules explain ID``: one rule's documentation."""

from __future__ import annotations

import argparse

from ptk import exitcodes, i18n
from ptk.console import Console
from ptk.errors import UsageError
from ptk.lint import docs
from ptk.lint.rules import REGISTRY


def run(args: argparse.Namespace, console: Console) -> int:
    console.lang = i18n.resolve_lang(args.lang, None if args.lang else console.lang)
    if args.action == "explain":
        if not args.rule:
            raise UsageError("rules.explain-which")
        if args.rule not in REGISTRY:
            raise UsageError("rules.unknown", rule=args.rule, **docs.suggest(args.rule))
        console.out.write(docs.explain(REGISTRY[args.rule], console.lang))
        return exitcodes.OK
    console.out.write(docs.listing(console.lang))
    return exitcodes.OK
