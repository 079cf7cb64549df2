"""``ptk history`` and ``ptk diff`` give each change as DESIGN §6's field-level summary
and, under it, in plain words, in French and in English, on a real repository where each
commit makes one kind of change: the sentence has no field path, no enumeration value, no
id where a name exists. Their JSON keeps the paths."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from ..conftest import REPO, Runner, french_spacing
from ..gitrepo import GitRepo

FILE = "partnerships/jardin.yaml"
GOOD = (REPO / "tests" / "data" / "good.yaml").read_text(encoding="utf-8")
MAIRIE = """  - id: mairie-creil
    name: Mairie de Creil
    kind: public_body
    legal_entity: true
objectives:
"""
ROLE = """  - partner: emmaus-creil
    role: accueil et logistique
    responsibilities:
      - ouvrir le terrain et le local les jours d'atelier
      - fournir le bois et entretenir les bacs
      - gérer le budget du projet
"""
CONTEXT = "le groupe\n  local cherchait un lieu"
NEW_CONTEXT = "le groupe\n  local, déjà très actif dans le quartier Rouher, cherchait un lieu"


def _edits() -> list[tuple[str, str, str]]:
    """(subject, text before, text after): one kind of change per commit."""
    return [
        ("Un troisième partenaire", "objectives:\n", MAIRIE),
        ("Budget revu", "amount: 450,", "amount: 600,"),
        ("Fin repoussée", "end: 2027-03-14", "end: 2027-06-30"),
        ("Niveau revu", "level: collaboration", "level: cooperation"),
        ("En évaluation", "status: active", "status: under_review"),
        ("Rôle retiré", ROLE, ""),
        ("Contexte précisé", CONTEXT, NEW_CONTEXT),
        ("Valeurs", "[entraide, sobriété,", "[sobriété, joie,"),
        ("Étape faite", "owner: colibris-creil, done: false", "owner: colibris-creil, done: true"),
    ]


@pytest.fixture(scope="module")
def edited_once(tmp_path_factory: pytest.TempPathFactory) -> GitRepo:
    repo = GitRepo(tmp_path_factory.mktemp("edited") / "groupe")
    text = GOOD.replace("id: good", "id: jardin")
    repo.commit("Convention", {FILE: text}, day="2026-03-10")
    for day, (subject, before, after) in enumerate(_edits(), start=11):
        assert text.count(before) == 1, before
        text = text.replace(before, after)
        repo.commit(subject, {FILE: text}, day=f"2026-03-{day}")
    return repo


@pytest.fixture
def edited(edited_once: GitRepo, tmp_path: Path) -> GitRepo:
    root = tmp_path / "groupe"
    shutil.copytree(edited_once.root, root, symlinks=True)
    return GitRepo(root, init=False)


def nb(text: str) -> str:
    """``~`` as the no-break space French puts before ``: ; ! ?`` and inside « » (written
    plainly, spaces there are made no-break too)."""
    return french_spacing(text).replace("~", "\u00a0")


FRENCH = {
    "Un troisième partenaire": ["Ajout du partenaire Mairie de Creil."],
    "Budget revu": [
        "Le montant de la ligne budgétaire «~terreau et graines~» passe de 450~€ à 600~€."
    ],
    "Fin repoussée": ["La date de fin passe du 14 mars 2027 au 30 juin 2027."],
    "Niveau revu": [
        "Le niveau de partenariat passe de collaboration (mener un projet ensemble)"
        " à coopération (se soutenir)."
    ],
    "En évaluation": ["Le statut passe de «~en cours~» à «~en évaluation~»."],
    "Rôle retiré": ["Suppression du rôle confié à Communauté Emmaüs de Creil."],
    "Contexte précisé": [
        "Nouvelle rédaction du préambule~: «~… groupe local, déjà très actif dans le"
        " quartier Rouher, cherchait un…~»."
    ],
    "Valeurs": [
        "Retrait des valeurs partagées~: «~entraide~».",
        "Ajout aux valeurs partagées~: «~joie~».",
    ],
    "Étape faite": ["L’étape «~bilan de la saison avec les habitants~» est marquée comme faite."],
}
ENGLISH = {
    "Un troisième partenaire": ["Addition of partner Mairie de Creil."],
    "Budget revu": ["The amount of budget line “terreau et graines” changes from €450 to €600."],
    "Fin repoussée": ["The end date changes from March 14, 2027 to June 30, 2027."],
    "Niveau revu": [
        "The level of partnership changes from collaboration (a joint project)"
        " to cooperation (supporting each other)."
    ],
    "En évaluation": ["The status changes from “active” to “under review”."],
    "Rôle retiré": ["Removal of the role of Communauté Emmaüs de Creil."],
    "Contexte précisé": [
        "New wording of the preamble: “… groupe local, déjà très actif dans le"
        " quartier Rouher, cherchait un…”."
    ],
    "Valeurs": [
        "Removed from the shared values: “entraide”.",
        "Added to the shared values: “joie”.",
    ],
    "Étape faite": ["Milestone “bilan de la saison avec les habitants” is marked done."],
}


def changes_by_commit(out: str) -> dict[str, list[str]]:
    """The change lines under each commit's subject (signature lines left out)."""
    found: dict[str, list[str]] = {}
    subject = ""
    for line in out.splitlines():
        if not line.startswith(" "):
            subject = line.split("  ")[-1]
            found[subject] = []
        elif line.startswith("      "):  # the sentence under a field-level summary
            found[subject].append(line.strip())
    return found


def summaries(out: str, indent: str) -> list[str]:
    """The field-level summary lines (DESIGN §6), at ``indent``."""
    return [
        line.strip()
        for line in out.splitlines()
        if line.startswith(indent) and not line.startswith(indent + " ") and "✍" not in line
    ]


