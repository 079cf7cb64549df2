"""``ptk validate``: located messages, both languages, exit codes, JSON output."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from ..conftest import EXAMPLES, Runner, minimal

BOMB = "\n".join(
    ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    + [
        f"{n}: &{n} [" + ",".join([f"*{p}"] * 9) + "]"
        for p, n in zip("abcdefghi", "bcdefghij", strict=True)
    ]
)

# name, content, expected line prefix, exit code, English words, French words
BAD_INPUTS = [
    (
        "syntax.yaml",
        "title: [a\nlevel: b\n",
        "syntax.yaml:2:6: error yaml-syntax",
        1,
        "not closed",
        "pas refermée",
    ),
    (
        "dup.yaml",
        minimal("dup") + "title: encore\n",
        "dup.yaml:11:1: error yaml-syntax",
        1,
        "written twice",
        "écrit deux fois",
    ),
    ("empty.yaml", "", "empty.yaml:1:1: error yaml-syntax", 1, "empty", "vide"),
    (
        "multi.yaml",
        minimal("multi") + "---\nid: other\n",
        "multi.yaml:11:1: error yaml-syntax",
        1,
        "several documents",
        "plusieurs documents",
    ),
    ("list.yaml", "- a\n- b\n", "list.yaml:1:1: error schema", 1, "not a list", "pas une liste"),
    (
        "latin.yaml",
        "title: caf\xe9\n".encode("latin-1"),
        "latin.yaml:1:11: error unreadable-file",
        2,
        "not UTF-8",
        "pas du texte UTF-8",
    ),
    ("bomb.yaml", BOMB, "bomb.yaml:4:4: error yaml-syntax", 1, "aliases", "alias"),
    (
        "deep.yaml",
        "a: " + "[" * 50_000 + "]" * 50_000 + "\n",
        "deep.yaml:1:",
        1,
        "nested",
        "imbriqué",
    ),
    (
        "big.yaml",
        "a: '" + "x" * (1024 * 1024 + 10) + "'\n",
        "big.yaml:1:1: error unreadable-file",
        2,
        "too large",
        "trop gros",
    ),
    (
        "tabs.yaml",
        "ptk: 1\npartners:\n\t- id: a\n",
        "tabs.yaml:3:1: error yaml-syntax",
        1,
        "tab",
        "tabulation",
    ),
    (
        "types.yaml",
        minimal("types").replace("title: Jardin partagé", "title: 2026"),
        "types.yaml:3:1: error schema",
        1,
        "in quotes",
        "entre guillemets",
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "prefix", "code", "english", "french"),
    BAD_INPUTS,
    ids=[case[0] for case in BAD_INPUTS],
)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_bad_input_gives_one_located_line(
    ptk: Runner,
    write: Callable[..., Path],
    name: str,
    content: str | bytes,
    prefix: str,
    code: int,
    english: str,
    french: str,
    lang: str,
) -> None:
    write(name, content)
    result = ptk("validate", f"partnerships/{name}", "--lang", lang)
    problems = [
        line
        for line in result.out.splitlines()
        if line.startswith(name) or line.startswith("partnerships/")
    ]
    assert result.code == code
    assert len(problems) == 1, result.out
    if lang == "fr":  # severity words are translated in French text
        prefix = prefix.replace(" error ", " erreur ")
    assert problems[0].startswith("partnerships/" + prefix)
    assert (english if lang == "en" else french) in problems[0]
    assert "Traceback" not in result.out + result.err


def test_missing_path_is_an_unreadable_input(ptk: Runner) -> None:
    result = ptk("validate", "nowhere.yaml")
    assert result.code == 2
    assert result.out.startswith("nowhere.yaml:1:1: error unreadable-file no such file")


def test_folder_without_partnerships_is_a_usage_error(ptk: Runner, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = ptk("validate", "empty", "--lang", "fr")
    assert result.code == 2
    assert "aucun fichier de partenariat (.yaml) dans `empty`" in result.err


def test_folder_named_like_a_file_is_skipped_in_a_walk(
    ptk: Runner, write: Callable[..., Path]
) -> None:
    write("ok.yaml", minimal("ok"))
    (write("ok.yaml", minimal("ok")).parent / "archive.yaml").mkdir()
    assert ptk("validate").code == 0


def test_default_folder_is_partnerships(ptk: Runner, write: Callable[..., Path]) -> None:
    write("jardin.yaml", minimal("jardin"))
    write("autre.yaml", minimal("autre"))
    result = ptk("validate")
    assert result.code == 0
    assert "2 files checked: 0 errors" in result.out


def test_no_default_folder_says_what_to_do(ptk: Runner) -> None:
    result = ptk("validate")
    assert result.code == 2
    assert "no `partnerships/` folder here" in result.err


def test_id_must_equal_file_stem(ptk: Runner, write: Callable[..., Path]) -> None:
    write("jardin.yaml", minimal("jardin-2025"))
    result = ptk("validate", "--lang", "fr")
    assert result.code == 1
    assert (
        "partnerships/jardin.yaml:2:1: erreur id-mismatch l’identifiant `jardin-2025` "
        "diffère du nom du fichier `jardin`"
    ) in result.out


def test_partner_ids_must_be_unique(ptk: Runner, write: Callable[..., Path]) -> None:
    write("jardin.yaml", minimal("jardin").replace("id: emmaus-creil", "id: colibris-creil"))
    result = ptk("validate")
    assert result.code == 1
    assert (
        "partnerships/jardin.yaml:9:5: error duplicate-partner the partner id "
        "`colibris-creil` is already used by partner n°1"
    ) in result.out


def test_json_output_has_the_designed_shape(ptk: Runner, write: Callable[..., Path]) -> None:
    write("good.yaml", minimal("good"))
    write("bad.yaml", minimal("bad", extra="vision: [x]\n"))
    result = ptk("validate", "--format", "json")
    data = json.loads(result.out)
    assert result.code == 1
    assert data == {
        "version": 1,
        "files": 2,
        "problems": [
            {
                "path": "partnerships/bad.yaml",
                "line": 11,
                "column": 1,
                "rule": "schema",
                "severity": "error",
                "message": "`vision` must be a text, not a list",
                "pointer": "/vision",
            }
        ],
        "summary": {"error": 1, "warning": 0, "info": 0},
    }


def test_examples_are_valid(ptk: Runner) -> None:
    result = ptk("validate", str(EXAMPLES), "--lang", "en")

    assert result.code == 0, result.out
    assert result.out.strip().endswith("0 errors, 0 warnings, 0 notes")


def test_examples_cover_every_level_and_several_statuses() -> None:
    from ptk.document import load
    from ptk.partnership import LEVELS

    files = sorted(EXAMPLES.glob("*.yaml"))
    data = [load(path).data for path in files]
    assert len(files) >= 8
    assert {d["level"] for d in data} == set(LEVELS)
    statuses = {d["status"] for d in data}
    assert {"declined", "ended", "active"} <= statuses
    assert any(d["status"] == "ended" and d.get("lessons_learned") for d in data)
    assert {d.get("lang", "fr") for d in data} == {"fr", "en"}


def test_config_file_limits_size(ptk: Runner, write: Callable[..., Path], tmp_path: Path) -> None:
    write("jardin.yaml", minimal("jardin"))
    (tmp_path / ".ptk.yaml").write_text("max_file_size: 100B\n")
    result = ptk("validate")
    assert result.code == 2
    assert "too large" in result.out and "the limit is 100 B" in result.out


def test_broken_config_is_reported_with_its_position(
    ptk: Runner, write: Callable[..., Path], tmp_path: Path
) -> None:
    write("jardin.yaml", minimal("jardin"))
    (tmp_path / ".ptk.yaml").write_text("lang: de\nrules:\n  missing-visoin: off\n")
    result = ptk("validate")
    assert result.code == 2
    assert ".ptk.yaml:1:1: error config `lang` must be one of: fr, en (not `de`)" in result.err
    assert ".ptk.yaml:3:3: error config unknown rule `missing-visoin`" in result.err
