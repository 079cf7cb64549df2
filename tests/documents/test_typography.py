"""Typography by language, on text already escaped for Markdown."""

from __future__ import annotations

import pytest

from ptk.documents.compose import escape
from ptk.documents.typography import NBSP, NNBSP, apply


def _fr(text: str) -> str:
    return apply(escape(text), "fr")


def _en(text: str) -> str:
    return apply(escape(text), "en")


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Objet : le jardin", f"Objet{NBSP}\\: le jardin"),
        ("Objet: le jardin", f"Objet{NBSP}\\: le jardin"),
        (
            "Vraiment ? Oui ! Non ; peut-être",
            f"Vraiment{NNBSP}\\? Oui{NNBSP}\\! Non{NNBSP}\\; peut\\-être",
        ),
        ("l'école", "l’école"),
        ('le "jardin"', f"le «{NBSP}jardin{NBSP}»"),
        ("« jardin »", f"«{NBSP}jardin{NBSP}»"),
        ("«jardin»", f"«{NBSP}jardin{NBSP}»"),
        ("1200 €", "1200\u00a0€"),
        ("1 200 €", f"1{NNBSP}200{NBSP}€"),
        ("12 000 000", f"12{NNBSP}000{NNBSP}000"),
        ("à 10:30 sur https://example.org", "à 10\\:30 sur https\\:\\/\\/example\\.org"),
        ("du 15 mars 2026 au 14 mars 2027", "du 15 mars 2026 au 14 mars 2027"),
    ],
)
def test_french(typed: str, printed: str) -> None:
    assert _fr(typed) == printed


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Purpose : the hub", "Purpose\\: the hub"),
        ("Really ? Yes !", "Really\\? Yes\\!"),
        ("it's the 'hub'", "it’s the ‘hub’"),
        ('the "hub"', "the \u201chub\u201d"),
        ("« hub »", "\u201chub\u201d"),
    ],
)
def test_english(typed: str, printed: str) -> None:
    assert _en(typed) == printed


def test_babel_spaces_survive_escaping() -> None:
    assert _fr(f"1{NNBSP}200,00{NBSP}€") == f"1{NNBSP}200\\,00{NBSP}€"
