"""JSON written at C speed (orjson), indented two spaces, always valid UTF-8, and in
pieces: a report of a hundred thousand problems never sits whole in memory."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice
from typing import Any, TextIO

import orjson

from ptk.safe import valid_text

ITEMS = "\x00ptk-items\x00"  # where, in the data, the streamed list goes: [ITEMS]
_BATCH = 2048


def write(data: Any, out: TextIO, items: Iterable[Any] = (), one_line: bool = False) -> None:
    """``data`` as indented JSON on ``out``, then a newline; ``items`` take the place of
    the list ``[ITEMS]`` in ``data``, written a batch at a time, each on one line if
    ``one_line`` (a third of the size: SARIF's results are deep and numerous)."""
    iterator = iter(items)
    batch = list(islice(iterator, _BATCH))
    raw = _dumps(data)
    if not batch:  # an empty list, as json writes it
        sink = _sink(out)
        sink(_EMPTY.sub(b"[]", raw) + b"\n")
        return
    before, _, after = raw.partition(_dumps(ITEMS))
    indent = before[before.rindex(b"\n") + 1 :]  # the items' own indentation
    sink = _sink(out)
    sink(before[: -len(indent)])
    while batch:
        if one_line:
            sink(indent + (b",\n" + indent).join(map(compact, batch)))
        else:
            sink(_items(batch, b"\n" + indent[2:]))
        batch = list(islice(iterator, _BATCH))
        if batch:
            sink(b",\n")
    sink(after + b"\n")


def _items(batch: list[Any], pad: bytes) -> bytes:
    """The items of ``batch`` as the lines of an indented list, one orjson call for all."""
    raw = _dumps(batch)  # b'[\n  {\n    …\n  },\n  …\n]'
    return pad[1:] + raw[2:-2].replace(b"\n", pad)


_EMPTY = re.compile(rb'\[\s*"\\u0000ptk-items\\u0000"\s*\]')


def _dumps(data: Any, option: int = orjson.OPT_INDENT_2) -> bytes:
    try:
        return orjson.dumps(data, option=option)
    except orjson.JSONEncodeError:  # a lone surrogate: bytes of a name that is not UTF-8
        return orjson.dumps(_valid(data), option=option)


def compact(data: Any) -> bytes:
    """``data`` as JSON on one line; bytes are taken as JSON already written."""
    return data if isinstance(data, bytes) else _dumps(data, 0)


def _sink(out: TextIO) -> Any:
    """A function writing bytes to ``out``: to its binary buffer when it has one."""
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        return lambda raw: out.write(raw.decode("utf-8"))
    out.flush()
    return buffer.write


def _valid(data: Any) -> Any:
    if isinstance(data, str):
        return valid_text(data)
    if isinstance(data, dict):
        return {valid_text(str(key)): _valid(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [_valid(item) for item in data]
    return data
