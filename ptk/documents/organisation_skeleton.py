"""The commented skeleton ``ptk new --organisation ID`` writes: who an organisation is in
law, to fill in once and reuse in every partnership (``organisations/<id>.yaml``).

Every key a volunteer may not know yet is written as a commented example, so that the
file is valid from the start and says what to write.
"""

from __future__ import annotations

from collections.abc import Callable

from ptk.documents.skeleton import scalar

Text = Callable[..., str]


def organisation_skeleton(oid: str, name: str, _: Text) -> str:
    """The file's text."""
    lines = [
        *_comment(_, "new.org.header", oid=oid),
        "",
        "ptk: 1",
        f"id: {oid}",
        *_comment(_, "new.org.name"),
        f"name: {scalar(name)}",
        *_comment(_, "new.partner.kind"),
        "kind: association",
        *_comment(_, "new.partner.legal_entity"),
        "legal_entity: true",
        *_comment(_, "new.org.legal_form"),
        f"# legal_form: {_('new.org.example.legal_form')}",
        *_comment(_, "new.org.identifiers"),
        "# identifiers:",
        '#   siret: "123 456 781 00012"',
        "#   rna: W123456789",
        '#   bce: "0123.456.749"',
        '#   neq: "1234567890"',
        *_comment(_, "new.org.address"),
        f"# address: {_('new.org.example.address')}",
        *_comment(_, "new.org.representative"),
        "# representative:",
        f"#   name: {_('new.org.example.person')}",
        f"#   role: {_('new.org.example.role')}",
        *_comment(_, "new.org.authority"),
        f"# authority: {_('new.org.example.authority')}",
        *_comment(_, "new.org.logo"),
        f"# logo: assets/logos/{oid}.png",
        *_comment(_, "new.org.contact"),
        "# contact: {name: …, email: prenom.nom@example.org}",
    ]
    return "\n".join(lines) + "\n"


def _comment(_: Text, key: str, **args: str) -> list[str]:
    return [f"# {line}".rstrip() for line in _(key, **args).splitlines()]
