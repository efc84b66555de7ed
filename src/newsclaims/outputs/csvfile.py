"""The CSV view of the records (`--csv`): one row per extracted item, for spreadsheets."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from newsclaims.outputs.records import Record
from newsclaims.outputs.tables import first_mention

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


class CsvSink:
    """A flat file for spreadsheets: UTF-8 with a byte-order mark so Excel shows `£` and `é` right."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh: TextIO = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.DictWriter(self._fh, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        self._writer.writeheader()

    def write(self, records: Sequence[Record]) -> None:
        for record in records:
            self._writer.writerows(csv_rows(record.data))

    def close(self) -> None:
        self._fh.close()
