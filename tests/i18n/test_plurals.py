"""Texts filled with a number say it in the singular or the plural, as the number asks
(« 1 jour », « 2 jours »; « tous les mois », « tous les 2 mois »), in both languages."""

from __future__ import annotations

import re

import pytest

from ptk import i18n

NB = "\u00a0"

# key, the arguments, what 1 and 2 read in French, then in English
COUNTED = [
    ("doc.days", {"days": 0}, ("1 jour", "2 jours"), ("1 day", "2 days")),
    (
        "doc.every-months",
        {"months": 0},
        ("tous les mois", "tous les 2 mois"),
        ("every month", "every 2 months"),
    ),
    (
        "doc.members-per-partner",
        {"count": 0},
        ("1 membre par partenaire", "2 membres par partenaire"),
        ("1 member per partner", "2 members per partner"),
    ),
    (
        "doc.health.round",
        {"count": 0, "date": "3 mai"},
        ("Bilan du 3 mai (1 réponse)", "Bilan du 3 mai (2 réponses)"),
        ("Round of 3 mai (1 response)", "Round of 3 mai (2 responses)"),
    ),
    (
        "calendar.notice.description",
        {"days": 0, "title": "Jardin", "end": "1er mai"},
        ("préavis de 1 jour avant", "préavis de 2 jours avant"),
        ("give 1 day’s notice", "give 2 days’ notice"),
    ),
    (
        "health.import.written",
        {"count": 0, "partners": 0, "path": "h.yaml"},
        (
            f"h.yaml{NB}: 1 réponse enregistrée, de 1 partenaire",
            f"h.yaml{NB}: 2 réponses enregistrées, de 2 partenaires",
        ),
        ("h.yaml: 1 response from 1 partner recorded", "h.yaml: 2 responses from 2 partners"),
    ),
    (
        "health.report.unread",
        {"count": 0, "folder": "health/j"},
        (
            "1 fichier de bilan de health/j n’a pas pu être lu et ne compte pas",
            "2 fichiers de bilan de health/j n’ont pas pu être lus et ne comptent pas",
        ),
        (
            "1 round file in health/j could not be read and does not count",
            "2 round files in health/j could not be read and do not count",
        ),
    ),
]


@pytest.mark.parametrize(("key", "args", "french", "english"), COUNTED, ids=lambda v: str(v))
def test_one_and_two_read_right(
    key: str, args: dict[str, object], french: tuple[str, str], english: tuple[str, str]
) -> None:
    counted = [name for name, value in args.items() if value == 0]
    for lang, expected in (("fr", french), ("en", english)):
        for number, text in zip((1, 2), expected, strict=True):
            shown = i18n.message(lang, key, **{**args, **dict.fromkeys(counted, number)})
            assert re.search(rf"(?<!\w){re.escape(text)}(?!\w)", shown), shown
            assert "|" not in shown and "{" not in shown
