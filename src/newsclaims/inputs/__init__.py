"""Finding article files and turning their bytes into article text.

Journalists' folders hold anything: CMS exports, scraped pages, legacy
encodings, a stray PDF. Everything here answers with a `Document` (text, or
the reason there is none) rather than raising, so one bad file never stops a
run. Discovery is cheap and runs in the main process; reading (decoding, HTML
main-text extraction, JSON parsing) runs in the workers.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsclaims.schema import ErrorInfo, content_hash

# File suffix -> how to read it.
KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}

# Field names CMS exports use for the same thing, first match wins.
JSON_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content"),
    "id": ("id", "_id", "guid", "uuid"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "date": ("date", "published", "published_at", "pubdate", "datePublished"),
}

# A file this big is not an article; reading it would only exhaust memory.
MAX_FILE_BYTES = 200 * 1024 * 1024
# How many lines of a .jsonl export one unit of work covers.
JSONL_LINES_PER_ENTRY = 32

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# How much worse (charset-normalizer "chaos") Windows-1252 may look than the best guess and still win:
# short English texts are ambiguous between the Latin code pages and 1252 is by far the commonest.
_CP1252_TOLERANCE = 0.05
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
_MD_HEADING = re.compile(r"^#[ \t]+(?P<title>.+?)[ \t#]*$", re.MULTILINE)


@dataclass(frozen=True)
class Entry:
    """A unit of work found on disk: a file, or a run of lines of a .jsonl export."""

    path: str
    source: str
    kind: str
    first_line: int = 1
    start: int = 0
    end: int | None = None
    count: int = 1
    # Set when discovery already knows the file cannot be read (e.g. a symlink loop).
    error: tuple[str, str] | None = None


@dataclass(frozen=True)
class Skipped:
    """A file that is not an article format; listed to the user, never silently dropped."""

    source: str
    reason: str


@dataclass
class Document:
    """One article to analyse, or the reason it could not be read."""

    source: str
    text: str = ""
    content_hash: str | None = None
    meta: dict[str, str | None] = field(default_factory=dict)
    error: ErrorInfo | None = None


class ReadError(Exception):
    """A file's bytes cannot become article text; `kind` becomes the record's error type."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


# --------------------------------------------------------------------------- discovery


def discover(paths: Iterable[Path], exclude: Iterable[Path] = ()) -> Iterator[Entry | Skipped]:
    """Every file under `paths` in a stable (sorted) order, as work or as a skipped file.

    `source` is the path relative to the folder given, with `/` separators; a file
    given directly is named by its file name. Files in `exclude` (our own outputs) are
    passed over so a re-run never reads its own JSON Lines as input.
    """
    excluded = {os.path.realpath(p) for p in exclude}
    for root in paths:
        if root.is_dir():
            yield from _walk(str(root), "", excluded, (os.path.realpath(root),))
        else:
            yield from _file(str(root), root.name, excluded)


def _walk(folder: str, prefix: str, excluded: set[str], ancestors: tuple[str, ...]) -> Iterator[Entry | Skipped]:
    try:
        with os.scandir(folder) as it:
            children = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Entry(folder, prefix.rstrip("/") or ".", "text", error=_os_error(exc))
        return
    for child in children:
        source = prefix + child.name
        try:
            is_dir = child.is_dir()
        except OSError:
            is_dir = False
        if is_dir and child.name.startswith("."):
            yield Skipped(source + "/", "hidden folder, not searched")
        elif is_dir:
            real = os.path.realpath(child.path)
            if real in ancestors:
                yield Entry(child.path, source, "text", error=("symlink_loop", "folder links back to a folder above it"))
                continue
            yield from _walk(child.path, source + "/", excluded, (*ancestors, real))
        else:
            yield from _file(child.path, source, excluded)