# what a field path, a JSON pointer, an id or a snake_case key or value looks like
INTERNAL = re.compile(
    r"[\[\]]|/[a-z_]+/|\b[a-z]+_[a-z_]+\b|\b(?:mairie-creil|emmaus-creil|colibris-creil"
    r"|context|budget\.|schedule|lines|target)\b"
)
RAW_IN_FRENCH = re.compile(r"\b(?:cooperation|collaboration(?! \()|active|level|status)\b")


def internal(line: str, lang: str) -> bool:
    """Whether ``line`` shows something only the file says: a path, an id, a raw value."""
    return bool(INTERNAL.search(line) or (lang == "fr" and RAW_IN_FRENCH.search(line)))


@pytest.mark.parametrize(("lang", "expected"), [("fr", FRENCH), ("en", ENGLISH)])
def test_history_says_each_change_in_words(
    ptk: Runner, edited: GitRepo, lang: str, expected: dict[str, list[str]]
) -> None:
    result = ptk("history", FILE, "--lang", lang, cwd=edited.root)
    assert result.code == 0, result.err
    found = changes_by_commit(result.out)
    assert found.pop("Convention") == []
    assert found == {subject: [nb(line) for line in lines] for subject, lines in expected.items()}
    for line in (line for lines in found.values() for line in lines):
        assert not internal(line, lang), line
    said = summaries(result.out, "    ")
    assert "level: collaboration → cooperation" in said
    assert "status: active → under_review" in said
    assert "partners: + mairie-creil" in said
    assert len(said) == sum(len(lines) for lines in expected.values())


def test_history_keeps_its_commit_and_signature_lines(ptk: Runner, edited: GitRepo) -> None:
    lines = ptk("history", FILE, "--lang", "fr", cwd=edited.root).out.splitlines()
    assert re.fullmatch(r"[0-9a-f]{7}  2026-03-10  Claire Dubois  Convention", lines[0])
    assert lines[1] == nb("    ✍ version signée : tous les partenaires avaient signé")


@pytest.mark.parametrize(("lang", "expected"), [("fr", FRENCH), ("en", ENGLISH)])
def test_diff_between_two_revisions_says_every_change(
    ptk: Runner, edited: GitRepo, lang: str, expected: dict[str, list[str]]
) -> None:
    first = edited.git("rev-list", "--max-parents=0", "HEAD")
    result = ptk("diff", FILE, first, "HEAD", "--lang", lang, cwd=edited.root)
    assert result.code == 0, result.err
    header, *lines = result.out.splitlines()
    colon = "\u00a0:" if lang == "fr" else ":"
    assert header.startswith(f"{FILE}{colon} {first[:7]} (2026-03-10)")
    said = [line.strip() for line in lines if line.startswith("    ")]
    assert sorted(said) == sorted(nb(line) for lines in expected.values() for line in lines)
    assert all(not internal(line, lang) for line in said)
    fields = summaries(result.out, "  ")
    assert "level: collaboration → cooperation" in fields and len(fields) == len(said)


def test_diff_since_the_signed_version_names_changes_and_says_an_avenant_is_due(
    ptk: Runner, edited: GitRepo
) -> None:
    path = edited.root / FILE
    path.write_text(path.read_text().replace("notice_days: 60", "notice_days: 30"))
    out = ptk("diff", FILE, "--lang", "fr", cwd=edited.root).out
    assert "  exit.notice_days: 60 → 30\n    Le préavis (en jours) passe de 60 à 30.\n" in out
    assert "    Ajout du partenaire Mairie de Creil.\n" in out
    assert "un avenant est à prévoir" in out.splitlines()[-1]


def test_a_long_text_is_said_by_the_passage_that_changed(ptk: Runner, edited: GitRepo) -> None:
    path = edited.root / FILE
    text = path.read_text()
    path.write_text(text.replace(", déjà très actif dans le quartier Rouher,", ""))
    out = ptk("diff", FILE, "HEAD", "--lang", "fr", cwd=edited.root).out
    assert out.splitlines()[2:] == [
        nb(
            "    Nouvelle rédaction du préambule, passage retiré~: «~… groupe local, déjà"
            " très actif dans le quartier Rouher, cherchait un…~»."
        )
    ]
    assert out.splitlines()[1].startswith("  context: ")
    context = " ".join(text.split("context: >-")[1].split("vision:")[0].split())
    assert context[:60] not in out  # the text is not quoted whole


def test_json_keeps_the_paths_for_tools(ptk: Runner, edited: GitRepo) -> None:
    first = edited.git("rev-list", "--max-parents=0", "HEAD")
    data = json.loads(ptk("diff", FILE, first, "HEAD", "--format", "json", cwd=edited.root).out)
    assert {"path": "/level", "kind": "changed", "old": "collaboration", "new": "cooperation"} in (
        data["changes"]
    )
    assert {
        "path": "/budget/lines/terreau et graines/amount",
        "kind": "changed",
        "old": 450,
        "new": 600,
    } in data["changes"]
    history = json.loads(ptk("history", FILE, "--format", "json", cwd=edited.root).out)
    removed = next(c for c in history["commits"] if c["subject"] == "Rôle retiré")["changes"]
    assert [(c["path"], c["kind"]) for c in removed] == [("/roles/emmaus-creil", "removed")]


def test_the_check_for_internal_words_catches_what_lines_used_to_show() -> None:
    for line in (
        "partners[emmaus-creil].organisation: + emmaus-creil",
        "status: active → under_review",
        "/objectives/o1/target",
        "Le niveau passe de collaboration à cooperation.",
    ):
        assert internal(line, "fr"), line
    assert not internal(nb(FRENCH["Budget revu"][0]), "fr")
