"""The agreement changed after the partners signed it: an amendment (« avenant ») is due.

The Belgian guide: "having a written document is essential"; the CDC de Laval: partners
"establish formal links by a contract, an agreement or another written form". A signed
convention binds the partners to what they signed: when its terms change afterwards —
objectives, roles, money, exit — the partners sign an amendment
(``ptk render --document amendment FILE``). The administrative record (contacts,
representatives, decisions, reviews, celebrations, lessons, progress, status) changes
freely: changing a contact's phone or the mayor's name needs no avenant.

Runs inside a git repository only: the signed version is the commit where every
partner's signature of the convention, or of its latest avenant, became complete (``ptk
diff FILE`` shows what changed since); the date given is the one written in the file.

Passing::

    # signed in git, then only the living record changed
    decisions: [{date: 2026-06-12, decision: calendrier d'arrosage de l'été}]

Failing::

    # signed in git with a target of 10, then changed without an amendment
    objectives:
      - id: o1
        statement: Planter des bacs.
        indicators: [{name: bacs installés, target: 12}]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ptk.errors import UsageError
from ptk.lint.rule import Context, by_level
from ptk.partnership import ONGOING, Partnership
from ptk.problem import Day, Finding, Words

ID = "changed-since-signature"
SEVERITY = by_level(error="cooperation", warning="information_sharing")
STATUSES = ONGOING
OPTIONS: Mapping[str, Any] = {}
NEEDS_HISTORY = True
_UNREADABLE = {
    "history.corrupt-object": "rule.changed-since-signature.corrupt-object",
    "history.git-failed": "rule.changed-since-signature.git-failed",
}


def check(
    partnership: Partnership, options: Mapping[str, Any], context: Context
) -> Iterator[Finding]:
    if context.signed_changes is None:
        return
    try:
        found = context.signed_changes(context.path, partnership.raw)
    except UsageError as error:  # git could not read the history: said, not skipped
        key = _UNREADABLE.get(error.key, "rule.changed-since-signature.git-failed")
        yield Finding("", key, {"blob": "", "detail": "", **error.params})
        return
    if found is None:
        return
    words = list(found.words)
    for index, (change, pointer) in enumerate(zip(found.changes, found.pointers, strict=True)):
        said = Words.of(words[index]) if index < len(words) else change.line()
        yield Finding(
            pointer,
            "rule.changed-since-signature.message",
            {"change": said, "date": Day(found.date), "rev": found.rev[:7]},
        )
