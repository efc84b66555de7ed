"""The CSV view (newsclaims.outputs.csvfile): one row per item, the same spans as the JSON Lines."""

from __future__ import annotations

import csv

from newsclaims.outputs import ITEM_TABLES, csv_rows

from .articles import read_lines


def test_csv_has_one_row_per_item_and_per_failed_article(extracted_views):
    out, _, table = extracted_views
    records = read_lines(out)
    with table.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    expected = sum(len(r[t]) for r in records for t in ITEM_TABLES) + sum(1 for r in records if r["error"])
    assert len(rows) == expected
    assert {row["kind"] for row in rows} >= {"person", "place", "number", "quote", "error"}
    texts = {r["source"]: r["text"] for r in records}
    spans = [r for r in rows if r["kind"] in ("number", "quote", "claim")]
    assert spans
    for row in spans:  # people and places show their name; their span is the first mention
        assert texts[row["source"]][int(row["start"]):int(row["end"])] == row["text"]


def test_csv_quote_row_names_its_speaker():
    record = {
        "source": "a.txt",
        "error": None,
        "quotes": [{"id": "q1", "text": "we will win", "start": 1, "end": 12, "kind": "direct",
                    "speaker": {"name": "Ada Byron"}}],
    }
    (row,) = csv_rows(record)
    assert (row["kind"], row["speaker"], row["type"], row["text"]) == ("quote", "Ada Byron", "direct", "we will win")
