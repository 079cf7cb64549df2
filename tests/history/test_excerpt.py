"""A long text's change said by the passage that changed, a few words around it."""

from __future__ import annotations

from ptk.history.excerpt import Passage, is_long, passage, shorten

OLD = (
    "Les deux structures se sont rencontrées lors de la fête des possibles 2025. Le groupe"
    " local cherchait un lieu pour des ateliers de jardinage ouverts à tous."
)


def test_words_put_in_are_shown_from_the_new_text() -> None:
    new = OLD.replace("un lieu", "un lieu calme et ensoleillé")
    assert passage(OLD, new) == Passage("… un lieu calme et ensoleillé pour des…")


def test_words_taken_out_are_shown_from_the_old_text() -> None:
    new = OLD.replace(" lors de la fête des possibles 2025", "")
    assert passage(OLD, new) == Passage(
        "… sont rencontrées lors de la fête des possibles 2025. Le groupe…", removed=True
    )


def test_a_comma_after_a_word_does_not_make_it_another_word() -> None:
    new = OLD.replace("Le groupe local cherchait", "Le groupe local, très actif, cherchait")
    assert passage(OLD, new) == Passage("… groupe local, très actif, cherchait un…")


def test_a_passage_at_the_start_has_no_leading_ellipsis_and_is_at_most_twelve_words() -> None:
    new = "Tout a commencé en 2024 quand plusieurs voisins ont proposé un jardin. " + OLD
    found = passage(OLD, new)
    assert found.text.startswith("Tout a commencé") and found.text.endswith("…")
    assert len(found.text.rstrip("…").split()) == 12


def test_long_and_shorten() -> None:
    assert is_long(OLD) and not is_long("un lieu", 12, None)
    assert shorten(OLD) == (
        "Les deux structures se sont rencontrées lors de la fête des possibles 2025. Le…"
    )
    assert shorten("  un   lieu ") == "un lieu"
