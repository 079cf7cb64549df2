from __future__ import annotations

from pathlib import Path

from ptk import document
from ptk.history.source import SignatureTracker
from ptk.lint import docs
from ptk.lint.engine import Engine
from ptk.lint.rules import REGISTRY

from ...gitrepo import GitRepo
from .conftest import TODAY

SIGNED = """\
signatures:
  - {partner: colibris-creil, name: Claire Dubois, date: 2026-03-10}
  - {partner: emmaus-creil, name: Karim Benali, date: 2026-03-10}
"""
TARGET_10 = """\
objectives:
  - id: o1
    statement: Planter des bacs.
    indicators: [{name: bacs installés, target: 10}]
"""


def _found(repo: GitRepo, text: str) -> list[str]:
    path = repo.write("partnerships/example.yaml", text)
    doc = document.loads(text, path)
    engine = Engine(today=TODAY, signed_changes=SignatureTracker())
    return [
        p.message("en") for p in engine.check_document(doc) if p.rule == "changed-since-signature"
    ]


def _signed_repo(tmp_path: Path, extra: str = "") -> GitRepo:
    repo = GitRepo(tmp_path / "repo")
    _, text = docs.complete_example(TARGET_10 + SIGNED + extra)
    repo.commit("Convention signée", {"partnerships/example.yaml": text}, day="2026-03-10")
    return repo


def test_documented_examples(tmp_path: Path) -> None:
    examples = docs.examples(REGISTRY["changed-since-signature"])
    repo = _signed_repo(tmp_path)
    passing = docs.complete_example(TARGET_10 + SIGNED + examples.passing)[1]
    failing = docs.complete_example(examples.failing + SIGNED)[1]
    assert _found(repo, passing) == []
    assert _found(repo, failing) == [
        "changed since the partners signed on March 10, 2026 ("
        + repo.git("rev-parse", "--short=7", "HEAD")
        + "): the target of indicator “bacs installés” of objective 1 changes from 10 to 12;"
        " an amendment is due (ptk render --document amendment)"
    ]
    [french] = [
        p.message("fr")
        for p in Engine(today=TODAY, signed_changes=SignatureTracker()).check_document(
            document.loads(failing, repo.root / "partnerships/example.yaml")
        )
        if p.rule == "changed-since-signature"
    ]
    assert (
        "la cible de l’indicateur «\u00a0bacs installés\u00a0» de l’objectif 1 passe de 10 à 12"
        in french
    )


def test_never_signed_or_outside_git_is_silent(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    _, text = docs.complete_example(TARGET_10)
    repo.commit("Brouillon", {"partnerships/example.yaml": text})
    assert _found(repo, text.replace("target: 10", "target: 12")) == []
    doc = document.loads(text, tmp_path / "elsewhere.yaml")
    assert not [
        p for p in Engine(today=TODAY).check_document(doc) if p.rule == "changed-since-signature"
    ]


def test_status_contacts_and_representatives_need_no_amendment(tmp_path: Path) -> None:
    repo = _signed_repo(tmp_path)
    _, text = docs.complete_example(TARGET_10 + SIGNED)
    assert _found(repo, text.replace("status: active", "status: under_review")) == []
    assert _found(repo, text.replace("status: active", "status: negotiating")) == []
    contact = text.replace(
        "name: Emmaüs Creil}", "name: Emmaüs Creil, contact: {name: Lu, phone: '0102030405'}}"
    )
    assert "contact:" in contact and _found(repo, contact) == []
    assert _found(repo, text.replace("target: 10", "target: 11")) != []


def test_error_from_cooperation_up(tmp_path: Path) -> None:
    repo = _signed_repo(tmp_path)
    _, text = docs.complete_example(TARGET_10.replace("10", "12") + SIGNED)
    path = repo.write("partnerships/example.yaml", text)
    engine = Engine(today=TODAY, signed_changes=SignatureTracker())
    for level, severity in (("consultation", "warning"), ("cooperation", "error")):
        doc = document.loads(text.replace("level: collaboration", f"level: {level}"), path)
        found = [p for p in engine.check_document(doc) if p.rule == "changed-since-signature"]
        assert {p.severity for p in found} == {severity}
        assert sorted(p.pointer for p in found) == ["/level", "/objectives/0/indicators/0/target"]


def test_a_run_keeps_no_file_content_once_the_next_file_is_checked(tmp_path: Path) -> None:
    """Thousands of files in one run (a worker checks them one after the other): the
    tracker remembers the last file's content only (``ptk status`` asks again for it)."""
    import weakref

    class Data(dict[str, object]):  # a plain dictionary cannot be watched
        pass

    repo = _signed_repo(tmp_path)
    text = (repo.root / "partnerships" / "example.yaml").read_text(encoding="utf-8")
    names = [f"partnerships/example-{number}.yaml" for number in range(3)]
    repo.commit("Trois autres", {name: text for name in names}, day="2026-03-11")
    paths = [repo.root / name for name in names]
    tracker = SignatureTracker()
    contents = [Data(document.load(path).data) for path in paths]
    watched = [weakref.ref(content) for content in contents]
    found = [tracker(path, content) for path, content in zip(paths, contents, strict=True)]
    assert found[0] is not None  # signed: each file's changes since were worked out
    assert tracker(paths[-1], contents[-1]) is found[-1]  # asked again: remembered
    del contents
    assert [ref() is None for ref in watched] == [True, True, False]
