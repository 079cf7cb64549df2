"""A wheel built from the repository works in a fresh environment, away from the repository."""

from __future__ import annotations

import os
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
    return next(out.glob("ptk-*.whl"))


def test_wheel_carries_schemas_templates_and_catalogues(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "ptk/schemas/partnership.schema.json" in names
    assert "ptk/schemas/config.schema.json" in names
    assert any(name.startswith("ptk/templates/") for name in names)
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
    assert "1 fichier vérifié : 0 erreur" in validated.stdout
    created = run("new", "fete-des-possibles", "--level", "coordination")
    assert created.returncode == 0, created.stderr
    assert run("validate", "partnerships/fete-des-possibles.yaml").returncode == 0
    assert "Vision commune" in (work / "partnerships" / "fete-des-possibles.yaml").read_text()
    rendered = run("render", "partnerships/jardin.yaml", "--to", "pdf,docx,odt")
    assert rendered.returncode == 0, rendered.stderr
    assert (work / "build" / "jardin-convention.pdf").read_bytes().startswith(b"%PDF")
    assert zipfile.is_zipfile(work / "build" / "jardin-convention.docx")
