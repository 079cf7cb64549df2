"""``ptk new``: start a partnership file from a commented skeleton for its level."""

from __future__ import annotations

import argparse
import re

from ptk import document, exitcodes, i18n, schema
from ptk.console import Console
from ptk.documents.skeleton import NewPartner, skeleton
from ptk.errors import UsageError
from ptk.writing import write_file

_IDENTIFIER = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def run(args: argparse.Namespace, console: Console) -> int:
    lang = i18n.resolve_lang(args.lang, None if args.lang else console.lang)
    console.lang = lang
    _ = i18n.Messages(lang)
    pid = args.id
    if not _IDENTIFIER.fullmatch(pid):
        raise UsageError("new.bad-id", id=pid)
    partners = [_partner(value) for value in args.partner]
    if len({p.id for p in partners}) < len(partners):
        raise UsageError("new.same-partner-twice")
    for index in range(len(partners), 2):
        partners.append(
            NewPartner(
                f"partenaire-{'ab'[index]}" if lang == "fr" else f"partner-{'ab'[index]}",
                _(f"new.placeholder.partner{index + 1}"),
            )
        )
    text = skeleton(pid, args.title or _("new.placeholder.title"), args.level, partners, lang, _)
    _check(text)
    target = args.dir / f"{pid}.yaml"
    write_file(target, text, overwrite=False, exists_key="new.exists")
    console.say("new.written", path=target.as_posix())
    console.note("new.next", path=target.as_posix())
    return exitcodes.OK


def _partner(value: str) -> NewPartner:
    pid, colon, name = value.partition(":")
    pid, name = pid.strip(), name.strip()
    if not colon or not name or not _IDENTIFIER.fullmatch(pid):
        raise UsageError("new.bad-partner", value=value)
    return NewPartner(pid, name)


def _check(text: str) -> None:
    """The skeleton must itself be valid: a bug here must not reach a volunteer's file."""
    findings = schema.validate(document.parse(text).data)
    if findings:
        raise AssertionError(f"ptk new produced an invalid file: {findings}")
