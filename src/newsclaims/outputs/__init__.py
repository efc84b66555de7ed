"""Where records go: JSON Lines (canonical), and SQLite or CSV views of the same records.

The JSON Lines file is the one source of truth and what resume reads. SQLite and
CSV are rebuilt from it on every run (earlier records first, then the new ones),
so they always hold exactly what the JSON Lines holds.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol, TextIO

from pydantic import BaseModel

from newsclaims.schema import Article, Claim, Person, Place, Quantity, Quote

# Article list field -> the model of one item in it (the SQLite table of the same name).
ITEM_TABLES: dict[str, type[BaseModel]] = {
    "people": Person,
    "places": Place,
    "numbers": Quantity,
    "quotes": Quote,
    "claims": Claim,
}
# CSV `kind` of one item of each list.
ITEM_KINDS = {"people": "person", "places": "place", "numbers": "number", "quotes": "quote", "claims": "claim"}
# An item's own `source` (who a figure or claim is attributed to) must not clash with the article's.
ITEM_RENAMES = {"source": "attributed_to"}


class Sink(Protocol):
    def write(self, record: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


# --------------------------------------------------------------------------- JSON Lines


class JsonlSink:
    """Appends whole lines and flushes after each batch; resume repairs a line cut by a kill."""

    def __init__(self, path: Path | None, *, fresh: bool = False) -> None:
        self.path = path
        self._fh: Any
        if path is None:
            self._fh = sys.stdout
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = path.open("wb" if fresh else "ab")

    def write_lines(self, lines: list[str]) -> None:
        """Write serialised records (each ending in a newline) and push them to the OS."""
        if not lines:
            return
        data = "".join(lines)
        self._fh.write(data if self.path is None else data.encode("utf-8"))
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not sys.stdout:
            self._fh.close()

    def __enter__(self) -> JsonlSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_existing(path: Path) -> Iterator[dict[str, Any]]:
    """Records already in an output file, after cutting off a last line left incomplete by a kill."""
    if not path.is_file():
        return
    repair_last_line(path)
    with path.open("rb") as fh:
        for raw in fh:
            try:
                record = json.loads(raw)
            except ValueError:
                continue
            if isinstance(record, dict) and "source" in record:
                yield record


# The start of every line we write (pydantic keeps field order): enough to key resume
# without parsing the whole record.
_KEY_PREFIX = re.compile(
    rb'^\{"schema_version":"[^"]*","source":(?P<source>"(?:[^"\\]|\\.)*"),'
    rb'"content_hash":(?P<hash>null|"[0-9a-f]*")'
)


def read_keys(path: Path) -> Iterator[tuple[str, str | None]]:
    """(source, content_hash) of every record already in an output file, fast: resume on a
    million-article output reads only the start of each line (whole records only when needed)."""
    if not path.is_file():
        return
    repair_last_line(path)
    with path.open("rb") as fh:
        for raw in fh:
            match = _KEY_PREFIX.match(raw)
            try:
                if match:
                    yield json.loads(match["source"]), json.loads(match["hash"])
                    continue
                record = json.loads(raw)
            except ValueError:
                continue
            if isinstance(record, dict) and "source" in record:
                yield record["source"], record.get("content_hash")


def repair_last_line(path: Path) -> int:
    """Truncate `path` after its last newline; returns the bytes removed."""
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


# --------------------------------------------------------------------------- flattening


def _submodel(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside `X | None`, if the field holds one."""
    candidates = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    return next((c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None)


def _scalar_type(annotation: Any) -> type:
    args = set(typing.get_args(annotation)) - {type(None)} if isinstance(annotation, types.UnionType) else {annotation}
    if args <= {bool}:
        return int
    if args <= {int}:
        return int
    if args <= {int, float}:
        return float
    return str


def _columns(model: type[BaseModel], prefix: str = "", renames: dict[str, str] | None = None) -> dict[str, type]:
    columns: dict[str, type] = {}
    for name, info in model.model_fields.items():
        column = prefix + (renames or {}).get(name, name)
        sub = _submodel(info.annotation)
        if sub is not None:
            columns.update(_columns(sub, column + "_"))
        else:
            columns[column] = _scalar_type(info.annotation)
    return columns


def _flatten(
    model: type[BaseModel], data: dict[str, Any], prefix: str = "", renames: dict[str, str] | None = None
) -> dict[str, Any]:
    """One table row: nested objects become `speaker_name`-style columns, lists become JSON text."""
    row: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        column = prefix + (renames or {}).get(name, name)
        value = data.get(name)
        sub = _submodel(info.annotation)
        if sub is not None and (value is None or isinstance(value, dict)):
            if value:
                row.update(_flatten(sub, value, column + "_"))
        elif isinstance(value, (list, dict)):
            row[column] = json.dumps(value, ensure_ascii=False)
        else:
            row[column] = value
    return row


def _first_mention(item: dict[str, Any]) -> dict[str, Any]:
    mentions = item.get("mentions") or []
    first = mentions[0] if mentions else {}
    return {"start": first.get("start"), "end": first.get("end"), "text": first.get("text"), "mention_count": len(mentions)}


# --------------------------------------------------------------------------- SQLite


class SqliteSink:
    """Tables `articles`, `people`, `places`, `numbers`, `quotes`, `claims` through sqlite-utils.

    Every item row carries its article's `source` (a foreign key to `articles`) and its span;
    quote text has full-text search. The result opens as it is in Datasette.
    """

    FLUSH_EVERY = 500

    def __init__(self, path: Path) -> None:
        import sqlite_utils

        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite_utils.Database(path)
        self._drop()
        self._create()
        self._rows: dict[str, list[dict[str, Any]]] = {"articles": [], **{t: [] for t in ITEM_TABLES}}
        self._seen: set[str] = set()
        self._pending = 0

    def _drop(self) -> None:
        if self.db["quotes"].exists() and self.db["quotes"].detect_fts():
            self.db["quotes"].disable_fts()
        for table in (*ITEM_TABLES, "articles"):
            self.db[table].drop(ignore=True)

    def _create(self) -> None:
        article = {"source": str, **_columns(Article)}
        for table in ITEM_TABLES:
            article.pop(table, None)
            article[f"n_{table}"] = int
        article.pop("text")
        article["text"] = str  # last: the long column
        self.db["articles"].create(article, pk="source")
        for table, model in ITEM_TABLES.items():
            columns: dict[str, type] = {"source": str}
            if "mentions" in model.model_fields:
                columns.update({"start": int, "end": int, "text": str, "mention_count": int})
            columns.update(_columns(model, renames=ITEM_RENAMES))
            self.db[table].create(columns, foreign_keys=[("source", "articles", "source")])

    def write(self, record: dict[str, Any]) -> None:
        source = record["source"]
        if source in self._seen:  # a later record for the same article supersedes the earlier one
            self._flush()
            for table in (*ITEM_TABLES, "articles"):
                self.db[table].delete_where("source = ?", [source])
        self._seen.add(source)
        row = _flatten(Article, {k: v for k, v in record.items() if k not in ITEM_TABLES})
        for table in ITEM_TABLES:
            row.pop(table, None)
            row[f"n_{table}"] = len(record.get(table) or [])
        self._rows["articles"].append(row)
        for table, model in ITEM_TABLES.items():
            for item in record.get(table) or []:
                extra = _first_mention(item) if "mentions" in model.model_fields else {}
                self._rows[table].append({"source": source, **extra, **_flatten(model, item, renames=ITEM_RENAMES)})
        self._pending += 1
        if self._pending >= self.FLUSH_EVERY:
            self._flush()

    def _flush(self) -> None:
        for table, rows in self._rows.items():
            if rows:
                self.db[table].insert_all(rows, alter=True, batch_size=1000)
                rows.clear()
        self._pending = 0

    def close(self) -> None:
        self._flush()
        for table in ITEM_TABLES:
            self.db[table].create_index(["source"], if_not_exists=True)
        self.db["quotes"].enable_fts(["text", "speaker_name"], replace=True)
        self.db.close()


# --------------------------------------------------------------------------- CSV

CSV_COLUMNS = ["source", "kind", "id", "text", "start", "end", "value", "low", "high", "unit", "speaker", "type", "detail"]


def csv_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One spreadsheet row per extracted item (or one `error` row for an unreadable article)."""
    source = record["source"]
    error = record.get("error")
    if error:
        yield {"source": source, "kind": "error", "type": error.get("type"), "text": error.get("message")}
        return
    for person in record.get("people") or []:
        detail = person.get("role") or "; ".join(person.get("descriptors") or [])
        yield {"source": source, "kind": "person", "id": person.get("id"), **_first_mention(person),
               "text": person.get("name"), "detail": detail or None}
    for place in record.get("places") or []:
        yield {"source": source, "kind": "place", "id": place.get("id"), **_first_mention(place),
               "text": place.get("name"), "type": place.get("kind"), "detail": place.get("country")}
    for number in record.get("numbers") or []:
        yield {"source": source, "kind": "number", **{k: number.get(k) for k in ("id", "text", "start", "end", "value", "low", "high", "unit")},
               "speaker": number.get("source"), "type": number.get("category"), "detail": number.get("counted")}
    for quote in record.get("quotes") or []:
        speaker = quote.get("speaker") or {}
        yield {"source": source, "kind": "quote", **{k: quote.get(k) for k in ("id", "text", "start", "end")},
               "speaker": speaker.get("name"), "type": quote.get("kind")}
    for claim in record.get("claims") or []:
        said_by = claim.get("source") or {}
        yield {"source": source, "kind": "claim", **{k: claim.get(k) for k in ("id", "text", "start", "end")},
               "speaker": said_by.get("name"), "type": claim.get("kind"), "detail": claim.get("score")}


class CsvSink:
    """A flat file for spreadsheets: UTF-8 with a byte-order mark so Excel shows `£` and `é` right."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh: TextIO = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.DictWriter(self._fh, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        self._writer.writeheader()

    def write(self, record: dict[str, Any]) -> None:
        self._writer.writerows(csv_rows(record))

    def close(self) -> None:
        self._fh.close()
