"""The CSV view of the records (`--csv`): one row per extracted item, for spreadsheets.

The file is made for Excel, where a cell that begins with `=`, `+`, `-` or `@` (or a tab
or carriage return) runs as a formula: CSV injection. Such text cells get a leading `'`,
as OWASP recommends (Excel shows the text, not the apostrophe, and runs nothing); numbers
are left as numbers. JSON Lines and SQLite keep the exact text.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from array import array
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newsclaims.outputs.records import Record
from newsclaims.outputs.tables import first_mention

# First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
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
        yield {"source": source, "kind": "person", "id": person.get("id"), **first_mention(person),
               "text": person.get("name"), "detail": detail or None}
    for place in record.get("places") or []:
        yield {"source": source, "kind": "place", "id": place.get("id"), **first_mention(place),
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


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, prefixed with `'`; anything else as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class CsvSink:
    """A flat file for spreadsheets: UTF-8 with a byte-order mark so Excel shows `£` and `é` right.

    A later record for a source supersedes the earlier one: the rows of every superseded record
    are cut out of the file when it is closed (rows are written as they come, so a run's memory
    does not grow with its output).
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._fh = path.open("wb")
        self._buffer = io.StringIO()
        self._writer = csv.DictWriter(self._buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        self._writer.writeheader()
        self._size = self._fh.write(codecs.BOM_UTF8 + self._take())
        self._starts = array("q")  # byte offset where each record's rows begin
        self._latest: dict[str, int] = {}  # source -> number of its latest record
        self._superseded: list[int] = []

    def _take(self) -> bytes:
        data = self._buffer.getvalue().encode("utf-8")
        self._buffer.seek(0)
        self._buffer.truncate()
        return data

    def write(self, records: Sequence[Record]) -> None:
        for record in records:
            data = record.data
            self._writer.writerows({k: neutralise(v) for k, v in row.items()} for row in csv_rows(data))
            earlier = self._latest.get(data["source"])
            if earlier is not None:
                self._superseded.append(earlier)
            self._latest[data["source"]] = len(self._starts)
            self._starts.append(self._size)
            self._size += self._fh.write(self._take())

    def close(self) -> None:
        self._fh.close()
        if self._superseded:
            self._cut_superseded()

    def _cut_superseded(self) -> None:
        """Copy the file without the rows of superseded records."""
        ends = [*self._starts[1:], self._size]
        partial = self.path.with_name(self.path.name + ".partial")
        with self.path.open("rb") as src, partial.open("wb") as dst:
            kept = 0
            for number in sorted(self._superseded):
                dst.write(src.read(self._starts[number] - kept))
                src.seek(ends[number])
                kept = ends[number]
            while chunk := src.read(1 << 20):
                dst.write(chunk)
        os.replace(partial, self.path)
