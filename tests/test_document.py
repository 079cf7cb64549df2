"""Loading: YAML 1.2 meaning, positions from JSON pointers, refusal of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from ptk import document, i18n
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
    refused = _refused(text)
    assert refused.key == "yaml.too-deep"
    # at the first bracket past the limit (the top mapping is level 0), whatever the
    # libyaml version: recent ones stop at their own limit before ptk's guard speaks
    assert (refused.line, refused.column) == (1, 4 + document.MAX_DEPTH)


def test_nesting_past_libyaml_own_limit_in_blocks_is_refused_at_ptk_limit() -> None:
    text = "".join(" " * depth + "- \n" for depth in range(0, 2 * 1100, 2)) + "x\n"
    refused = _refused("a:\n" + text)
    assert refused.key == "yaml.too-deep"
    assert refused.line == 2 + document.MAX_DEPTH


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
        ('a: "abc\n', "yaml.unclosed-quote", 1, 4),  # where the quote opened
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


# One case per kind of error libyaml (and PyYAML's pure-Python parser) can report:
# each has ptk's own message, located where the reader must look.
SYNTAX_ERRORS = [
    ("a: {x: 1, y: 2\nb: 3\n", "yaml.unclosed-mapping", 2, 2),
    ("partners:\n  - {id: b, name: Beta\n  - id: c\n", "yaml.unclosed-mapping", 3, 7),
    ("a: b\n\tc: d\n", "yaml.tab", 2, 1),
    ("a: b: c\n", "yaml.colon", 1, 5),
    ("a:\n  - b\n c: d\n", "yaml.indentation", 3, 2),
    ("a: 1\nb\nc: 2\n", "yaml.missing-colon", 3, 1),
    ("a: - b\n", "yaml.dash", 1, 4),
    ("a: ? b\n", "yaml.question-mark", 1, 4),
    ("%FOO bar\n---\na: 1\n", "yaml.directive", 1, 5),
    ("%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "yaml.directive", 2, 1),
    ("a: !<tag\n", "yaml.tag", 1, 9),
    ("a: !x!y 1\n", "yaml.tag", 1, 4),
    ("a: &\n", "yaml.anchor-name", 1, 5),
    ("a: *\n", "yaml.anchor-name", 1, 5),
    ("a: |x\n  text\n", "yaml.block-scalar", 1, 5),
    ('a: "\\q"\n', "yaml.escape", 1, 5),
    ('a: "\\x4"\n', "yaml.escape", 1, 7),
    ("a: 1\n...\nb: 2\n", "yaml.document-start", 3, 1),
    ('a: "x\n---\ny"\n', "yaml.document-marker", 2, 1),
    ("a: [1,,2]\n", "yaml.missing-value", 1, 7),
    ("a: &x 1\nb: &x 2\n", "yaml.duplicate-anchor", 2, 4),
    ("a: [1, 2]]\n", "yaml.extra-bracket", 1, 10),
    ("a: {b: 1}}\n", "yaml.extra-bracket", 1, 10),
    ("a: 1\n- b\n", "yaml.indentation", 2, 1),
    ("a: 'L'école'\n", "yaml.apostrophe", 1, 7),
]

# What PyYAML and libyaml say, in their words: none of it may reach a reader.
PARSER_ENGLISH = ("found", "expected", "while ", "scanning", "parsing", "scalar", "token")


@pytest.mark.parametrize(("text", "key", "line", "column"), SYNTAX_ERRORS)
def test_every_parser_error_gets_ptk_own_located_message(
    text: str, key: str, line: int, column: int
) -> None:
    refused = _refused(text)
    assert (refused.key, refused.line, refused.column) == (key, line, column)
    for lang in ("fr", "en"):
        said = i18n.message(lang, refused.key, **refused.params)
        assert not any(word in said for word in PARSER_ENGLISH), said


# libyaml's own list of what its reader, scanner and parser can say (context | problem),
# and the words of PyYAML's pure-Python parser, used when libyaml is missing.
LIBYAML_SAYS = [
    "while scanning a simple key | could not find expected ':'",
    "while increasing flow level | exceeded maximum nesting depth",
    "while increasing indent level | exceeded max depth of 10000",
    " | block sequence entries are not allowed in this context",
    " | mapping keys are not allowed in this context",
    " | mapping values are not allowed in this context",
    "while scanning a directive | could not find expected directive name",
    "while scanning a directive | found unexpected non-alphabetical character",
    "while scanning a directive | found unknown directive name",
    "while scanning a directive | did not find expected comment or line break",
    "while scanning a %YAML directive | did not find expected digit or '.' character",
    "while scanning a %YAML directive | did not find expected version number",
    "while scanning a %YAML directive | found extremely long version number",
    "while scanning a %TAG directive | did not find expected whitespace",
    "while scanning a %TAG directive | did not find expected whitespace or line break",
    "while scanning a tag | did not find expected whitespace or line break",
    "while scanning an anchor | did not find expected alphabetic or numeric character",
    "while scanning an alias | did not find expected alphabetic or numeric character",
    "while scanning a tag | did not find the expected '>'",
    "while parsing a %TAG directive | did not find expected '!'",
    "while parsing a %TAG directive | did not find expected tag URI",
    "while parsing a tag | did not find expected tag URI",
    "while parsing a tag | did not find URI escaped octet",
    "while parsing a tag | found an incorrect leading UTF-8 octet",
    "while parsing a tag | found an incorrect trailing UTF-8 octet",
    "while scanning a block scalar | found an indentation indicator equal to 0",
    "while scanning a block scalar | did not find expected comment or line break",
    "while scanning a block scalar | found a tab character where an indentation space is expected",
    "while scanning a quoted scalar | found unexpected document indicator",
    "while scanning a quoted scalar | found unexpected end of stream",
    "while parsing a quoted scalar | did not find expected hexdecimal number",
    "while parsing a quoted scalar | found invalid Unicode character escape code",
    "while parsing a quoted scalar | found unknown escape character",
    "while scanning a plain scalar | found a tab character that violates indentation",
    " | did not find expected <document start>",
    "while parsing a block node | did not find expected node content",
    "while parsing a flow node | did not find expected node content",
    "while parsing a block collection | did not find expected '-' indicator",
    "while parsing a block mapping | did not find expected key",
    "while parsing a flow sequence | did not find expected ',' or ']'",
    "while parsing a flow mapping | did not find expected ',' or '}'",
    " | found duplicate %YAML directive",
    " | found incompatible YAML document",
    " | found duplicate %TAG directive",
    "while parsing a node | found undefined tag handle",
    "found undefined alias | ",
    "found duplicate anchor 'x'; first occurrence | second occurrence",
    "expected a single document in the stream | but found another document",
    # PyYAML's pure-Python parser
    "while parsing a block mapping | expected <block end>, but found '<scalar>'",
    "while parsing a flow sequence | expected ',' or ']', but got '<stream end>'",
    "while parsing a flow mapping | expected ',' or '}', but got '<stream end>'",
    "while parsing a flow node | expected the node content, but found ','",
    " | expected '<document start>', but found '<scalar>'",
    "while scanning a plain scalar | found unexpected ':'",
    "while scanning an anchor | expected alphabetic or numeric character, but found ' '",
    "while scanning a double-quoted scalar | expected escape sequence of 4 hexadecimal numbers",
]


@pytest.mark.parametrize("said", LIBYAML_SAYS)
def test_every_known_parser_message_has_a_specific_message(said: str) -> None:
    context, problem = said.split(" | ")
    assert document.syntax_message(context, problem) != "yaml.syntax"


def test_an_unknown_parser_message_still_gives_plain_words() -> None:
    key = document.syntax_message("while doing something new", "found a new problem")
    assert key == "yaml.syntax"
    for lang in ("fr", "en"):
        said = i18n.message(lang, key)
        assert not any(word in said for word in PARSER_ENGLISH), said
