"""Organisations: who a partner is in law, written once in ``organisations/<id>.yaml``.

A partner names its organisation with ``organisation: <id>``; the organisation's keys
(legal form, identifiers, address, representative, authority, logo…) are then merged
into the partner, the keys written on the partner winning. Rules and documents see
the merged partner; the schema and the history see the file as it is written.

``organisations/`` sits beside ``partnerships/`` (in the folder that holds it).

>>> merge_partner({"id": "mairie", "name": "Mairie", "organisation": "commune"},
...               {"ptk": 1, "id": "commune", "name": "Commune d'Alès", "address": "Alès"})
{'name': 'Mairie', 'address': 'Alès', 'id': 'mairie', 'organisation': 'commune'}
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ptk import document
from ptk.files import DEFAULT_FOLDER, SUFFIXES, partnership_files
from ptk.partnership import Partnership

FOLDER = "organisations"
_OWN_KEYS = ("ptk", "id")  # an organisation file's own keys, never merged into a partner
_SEARCH_DEPTH = 3  # folders walked up from a partnership file to find organisations/


def is_organisation_file(path: Path) -> bool:
    """Whether ``path`` is an organisation file (it lies in an ``organisations/`` folder)."""
    return os.path.basename(os.path.dirname(path)) == FOLDER


def folder_for(path: Path) -> Path | None:
    """The ``organisations/`` folder a partnership file's partners refer to, if any: the
    one beside the folder the file is listed in (a link is not followed)."""
    start = path.parent.resolve()
    for folder in [start, *start.parents][:_SEARCH_DEPTH]:
        if (folder / FOLDER).is_dir():
            return folder / FOLDER
    return None


class Registry:
    """The organisations of one folder, by id (the file's stem), read once."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.organisations: dict[str, dict[str, Any]] = {}
        hasher = hashlib.blake2b(digest_size=12)
        for path in _files(folder):
            try:
                raw = document.read_bytes(path, 1 << 20)
                data = document.parse(document.decode(raw)).data
            except document.LoadError:
                raw, data = b"", None  # reported when organisations/ itself is linted
            hasher.update(path.name.encode() + b"\0" + raw + b"\0")
            self.organisations[path.stem] = data if isinstance(data, dict) else {}
        self.fingerprint = hasher.hexdigest() if folder is not None else ""

    def __contains__(self, organisation_id: object) -> bool:
        return organisation_id in self.organisations

    def ids(self) -> list[str]:
        return sorted(self.organisations)

    def merged(self, partnership: Partnership) -> Partnership:
        """The partnership whose partners carry their organisation's keys (``raw`` kept)."""
        if not self.organisations or not isinstance(partnership.raw, dict):
            return partnership
        view = Partnership(merged_data(partnership.raw, self.organisations))
        view.raw = partnership.raw
        return view


def _files(folder: Path | None) -> list[Path]:
    if folder is None or not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if path.suffix in SUFFIXES and not path.name.startswith(".") and path.is_file()
    )


def merge_partner(partner: Mapping[str, Any], organisation: Mapping[str, Any]) -> dict[str, Any]:
    """The partner with its organisation's keys underneath its own."""
    inherited = {k: v for k, v in organisation.items() if k not in _OWN_KEYS}
    return {**inherited, **partner}


def merged_data(data: Mapping[str, Any], organisations: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a partnership's data whose partners carry their organisation's keys."""
    partners = data.get("partners")
    if not isinstance(partners, list):
        return dict(data)
    merged = []
    for partner in partners:
        name = partner.get("organisation") if isinstance(partner, dict) else None
        found = organisations.get(name) if isinstance(name, str) else None
        merged.append(merge_partner(partner, found) if isinstance(found, dict) else partner)
    return {**data, "partners": merged}


def for_document(path: Path, data: Any) -> Any:
    """``data`` with organisations merged in, for a document (as rules see it)."""
    if not isinstance(data, dict):
        return data
    registry = Registry(folder_for(path))
    return merged_data(data, registry.organisations) if registry.organisations else data


def lint_files(arguments: Sequence[str]) -> list[tuple[Path, str]]:
    """The files ``ptk lint`` checks: the partnership files, and ``organisations/``
    beside ``partnerships/`` when that folder is linted (or nothing was named)."""
    found = partnership_files(arguments)
    folders = [Path(a) for a in arguments] if arguments else [Path(DEFAULT_FOLDER)]
    known: set[Path] | None = None  # resolved only when there are organisations to add
    for folder in folders:
        if folder.is_dir() and folder.resolve().name == DEFAULT_FOLDER:
            for path in _files(Path(os.path.normpath(folder / ".." / FOLDER))):
                if known is None:
                    known = {path.resolve() for path, _ in found}
                if path.resolve() not in known:
                    known.add(path.resolve())
                    found.append((path, path.as_posix()))
    return found
