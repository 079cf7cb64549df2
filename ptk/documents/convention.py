"""What the convention's templates need beyond the partnership's fields.

The jurisdiction (its vocabulary, identifiers and dispute clause), whether the text is
a draft and when it was signed, the signature page's place and date, the parties'
identifiers in order, the contact persons (who bring the personal-data article), and
the partners' logos, checked and made ready for the converter's working folder.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from ptk.errors import UsageError
from ptk.partnership import Partnership, parse_date

JURISDICTIONS = ("fr", "be", "qc", "on")
IDENTIFIERS = ("siret", "siren", "rna", "bce", "neq", "charity", "other")
LOGO_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".svg": "image/svg+xml",
}
LOGO_MAX_BYTES = 1_000_000
LOGO_HEIGHT = "18mm"


def jurisdiction(data: Mapping[str, Any]) -> str:
    """``jurisdiction`` as written, else from ``lang``: fr → fr, en → on."""
    value = data.get("jurisdiction")
    if value in JURISDICTIONS:
        return str(value)
    return "on" if data.get("lang") == "en" else "fr"


def signed_on(partnership: Partnership) -> date | None:
    """The date of the last signature, when every partner has signed; else None."""
    if not partnership.fully_signed():
        return None
    return last_signature(partnership)


def last_signature(partnership: Partnership) -> date | None:
    """The date of the convention's own last signature (partners who joined later by
    an avenant signed the avenant, not the convention)."""
    dates = [parse_date(s.get("date")) for _, s in partnership.records("signatures")]
    return max((d for d in dates if d is not None), default=None)


def signing(partnership: Partnership) -> dict[str, Any]:
    """Place and date for « Fait à …, le … »: shared by every signature, or ``common`` false."""
    signatures = [s for _, s in partnership.records("signatures") if parse_date(s.get("date"))]
    places = {s.get("place") for s in signatures}
    dates = {parse_date(s.get("date")) for s in signatures}
    common = (
        partnership.fully_signed() and len(places) == 1 and len(dates) == 1 and None not in places
    )
    return {
        "common": common,
        "place": next(iter(places)) if common else None,
        "date": next(iter(dates)) if common else None,
    }


def identifiers(partner: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The partner's legal identifiers, in a fixed order: ``[("siret", "…"), …]``."""
    found = partner.get("identifiers")
    if not isinstance(found, Mapping):
        return []
    return [(key, str(found[key])) for key in IDENTIFIERS if found.get(key)]


def contacts(partnership: Partnership) -> list[dict[str, Any]]:
    """Partners that name a contact person."""
    return [
        p
        for p in partnership.partners
        if isinstance(p.get("contact"), Mapping) and any(p["contact"].values())
    ]


def values(data: Mapping[str, Any]) -> dict[str, Any]:
    """The convention's own template variables (see ``docs/templates.md``)."""
    partnership = Partnership(data)
    signed = signed_on(partnership)
    return {
        "jurisdiction": jurisdiction(data),
        "public_body": any(p.get("kind") == "public_body" for p in partnership.partners),
        "draft": signed is None,
        "signed_on": signed,
        "signing": signing(partnership),
        "signatories": partnership.partners,
        "contacts": contacts(partnership),
        "identifiers": identifiers,
        "extra": data.get("extra") if isinstance(data.get("extra"), Mapping) else {},
        "logos": "",
    }


class LogoProblem(UsageError):
    """A logo that cannot be used; ``key`` and ``params`` say why."""


@dataclass(frozen=True)
class Logo:
    """A partner's logo, read and checked: its name in the working folder and its bytes."""

    name: str
    content: bytes
    media_type: str

    def source(self, target: str) -> str:
        """Where the document finds it: the working folder for Typst, inline elsewhere
        (pandoc runs sandboxed and reads no file it was not given)."""
        if target == "pdf":
            return self.name
        encoded = base64.b64encode(self.content).decode("ascii")
        return f"data:{self.media_type};base64,{encoded}"


def logos(data: Mapping[str, Any], root: Path) -> list[Logo]:
    """The partners' logos, in partner order, each once; ``root`` holds ``partnerships/``."""
    found: list[Logo] = []
    seen: set[str] = set()
    for partner in Partnership(data).partners:
        path = partner.get("logo")
        if isinstance(path, str) and path and path not in seen:
            seen.add(path)
            found.append(read_logo(path, root, len(found) + 1))
    return found


def read_logo(path: str, root: Path, number: int) -> Logo:
    """One logo, refused if it leaves the repository, is not PNG/JPEG/SVG, or is too big."""
    pure = PurePosixPath(path.replace("\\", "/"))
    suffix = pure.suffix.lower()
    if pure.is_absolute() or ":" in path or ".." in pure.parts:
        raise LogoProblem("render.logo-outside", path=path)
    if suffix not in LOGO_TYPES:
        raise LogoProblem("render.logo-type", path=path)
    file = root / pure
    try:
        if not file.resolve().is_relative_to(root.resolve()):
            raise LogoProblem("render.logo-outside", path=path)
        if file.stat().st_size > LOGO_MAX_BYTES:
            raise LogoProblem("render.logo-too-big", path=path, limit=LOGO_MAX_BYTES // 1000)
        content = file.read_bytes()
    except OSError:
        raise LogoProblem("render.logo-missing", path=path) from None
    if not _looks_like(content, suffix):
        raise LogoProblem("render.logo-type", path=path)
    return Logo(f"logo-{number}{suffix}", content, LOGO_TYPES[suffix])


def _looks_like(content: bytes, suffix: str) -> bool:
    if suffix == ".png":
        return content.startswith(b"\x89PNG\r\n\x1a\n")
    if suffix in (".jpg", ".jpeg"):
        return content.startswith(b"\xff\xd8\xff")
    head = content[:1024].lstrip().lower()
    return head.startswith((b"<?xml", b"<svg", b"<!--")) and b"<svg" in content[:4096].lower()


def logo_markdown(found: list[Logo], target: str) -> str:
    """The logos side by side, as Markdown images (ptk builds the sources: no user text)."""
    return "".join(f"![]({logo.source(target)}){{height={LOGO_HEIGHT}}} " for logo in found).strip()
