"""Levels of partnership in each guide's words.

ptk's level ids follow the Transition guide and Himmelman's continuum; other guides use
the same words differently.  The Belgian guide calls « collaboration » what ptk calls
``cooperation`` (an association brings its stone to another's project) and
« partenariat » what ptk calls ``collaboration`` (several associations carry a project
together).  A partnership with ``jurisdiction: be`` reads its level in the Belgian
guide's words.  ``docs/levels.md`` sets the guides side by side.
"""

from __future__ import annotations

from ptk import i18n
from ptk.problem import Term

# jurisdiction → the levels it names in its own words (label.level-<jurisdiction>.<level>)
OWN_WORDS = {"be": ("cooperation", "collaboration")}

# a level written in a guide's words instead of ptk's id → (the id, the guide)
GUIDE_WORDS = {
    "partage d'information": ("information_sharing", "transition"),
    "partager l'information": ("information_sharing", "transition"),
    "networking": ("information_sharing", "himmelman"),
    "consulter": ("consultation", "transition"),
    "décider ensemble": ("coordination", "transition"),
    "réseautage": ("information_sharing", "himmelman"),
    "coordinating": ("information_sharing", "himmelman"),
    "aider": ("cooperation", "transition"),
    "soutenir": ("cooperation", "transition"),
    "cooperating": ("cooperation", "himmelman"),
    "mener des projets ensemble": ("collaboration", "transition"),
    "collaborating": ("collaboration", "himmelman"),
    "partenariat": ("collaboration", "belgian"),
    "partnership": ("collaboration", "belgian"),
}


def label_key(level: str, jurisdiction: object = None) -> str:
    """The catalogue key naming ``level``, in the jurisdiction's words when it has its own."""
    if isinstance(jurisdiction, str) and level in OWN_WORDS.get(jurisdiction, ()):
        return f"label.level-{jurisdiction}.{level}"
    return f"label.level.{level}"


def term(level: str, jurisdiction: object = None) -> Term:
    """The level's name as a message argument, translated when the message is read."""
    return Term(label_key(level, jurisdiction))


def label(lang: str, level: str, jurisdiction: object = None) -> str:
    """The level's name with its gloss: « partenariat (porter un projet ensemble) »."""
    key = label_key(level, jurisdiction)
    return i18n.message(lang, key) if i18n.has(lang, key) else level


def short_label(lang: str, level: str, jurisdiction: object = None) -> str:
    """The level's name without its gloss: « partenariat »."""
    return label(lang, level, jurisdiction).split(" (")[0]


def from_guide_words(written: str) -> tuple[str, str] | None:
    """``(level id, guide)`` when ``written`` is a guide's word for a level, else None."""
    key = " ".join(written.strip().lower().replace("’", "'").replace("_", " ").split())
    return GUIDE_WORDS.get(key)
