"""One reader per input format: an entry's bytes in, its articles out.

A reader never raises for bad input: a problem becomes an error `Document`. Which
suffix goes to which reader is decided in one place, `newsclaims.inputs.registry`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from newsclaims.inputs.decoding import decode
from newsclaims.inputs.documents import Document, Entry, ReadError, article, failed, normalize_newlines, os_error

# Field names CMS exports use for the same thing, first match wins.
JSON_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content"),
    "id": ("id", "_id", "guid", "uuid"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "date": ("date", "published", "published_at", "pubdate", "datePublished"),
}
# How many lines of a .jsonl export one unit of work covers.
JSONL_LINES_PER_ENTRY = 32

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
_MD_HEADING = re.compile(r"^#[ \t]+(?P<title>.+?)[ \t#]*$", re.MULTILINE)

Meta = dict[str, str | None]


# --------------------------------------------------------------------------- one article per file


def _single(entry: Entry, data: bytes, convert: Callable[[str], tuple[str, Meta]] | None) -> Iterator[Document]:
    """The file's one article: decoded, converted to plain text if the format needs it."""
    try:
        text = decode(data)
        meta: Meta = {}
        if convert is not None:
            text, meta = convert(text)
        yield article(entry.source, text, meta)
    except ReadError as exc:
        yield failed(entry.source, exc.kind, str(exc), data)


def read_text(entry: Entry, data: bytes) -> Iterator[Document]:
    """A plain text file: the text as it is."""
    return _single(entry, data, None)


def read_markdown(entry: Entry, data: bytes) -> Iterator[Document]:
    """A Markdown file: its text, front matter as metadata."""
    return _single(entry, data, markdown_text)


def read_html(entry: Entry, data: bytes) -> Iterator[Document]:
    """A web page: its main text and metadata."""
    return _single(entry, data, html_main_text)


def html_main_text(html: str) -> tuple[str, Meta]:
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


def markdown_text(text: str) -> tuple[str, Meta]:
    """Markdown stays as written (spans index into it); YAML front matter becomes metadata."""
    meta: Meta = {}
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


# --------------------------------------------------------------------------- exports: many articles per file


def split_jsonl(path: str, source: str) -> Iterator[Entry]:
    """Split an export into runs of lines by byte offset, so workers share one big file."""
    try:
        with open(path, "rb") as fh:
            offsets = [0]
            blank = True
            for line in fh:
                offsets.append(offsets[-1] + len(line))
                blank = blank and not line.strip()
    except OSError as exc:
        yield Entry(path, source, "jsonl", error=os_error(exc))
        return
    if blank:
        yield Entry(path, source, "jsonl", error=("empty", "the file holds no articles"))
        return
    lines = len(offsets) - 1
    for first in range(0, max(lines, 1), JSONL_LINES_PER_ENTRY):
        last = min(first + JSONL_LINES_PER_ENTRY, lines)
        yield Entry(path, source, "jsonl", first_line=first + 1, start=offsets[first], end=offsets[last], count=last - first)


def read_jsonl(entry: Entry, data: bytes) -> Iterator[Document]:
    """One article per line; a line's source is `file#id`, or `file#LINE` without an id."""
    for number, raw in enumerate(data.splitlines(), start=entry.first_line):
        if not raw.strip():
            continue
        fallback = f"{entry.source}#{number}"
        try:
            obj = json.loads(decode(raw))
        except (ReadError, ValueError) as exc:
            yield failed(fallback, "bad_json", f"line {number}: {exc}", raw)
            continue
        yield _from_object(obj, entry.source, fallback, raw)


def read_json(entry: Entry, data: bytes) -> Iterator[Document]:
    """One article object, a list of them, or a wrapper object holding one list of them."""
    try:
        obj = json.loads(decode(data))
    except (ReadError, ValueError) as exc:
        yield failed(entry.source, "bad_json", str(exc), data)
        return
    if isinstance(obj, dict) and not _field(obj, "text"):
        # {"articles": [...]} style wrappers: the one list-valued field.
        lists = [v for v in obj.values() if isinstance(v, list)]
        obj = lists[0] if len(lists) == 1 else obj
    items = obj if isinstance(obj, list) else [obj]
    if not items:
        yield failed(entry.source, "empty", "the file holds no articles", data)
    for index, item in enumerate(items, start=1):
        fallback = f"{entry.source}#{index}" if isinstance(obj, list) else entry.source
        yield _from_object(item, entry.source, fallback, json.dumps(item, sort_keys=True).encode())


def _from_object(obj: Any, file_source: str, fallback: str, raw: bytes) -> Document:
    if not isinstance(obj, dict):
        return failed(fallback, "bad_json", "expected an object with a `text` field", raw)
    ident = _field(obj, "id")
    source = f"{file_source}#{ident}" if ident not in (None, "") else fallback
    text = _field(obj, "text")
    if not isinstance(text, str):
        return failed(source, "no_text", "the object has no `text` string", raw)
    meta = {key: _str_or_none(_field(obj, key)) for key in ("title", "url", "date")}
    try:
        return article(source, text, meta)
    except ReadError as exc:
        return failed(source, exc.kind, str(exc), raw)


def _field(obj: dict[str, Any], name: str) -> Any:
    return next((obj[key] for key in JSON_FIELDS[name] if obj.get(key) is not None), None)


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
