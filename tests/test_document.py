"""Loading: YAML 1.2 meaning, positions from JSON pointers, refusal of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from ptk import document
from ptk.document import LoadError, Positions, parse


def test_yaml_1_2_keeps_no_yes_on_as_text() -> None:
    data = parse("a: no\nb: yes\nc: on\nd: true\ne: False\nf: ~\n").data
    assert data == {"a": "no", "b": "yes", "c": "on", "d": True, "e": False, "f": None}


def test_dates_stay_iso_strings_and_numbers_are_numbers() -> None:
    data = parse("start: 2026-03-15\nn: 12\nx: 1.5\nhex: 0x1F\nquoted: '12'\n").data
    assert data == {"start": "2026-03-15", "n": 12, "x": 1.5, "hex": 31, "quoted": "12"}


def test_explicit_str_tag_is_respected() -> None:
    assert parse("a: !!str true\nb: !!str 12\n").data == {"a": "true", "b": "12"}


def test_sexagesimal_and_octal_of_yaml_1_1_stay_text() -> None:
    assert parse("a: 1:30\nb: 010\n").data == {"a": "1:30", "b": 10}


SAMPLE = """\
ptk: 1
partners:
  - id: a
    name: A
  - id: b
    contact:
      email: nope
objectives: [{id: o1, statement: x}]
"""


@pytest.mark.parametrize(
    ("pointer", "position"),
    [
        ("", (1, 1)),
        ("/ptk", (1, 1)),
        ("/partners", (2, 1)),
        ("/partners/0", (3, 5)),
        ("/partners/0/name", (4, 5)),
        ("/partners/1/contact/email", (7, 7)),
        ("/objectives/0/statement", (8, 23)),
        ("/partners/1/missing", (5, 5)),  # absent: its nearest present ancestor
        ("/nothing/at/all", (1, 1)),
    ],
)
def test_positions_from_json_pointers(pointer: str, position: tuple[int, int]) -> None:
    assert Positions(parse(SAMPLE).root).of(pointer) == position


def test_pointer_escaping_round_trips() -> None:
    pointer = document.join_pointer("a/b", "c~d", 0)
    assert pointer == "/a~1b/c~0d/0"
    assert document.split_pointer(pointer) == ["a/b", "c~d", "0"]


def _refused(text: str) -> LoadError:
    with pytest.raises(LoadError) as caught:
        parse(text)
    return caught.value


def test_duplicate_key_is_refused_at_the_second_occurrence() -> None:
    error = _refused("title: a\nlevel: x\ntitle: b\n")
    assert (error.rule, error.key, error.line, error.column) == (
        "yaml-syntax",
        "yaml.duplicate-key",
        3,
        1,
    )
    assert error.params == {"key": "title", "first": 1}


def test_duplicate_key_in_a_nested_flow_mapping() -> None:
    error = _refused("a:\n  - {id: x, id: y}\n")
    assert (error.key, error.line, error.column) == ("yaml.duplicate-key", 2, 13)


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    previous = "a"
    for name in "bcdefghij":
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
        previous = name
    assert _refused("\n".join(lines)).key == "yaml.alias-bomb"


def test_small_aliases_are_allowed() -> None:
    data = parse("base: &b {x: 1}\nother: *b\n").data
    assert data == {"base": {"x": 1}, "other": {"x": 1}}


def test_recursive_alias_is_refused() -> None:
    assert _refused("a: &x [1, *x]\n").key == "yaml.recursive-alias"


@pytest.mark.parametrize(
    "text", ["a: " + "[" * 100_000 + "]" * 100_000, "a: " + "[" * 65 + "]" * 65]
)
def test_extreme_nesting_is_refused_without_crashing(text: str) -> None:
    assert _refused(text).key == "yaml.too-deep"


def test_block_nesting_within_the_limit_is_fine() -> None:
    text = "".join("  " * depth + f"k{depth}:\n" for depth in range(30)) + "  " * 30 + "v: 1\n"
    assert parse(text).data["k0"]["k1"]["k2"] is not None


@pytest.mark.parametrize(
    ("text", "key", "line", "column"),
    [
        ("", "yaml.empty", 1, 1),
        ("# only a comment\n", "yaml.empty", 1, 1),
        ("a: 1\n---\nb: 2\n", "yaml.several-documents", 2, 1),
        ("a: [1\nb: 2\n", "yaml.unclosed-list", 2, 2),
        ("a:\n\tb: 1\n", "yaml.tab", 2, 1),
        ("title: Jardin: saison 2\n", "yaml.colon", 1, 14),
        ('a: "abc\n', "yaml.unclosed-quote", 2, 1),
        ("a: *nothing\n", "yaml.undefined-alias", 1, 4),
        ("a: @x\n", "yaml.reserved-character", 1, 4),
        ("a: !python/object x\n", "yaml.unknown-tag", 1, 4),
        ("a: !!int douze\n", "yaml.bad-tagged-value", 1, 4),
        ("a: \x07\n", "yaml.bad-character", 1, 4),
        ("? [a, b]\n: 1\n", "yaml.complex-key", 1, 3),
    ],
)
def test_bad_yaml_is_located(text: str, key: str, line: int, column: int) -> None:
    error = _refused(text)
    assert (error.rule, error.key, error.line, error.column) == ("yaml-syntax", key, line, column)


def test_invalid_utf8_is_located_at_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(b"title: ok\nname: caf\xe9\n")
    with pytest.raises(LoadError) as caught:
        document.read_text(path)
    assert (caught.value.rule, caught.value.key) == ("unreadable-file", "input.not-utf8")
    assert (caught.value.line, caught.value.column) == (2, 10)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes("\ufefftitle: été\n".encode())
    assert parse(document.read_text(path)).data == {"title": "été"}


def test_utf16_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes("title: x\n".encode("utf-16"))
    with pytest.raises(LoadError) as caught:
        document.read_text(path)
    assert caught.value.key == "input.utf16"


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a: " + "x" * 2000 + "\n")
    with pytest.raises(LoadError) as caught:
        document.read_text(path, max_bytes=1000)
    assert caught.value.key == "input.too-large"
    assert document.read_text(path, max_bytes=4000).startswith("a: x")


def test_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as folder:
        document.read_text(tmp_path)
    with pytest.raises(LoadError) as missing:
        document.read_text(tmp_path / "nope.yaml")
    assert (folder.value.key, missing.value.key) == ("input.is-directory", "input.not-found")