def _file(path: str, source: str, excluded: set[str]) -> Iterator[Entry | Skipped]:
    kind = KINDS.get(os.path.splitext(path)[1].lower())
    try:
        info = os.stat(path)
    except OSError as exc:
        if kind is None and exc.errno not in (errno.ELOOP, errno.EACCES):
            yield Skipped(source, f"cannot be read: {exc.strerror}")
        else:
            yield Entry(path, source, kind or "text", error=_os_error(exc))
        return
    if os.path.realpath(path) in excluded:
        return
    if not stat.S_ISREG(info.st_mode):
        yield Skipped(source, "not a regular file")
    elif kind is None:
        suffix = os.path.splitext(path)[1]
        yield Skipped(source, f"not an article format ({suffix or 'no suffix'})")
    elif kind == "jsonl" and info.st_size <= MAX_FILE_BYTES:
        yield from _jsonl_entries(path, source)
    else:
        yield Entry(path, source, kind)


def _jsonl_entries(path: str, source: str) -> Iterator[Entry]:
    """Split an export into runs of lines by byte offset, so workers share one big file."""
    try:
        with open(path, "rb") as fh:
            offsets = [0]
            blank = True
            for line in fh:
                offsets.append(offsets[-1] + len(line))
                blank = blank and not line.strip()
    except OSError as exc:
        yield Entry(path, source, "jsonl", error=_os_error(exc))
        return
    if blank:
        yield Entry(path, source, "jsonl", error=("empty", "the file holds no articles"))
        return
    lines = len(offsets) - 1
    for first in range(0, max(lines, 1), JSONL_LINES_PER_ENTRY):
        last = min(first + JSONL_LINES_PER_ENTRY, lines)
        yield Entry(path, source, "jsonl", first_line=first + 1, start=offsets[first], end=offsets[last], count=last - first)


def _os_error(exc: OSError) -> tuple[str, str]:
    kind = {errno.ELOOP: "symlink_loop", errno.EACCES: "unreadable", errno.EPERM: "unreadable", errno.ENOENT: "missing"}
    return kind.get(exc.errno or 0, "unreadable"), exc.strerror or str(exc)


# --------------------------------------------------------------------------- reading


def read(entry: Entry) -> Iterator[Document]:
    """The articles in one entry; a problem becomes an error Document, never an exception."""
    if entry.error is not None:
        yield _failed(entry.source, *entry.error)
        return
    try:
        data = _read_bytes(entry)
    except ReadError as exc:
        yield _failed(entry.source, exc.kind, str(exc))
        return
    if entry.kind == "jsonl":
        yield from _read_jsonl(entry, data)
    elif entry.kind == "json":
        yield from _read_json(entry, data)
    else:
        yield _read_single(entry, data)


