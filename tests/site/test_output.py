"""``ptk site -o DIR`` writes only in its own folder and never deletes what it did not write."""

from __future__ import annotations

from pathlib import Path

from ptk.site.output import MARKER, SiteFolder

from .conftest import build


def test_refuses_a_folder_with_other_files_unless_forced(copy_of_group: Path) -> None:
    (copy_of_group / "public").mkdir()
    (copy_of_group / "public" / "notes.txt").write_text("mine", encoding="utf-8")
    refused = build(copy_of_group, "site", "partnerships", "-o", "public")
    assert refused.code == 2
    assert "public" in refused.err and "--force" in refused.err
    assert sorted(p.name for p in (copy_of_group / "public").iterdir()) == ["notes.txt"]
    forced = build(copy_of_group, "site", "partnerships", "-o", "public", "--force")
    assert forced.code == 0
    assert (copy_of_group / "public" / "notes.txt").read_text() == "mine"
    assert (copy_of_group / "public" / "index.html").is_file()
    assert (copy_of_group / "public" / MARKER).is_file()


def test_rebuilds_its_own_folder_and_removes_only_its_leftovers(copy_of_group: Path) -> None:
    first = build(copy_of_group, "site", "partnerships", "-o", "out")
    assert first.code == 0
    (first.folder / "partnerships" / "keep.txt").write_text("mine", encoding="utf-8")
    (copy_of_group / "partnerships" / "hostile.yaml").unlink()
    second = build(copy_of_group, "site", "partnerships", "-o", "out")
    assert second.code == 0
    assert not (first.folder / "partnerships" / "hostile.html").exists()
    assert (first.folder / "partnerships" / "keep.txt").read_text() == "mine"
    assert (first.folder / "partnerships" / "jardin-emmaus-creil.html").is_file()


def test_a_tampered_marker_cannot_delete_outside(tmp_path: Path) -> None:
    outside = tmp_path / "precious.txt"
    outside.write_text("keep", encoding="utf-8")
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "inside.txt").write_text("keep too", encoding="utf-8")
    (folder / MARKER).write_text(
        "../precious.txt\n/etc/hostname\nsub/../../precious.txt\n", encoding="utf-8"
    )
    (folder / "link").symlink_to(tmp_path)
    (folder / MARKER).write_text(
        (folder / MARKER).read_text() + "link/precious.txt\n", encoding="utf-8"
    )
    site = SiteFolder(folder)
    site.write("index.html", b"<!DOCTYPE html>")
    site.finish()
    assert outside.read_text() == "keep"
    assert (folder / "inside.txt").read_text() == "keep too"
    assert (folder / MARKER).read_text().splitlines()[1:] == ["index.html"]


def test_writes_never_follow_a_link_out_of_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (folder / "partnerships").symlink_to(tmp_path / "elsewhere")
    site = SiteFolder(folder, force=True)
    try:
        site.write("partnerships/x.html", b"x")
    except Exception as error:  # a UsageError: the command reports it (exit 2)
        assert getattr(error, "key", "") == "site.outside"
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_not_a_folder(copy_of_group: Path) -> None:
    (copy_of_group / "site.txt").write_text("x", encoding="utf-8")
    result = build(copy_of_group, "site", "partnerships", "-o", "site.txt")
    assert result.code == 2 and "site.txt" in result.err
