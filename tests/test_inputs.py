"""Only regular files are read, and only regular files are written: a pipe, a device or a
link out of the repository is refused with a message, never waited on or written through."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from ptk.errors import UsageError
from ptk.writing import write_file

from .conftest import Runner, minimal


def test_a_fifo_named_yaml_is_refused_not_waited_on(
    ptk: Runner, tmp_path: Path, write: Callable[..., Path]
) -> None:
    write("good.yaml", minimal("good"))
    os.mkfifo(tmp_path / "partnerships" / "tube.yaml")
    for lang, words in (("en", "not a regular file"), ("fr", "pas un fichier ordinaire")):
        result = ptk("lint", "--lang", lang, "--no-cache")
        assert result.code == 2
        [line] = [line for line in result.out.splitlines() if "tube.yaml" in line]
        assert line.startswith("partnerships/tube.yaml:1:1: ") and words in line


def test_a_device_is_refused(ptk: Runner) -> None:
    result = ptk("validate", "/dev/zero")
    assert result.code == 2 and "/dev/zero:1:1:" in result.out
    assert "not a regular file" in result.out


def test_a_link_out_of_the_repository_is_refused(
    ptk: Runner,
    tmp_path: Path,
    write: Callable[..., Path],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    outside = tmp_path_factory.mktemp("elsewhere") / "secret.yaml"
    outside.write_text(minimal("secret"), encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    write("inside.yaml", minimal("inside"))
    (tmp_path / "partnerships" / "secret.yaml").symlink_to(outside)
    (tmp_path / "partnerships" / "alias.yaml").symlink_to(tmp_path / "partnerships" / "inside.yaml")
    result = ptk("validate", "--lang", "fr")
    assert result.code == 2
    lines = result.out.splitlines()
    assert any(
        line.startswith("partnerships/secret.yaml:1:1: ") and "hors du dépôt" in line
        for line in lines
    )
    assert not any(
        line.startswith("partnerships/alias.yaml") and "unreadable" in line for line in lines
    )


@pytest.mark.parametrize("kind", ["symlink", "fifo"])
def test_force_never_writes_through_a_link_or_into_a_pipe(tmp_path: Path, kind: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = tmp_path / "build" / "x.pdf"
    target.parent.mkdir()
    if kind == "symlink":
        target.symlink_to(victim)
    else:
        os.mkfifo(target)
    with pytest.raises(UsageError) as refused:
        write_file(target, b"new", overwrite=True)
    assert refused.value.key == "write.not-regular"
    assert victim.read_text() == "keep me"
    assert target.is_symlink() if kind == "symlink" else not target.is_file()