def _read_bytes(entry: Entry) -> bytes:
    try:
        with open(entry.path, "rb") as fh:
            if entry.end is not None:
                fh.seek(entry.start)
                return fh.read(entry.end - entry.start)
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ReadError(*_os_error(exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise ReadError("too_large", f"larger than {MAX_FILE_BYTES // 2**20} MiB; not an article")
    return data


def _read_single(entry: Entry, data: bytes) -> Document:
    try:
        text = decode(data)
        meta: dict[str, str | None] = {}
        if entry.kind == "html":
            text, meta = html_main_text(text)
        elif entry.kind == "markdown":
            text, meta = markdown_text(text)
        return article(entry.source, text, meta)
    except ReadError as exc:
        return _failed(entry.source, exc.kind, str(exc), data)


def _read_jsonl(entry: Entry, data: bytes) -> Iterator[Document]:
    for number, raw in enumerate(data.splitlines(), start=entry.first_line):
        if not raw.strip():
            continue
        fallback = f"{entry.source}#{number}"
        try:
            obj = json.loads(decode(raw))
        except (ReadError, ValueError) as exc:
            yield _failed(fallback, "bad_json", f"line {number}: {exc}", raw)
            continue
        yield _from_object(obj, entry.source, fallback, raw)


def _read_json(entry: Entry, data: bytes) -> Iterator[Document]:
    try:
        obj = json.loads(decode(data))
    except (ReadError, ValueError) as exc:
        yield _failed(entry.source, "bad_json", str(exc), data)
        return
    if isinstance(obj, dict) and not _field(obj, "text"):
        # {"articles": [...]} style wrappers: the one list-valued field.
        lists = [v for v in obj.values() if isinstance(v, list)]
        obj = lists[0] if len(lists) == 1 else obj
    items = obj if isinstance(obj, list) else [obj]
    if not items:
        yield _failed(entry.source, "empty", "the file holds no articles", data)
    for index, item in enumerate(items, start=1):
        fallback = f"{entry.source}#{index}" if isinstance(obj, list) else entry.source
        yield _from_object(item, entry.source, fallback, json.dumps(item, sort_keys=True).encode())


def _from_object(obj: Any, file_source: str, fallback: str, raw: bytes) -> Document:
    if not isinstance(obj, dict):
        return _failed(fallback, "bad_json", "expected an object with a `text` field", raw)
    ident = _field(obj, "id")
    source = f"{file_source}#{ident}" if ident not in (None, "") else fallback
    text = _field(obj, "text")
    if not isinstance(text, str):
        return _failed(source, "no_text", "the object has no `text` string", raw)
    meta = {key: _str_or_none(_field(obj, key)) for key in ("title", "url", "date")}
    try:
        return article(source, text, meta)
    except ReadError as exc:
        return _failed(source, exc.kind, str(exc), raw)


def _field(obj: dict[str, Any], name: str) -> Any:
    return next((obj[key] for key in JSON_FIELDS[name] if obj.get(key) is not None), None)


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def article(source: str, text: str, meta: dict[str, str | None] | None = None) -> Document:
    """A readable article, after the checks every format shares."""
    text = normalize_newlines(text)
    if "\x00" in text:
        raise ReadError("binary", "the text contains NUL characters; it is not an article")
    if not text.strip():
        raise ReadError("empty", "the file holds no text")
    return Document(source, text, content_hash(text), dict(meta or {}))


def _failed(source: str, kind: str, message: str, data: bytes | None = None) -> Document:
    digest = hashlib.sha256(data).hexdigest() if data is not None else None
    return Document(source, content_hash=digest, error=ErrorInfo(type=kind, message=message))


def normalize_newlines(text: str) -> str:
    """Windows and old-Mac line ends become `\\n`, so paragraph rules see one convention."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


# --------------------------------------------------------------------------- decoding


def decode(data: bytes) -> str:
    """Bytes to text: BOMs first, then UTF-8, then the legacy encoding charset-normalizer detects."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError("undecodable", f"starts with a {encoding} byte-order mark but is not {encoding}") from exc
    if b"\x00" in data:
        raise ReadError("binary", "contains NUL bytes; looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError("undecodable", "not UTF-8 and no known text encoding fits; binary file?")
    if best.encoding != "cp1252":
        cp1252 = from_bytes(data, cp_isolation=["cp1252"]).best()
        if cp1252 is not None and cp1252.chaos <= best.chaos + _CP1252_TOLERANCE:
            best = cp1252
    return str(best)


# --------------------------------------------------------------------------- formats


def html_main_text(html: str) -> tuple[str, dict[str, str | None]]:
    """The article body of a web page (navigation, ads and comments dropped) plus its metadata."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, include_images=False
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise ReadError("no_main_text", "no article text found in the page")
    meta = {
        "title": getattr(result, "title", None),
        "url": getattr(result, "url", None),
        "date": getattr(result, "date", None),
    }
    return text, meta


def markdown_text(text: str) -> tuple[str, dict[str, str | None]]:
    """Markdown stays as written (spans index into it); YAML front matter becomes metadata."""
    meta: dict[str, str | None] = {}
    match = _FRONT_MATTER.match(normalize_newlines(text))
    if match:
        fields = {m["key"].lower(): m["value"].strip("'\"") for m in _FRONT_MATTER_FIELD.finditer(match["body"])}
        meta = {key: fields.get(key) or None for key in ("title", "url", "date")}
        text = normalize_newlines(text)[match.end() :]
    if not meta.get("title"):
        heading = _MD_HEADING.search(text)
        if heading:
            meta["title"] = heading["title"]
    return text, meta
