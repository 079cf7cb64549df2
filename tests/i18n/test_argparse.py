"""argparse's own words never leak English into French help and errors."""

from __future__ import annotations

import argparse
import inspect
import re

from ptk import i18n

from ..conftest import Runner

# errors only a programmer building the parser can meet, never a user typing a command
DEVELOPER_ONLY = {
    "invalid conflict_resolution value: %r",
    "conflicting subparser alias: %s",
    "'required' is an invalid argument for positionals",
    "conflicting subparser: %s",
    "cannot merge actions - two groups are named %r",
    "cannot have multiple subparser arguments",
    'argument "-" with mode %r',
    "%r is not callable",
    "dest= is required for options like %r",
    "mutually exclusive arguments must be optional",
    ".__call__() not defined",
}
SAME_IN_FRENCH = {"options"}


def _argparse_messages() -> set[str]:
    source = inspect.getsource(argparse)
    found = re.findall(r"_\('((?:[^'\\]|\\.)*)'\)", source)
    found += re.findall(r'_\("((?:[^"\\]|\\.)*)"\)', source)
    return {text.encode().decode("unicode_escape") for text in found}


def test_every_argparse_message_a_user_can_meet_is_french() -> None:
    french = i18n.translations("fr")
    untranslated = [
        text
        for text in _argparse_messages() - DEVELOPER_ONLY
        if french.gettext(text) == text and text not in SAME_IN_FRENCH
    ]
    assert untranslated == []


def test_usage_errors_read_in_french(ptk: Runner) -> None:
    for argv in (["lint", "--format", "xml"], ["history"], ["nope"], ["render", "--to"]):
        err = ptk("--lang", "fr", *argv).err
        assert "error" not in err and "invalid choice" not in err and "required" not in err
        assert "erreur" in err
