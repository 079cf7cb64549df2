"""The command line itself: help, version, language, errors, ``python -m ptk``."""

from __future__ import annotations

import subprocess
import sys

from ptk import __version__

from .conftest import Runner


def test_help_in_english_and_french(ptk: Runner) -> None:
    english = ptk("--help", "--lang", "en")
    french = ptk("--help", "--lang", "fr")
    assert english.code == french.code == 0
    assert "usage: ptk" in english.out and "commands:" in english.out
    assert "utilisation\u00a0: ptk" in french.out and "commandes\u00a0:" in french.out
    assert "vérifier que les fichiers respectent le format" in french.out


def test_no_command_prints_help(ptk: Runner) -> None:
    result = ptk()
    assert result.code == 0 and "validate" in result.out


def test_version_names_pandoc_and_typst(ptk: Runner) -> None:
    from importlib import metadata

    import pypandoc

    result = ptk("--version")
    assert result.code == 0
    assert result.out.splitlines() == [
        f"ptk {__version__}",
        f"pandoc {pypandoc.get_pandoc_version()}",
        f"Typst {metadata.version('typst')}",
    ]


def test_unknown_command_is_a_usage_error_in_french(ptk: Runner) -> None:
    result = ptk("valider", "--lang", "fr")
    assert result.code == 2
    assert "erreur" in result.err and "choix invalide" in result.err


def test_language_from_the_locale(ptk: Runner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    result = ptk("validate", "nowhere.yaml")
    assert "ce fichier n’existe pas" in result.out


def test_language_from_the_configuration(ptk: Runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".ptk.yaml").write_text("lang: fr\n")
    assert "ce fichier n’existe pas" in ptk("validate", "nowhere.yaml").out
    assert "no such file" in ptk("validate", "nowhere.yaml", "--lang", "en").out


def test_python_dash_m_ptk() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ptk", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout.splitlines()[0] == f"ptk {__version__}"


def test_every_help_text_is_translated(ptk: Runner) -> None:
    import re

    for lang in ("fr", "en"):
        pages = [ptk("--help", "--lang", lang).out]
        pages += [
            ptk(command, "--help", "--lang", lang).out
            for command in ("validate", "lint", "new", "schema", "rules")
        ]
        leftovers = [key for page in pages for key in re.findall(r"\bcli\.[a-z.-]+", page)]
        assert leftovers == [], lang


def test_placeholders_and_date_errors_are_translated(ptk: Runner) -> None:
    french = ptk("render", "--help", "--lang", "fr").out
    assert "[-o DOSSIER]" in french and "[FICHIER ...]" in french and "AAAA-MM-JJ" in french
    english = ptk("render", "--help", "--lang", "en").out
    assert "[-o FOLDER]" in english and "[FILE ...]" in english
    bad = ptk("lint", "--today", "22/11/2026", "--lang", "fr")
    assert bad.code == 2 and "`22/11/2026` n’est pas une date écrite AAAA-MM-JJ" in bad.err
