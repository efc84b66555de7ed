"""The one list of input formats: a new format is one `Format` entry in `FORMATS`.

Discovery asks it which files are articles (and how to cut a big export into
units of work); workers ask it how to turn an entry's bytes into articles.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from newsclaims.inputs import formats
from newsclaims.inputs.documents import Document, Entry, ReadError, failed, os_error

# A file this big is not an article; reading it would only exhaust memory.
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Format:
    """How to read one kind of file."""

    kind: str
    suffixes: tuple[str, ...]
    read: Callable[[Entry, bytes], Iterator[Document]]
    # Cuts one big file into entries (path, source -> entries); None: the file is one entry.
    split: Callable[[str, str], Iterator[Entry]] | None = None


FORMATS: tuple[Format, ...] = (
    Format("text", (".txt", ".text"), formats.read_text),
    Format("markdown", (".md", ".markdown"), formats.read_markdown),
    Format("html", (".html", ".htm", ".xhtml"), formats.read_html),
    Format("jsonl", (".jsonl", ".ndjson"), formats.read_jsonl, split=formats.split_jsonl),
    Format("json", (".json",), formats.read_json),
)
BY_KIND: dict[str, Format] = {f.kind: f for f in FORMATS}
BY_SUFFIX: dict[str, Format] = {suffix: f for f in FORMATS for suffix in f.suffixes}


def format_of(path: str) -> Format | None:
    """The format a file's suffix names (case-insensitive), or None: not an article."""
    return BY_SUFFIX.get(os.path.splitext(path)[1].lower())


def read(entry: Entry) -> Iterator[Document]:
    """The articles in one entry; a problem becomes an error Document, never an exception."""
    if entry.error is not None:
        yield failed(entry.source, *entry.error)
        return
    try:
        data = _read_bytes(entry)
    except ReadError as exc:
        yield failed(entry.source, exc.kind, str(exc))
        return
    yield from BY_KIND[entry.kind].read(entry, data)


def _read_bytes(entry: Entry) -> bytes:
    try:
        with open(entry.path, "rb") as fh:
            if entry.end is not None:
                fh.seek(entry.start)
                return fh.read(entry.end - entry.start)
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ReadError(*os_error(exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise ReadError("too_large", f"larger than {MAX_FILE_BYTES // 2**20} MiB; not an article")
    return data
