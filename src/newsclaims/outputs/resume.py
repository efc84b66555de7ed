"""What an earlier run already wrote: the explicit repair of a cut-off last line, then the
records (or just their keys) in the output, later records winning over earlier ones.

Resume keys are read without depending on the order of a record's fields: the
top-level members of each line are decoded one by one and reading stops as soon as
the wanted fields are found. Records are written with `source` and `content_hash`
first, so for them that is the first few dozen bytes of a line, however long its text.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from json.decoder import scanstring
from pathlib import Path
from typing import Any

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
KEY_FIELDS = frozenset({"source", "content_hash"})


def resume_key(source: str, content_hash: str | None) -> str:
    """An article already done: the same source with the same content."""
    return f"{source}\x00{content_hash}"


def repair_last_line(path: Path) -> int:
    """Truncate `path` after its last newline (a line cut by a kill); returns the bytes removed."""
    with path.open("r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        end = size
        block = 1 << 16
        while end > 0:
            start = max(0, end - block)
            fh.seek(start)
            chunk = fh.read(end - start)
            if end == size and chunk.endswith(b"\n"):
                return 0
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            end = start
        else:
            keep = 0
        fh.truncate(keep)
        return size - keep


def _skip_space(line: str, at: int) -> int:
    return _SPACE.match(line, at).end()  # type: ignore[union-attr]  # it matches the empty string too


def leading_fields(line: str, wanted: frozenset[str]) -> dict[str, Any] | None:
    """The `wanted` top-level fields of one JSON object, decoding members only until all are found.

    None if the line is not a JSON object (as far as it was read).
    """
    found: dict[str, Any] = {}
    try:
        end = _skip_space(line, 0)
        if line[end : end + 1] != "{":
            return None
        end = _skip_space(line, end + 1)
        if line[end : end + 1] == "}":
            return found
        while True:
            if line[end : end + 1] != '"':
                return None
            key, end = scanstring(line, end + 1)
            end = _skip_space(line, end)
            if line[end : end + 1] != ":":
                return None
            value, end = _DECODER.raw_decode(line, _skip_space(line, end + 1))
            if key in wanted:
                found[key] = value
                if len(found) == len(wanted):
                    return found
            end = _skip_space(line, end)
            if line[end : end + 1] == "}":
                return found if not line[end + 1 :].strip() else None
            if line[end : end + 1] != ",":
                return None
            end = _skip_space(line, end + 1)
    except ValueError:
        return None


def read_fields(path: Path, wanted: frozenset[str] = KEY_FIELDS) -> Iterator[dict[str, Any]]:
    """The `wanted` fields of every record in an output file, in file order (lines that are not
    records, e.g. blank or hand-edited, are passed over). Repair the file first."""
    if not path.is_file():
        return
    wanted = wanted | {"source"}
    with path.open("rb") as fh:
        for raw in fh:
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                continue
            fields = leading_fields(line, wanted)
            if fields is not None and isinstance(fields.get("source"), str):
                yield fields


def read_keys(path: Path) -> Iterator[tuple[str, str | None]]:
    """(source, content_hash) of every record already in an output file."""
    for fields in read_fields(path):
        yield fields["source"], fields.get("content_hash")


def read_records(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every record already in an output file, whole: its line as written and its fields."""
    if not path.is_file():
        return
    with path.open("rb") as fh:
        for raw in fh:
            try:
                line = raw.decode("utf-8")
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and "source" in record:
                yield line, record


def latest_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of every line of an output file except records a later record for
    the same source supersedes: what the digest, the report or any reader that wants one
    record per article should read. Two passes, streaming (the first reads only each line's
    `source`); lines that are not records are passed through for the reader to judge."""
    latest: dict[str, int] = {}
    superseded: set[int] = set()
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            try:
                fields = leading_fields(raw.decode("utf-8"), frozenset({"source"}))
            except UnicodeDecodeError:
                continue
            source = fields.get("source") if fields else None
            if isinstance(source, str):
                if source in latest:
                    superseded.add(latest[source])
                latest[source] = number
    with path.open(encoding="utf-8", errors="surrogateescape") as fh:
        for number, line in enumerate(fh, 1):
            if number not in superseded:
                yield number, line
