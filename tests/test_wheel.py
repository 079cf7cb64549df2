"""A wheel built from the repository works in a fresh environment, away from the repository:
``pip install partnership-toolkit`` lints, and ``[render]`` adds the documents."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO, minimal


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("partnership_toolkit-*.whl"))


def metadata(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return archive.read(name).decode("utf-8").splitlines()


def test_wheel_is_partnership_toolkit_with_a_render_extra(wheel: Path) -> None:
    lines = metadata(wheel)
    assert "Name: partnership-toolkit" in lines
    assert "Provides-Extra: render" in lines
    requires = [line for line in lines if line.startswith("Requires-Dist: ")]
    for tool in ("pypandoc-binary", "typst"):
        found = [line for line in requires if line.split()[1].startswith(tool)]
        assert found and all("extra == 'render'" in line for line in found), found
    assert any(line.split()[1].startswith("jsonschema") for line in requires)


def test_wheel_carries_schemas_templates_and_catalogues(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "ptk/schemas/partnership.schema.json" in names
    assert "ptk/schemas/config.schema.json" in names
    assert "ptk/schemas/health.schema.json" in names
    assert "ptk/health/questions.yaml" in names  # the health-check questionnaire
    assert "ptk/templates/health.md.j2" in names
    assert any(name.startswith("ptk/templates/") for name in names)
    assert "ptk/templates/site/index.html.j2" in names and "ptk/templates/site/site.js" in names
    assert "ptk/i18n/locale/fr/LC_MESSAGES/ptk.mo" in names
    assert "ptk/i18n/locale/en/LC_MESSAGES/ptk.mo" in names


def test_installed_wheel_validates_and_creates(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    target = Path(
        subprocess.check_output(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    # the dependencies come from this environment; the repository is not on the path
    (target / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = tmp_path / "group"
    (work / "partnerships").mkdir(parents=True)
    (work / "partnerships" / "jardin.yaml").write_text(minimal("jardin"), encoding="utf-8")
    env = {**os.environ, "LC_ALL": "fr_FR.UTF-8", "PYTHONPATH": ""}

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [python, "-m", "ptk", *argv],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    where = run("--version")
    assert where.returncode == 0
    located = subprocess.check_output(
        [python, "-c", "import ptk; print(ptk.__file__)"], cwd=work, env=env, text=True
    )
    assert str(target) in located and str(REPO) not in located
    validated = run("validate")
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "1 fichier vérifié\u00a0: 0 erreur" in validated.stdout
    created = run("new", "fete-des-possibles", "--level", "coordination")
    assert created.returncode == 0, created.stderr
    assert run("validate", "partnerships/fete-des-possibles.yaml").returncode == 0
    assert "Vision commune" in (work / "partnerships" / "fete-des-possibles.yaml").read_text()
    rendered = run("render", "partnerships/jardin.yaml", "--to", "pdf,docx,odt")
    assert rendered.returncode == 0, rendered.stderr
    assert (work / "build" / "jardin-convention.pdf").read_bytes().startswith(b"%PDF")
    assert zipfile.is_zipfile(work / "build" / "jardin-convention.docx")
    site = run("site", "partnerships", "-o", "site")
    assert site.returncode == 0, site.stderr
    assert "Jardin partagé" in (work / "site" / "index.html").read_text(encoding="utf-8")
    assert (work / "site" / "assets" / "site.js").is_file()


@pytest.fixture(scope="module")
def lint_only(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment where pip installed the wheel without ``[render]``."""
    env_dir = tmp_path_factory.mktemp("lint-only") / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    pip = [sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python")]
    subprocess.run(
        [*pip, "install", "-q", "--disable-pip-version-check", str(wheel)],
        check=True,
        capture_output=True,
    )
    return env_dir


def test_lint_only_install_lints_the_examples_without_pandoc_or_typst(
    lint_only: Path, tmp_path: Path
) -> None:
    work = tmp_path / "group"
    shutil.copytree(REPO / "partnerships", work / "partnerships")
    shutil.copytree(REPO / "organisations", work / "organisations")  # the partners' identities
    shutil.copy(REPO / ".ptk.yaml", work / ".ptk.yaml")
    env = {**os.environ, "LC_ALL": "C", "PYTHONPATH": ""}

    def run(python: Path | str, *argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(python), "-m", "ptk", *argv],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    python = lint_only / "bin" / "python"
    for module in ("pypandoc", "typst"):
        probe = subprocess.run([python, "-c", f"import {module}"], capture_output=True, check=False)
        assert probe.returncode == 1, f"{module} is installed"
    lint = [python, "lint", "partnerships/", "--no-cache", "--lang", "en"]
    alone, here = run(*lint), run(sys.executable, *lint[1:])
    assert (alone.returncode, alone.stdout) == (here.returncode, here.stdout), alone.stderr
    assert "0 errors" in alone.stdout and "Traceback" not in alone.stderr
    version = subprocess.run(
        [lint_only / "bin" / "ptk", "--version"], capture_output=True, text=True, check=False
    )
    assert version.returncode == 0 and version.stdout.splitlines() == [
        line for line in version.stdout.splitlines() if line.startswith("ptk ")
    ]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "Install them with: pip install 'partnership-toolkit[render]'"),
        ("fr", "Installez-les avec\u00a0: pip install 'partnership-toolkit[render]'"),
    ],
)
def test_render_without_the_extra_says_how_to_install_it(
    lint_only: Path, tmp_path: Path, lang: str, words: str
) -> None:
    shutil.copytree(REPO / "partnerships", tmp_path / "partnerships")
    done = subprocess.run(
        [lint_only / "bin" / "ptk", "render", "--all", "--lang", lang],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert words in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "build").exists()
