"""The CSV view (newsclaims.outputs.csvfile): one row per item, the same spans as the JSON Lines."""

from __future__ import annotations

import csv

from newsclaims.outputs import ITEM_TABLES, CsvSink, Record, SqliteSink, csv_rows
from tests.articles import read_lines


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


def _record(source: str, **lists) -> dict:
    base = {"source": source, "content_hash": "h", "text": "", "people": [], "places": [], "numbers": [],
            "quotes": [], "claims": [], "error": None}
    return {**base, **lists}


HOSTILE = _record(
    "=cmd.txt",
    quotes=[{"id": "q1", "text": "@SUM(1+1)*cmd|' /C calc'!A0", "start": 0, "end": 26, "kind": "direct",
             "speaker": {"name": "-Police"}}],
    numbers=[{"id": "n1", "text": "+44", "start": 30, "end": 33, "value": -44, "category": "\tcount",
              "counted": "\rpeople"}],
    people=[{"id": "p1", "name": "Ann Lee", "aliases": [], "descriptors": ["=HYPERLINK(1)"],
             "mentions": [{"start": 40, "end": 47, "text": "Ann Lee"}]}],
)


def test_csv_cells_a_spreadsheet_would_run_as_formulas_get_a_leading_apostrophe(tmp_path):
    sink = CsvSink(tmp_path / "x.csv")
    sink.write([Record.of(HOSTILE)])
    sink.close()
    with (tmp_path / "x.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = {row["kind"]: row for row in csv.DictReader(fh)}
    quote, number, person = rows["quote"], rows["number"], rows["person"]
    assert quote["source"] == "'=cmd.txt"
    assert quote["text"] == "'@SUM(1+1)*cmd|' /C calc'!A0" and quote["speaker"] == "'-Police"
    assert (number["text"], number["type"], number["detail"]) == ("'+44", "'\tcount", "'\rpeople")
    assert number["value"] == "-44", "numbers stay numbers"
    assert person["detail"] == "'=HYPERLINK(1)" and person["text"] == "Ann Lee"


def test_json_lines_and_sqlite_keep_the_exact_text_of_formula_like_cells(tmp_path):
    import json
    import sqlite3

    record = Record.of(HOSTILE)
    assert json.loads(record.line)["quotes"][0]["text"] == "@SUM(1+1)*cmd|' /C calc'!A0"
    sink = SqliteSink(tmp_path / "x.db")
    sink.write([record])
    sink.close()
    conn = sqlite3.connect(tmp_path / "x.db")
    assert conn.execute("select source, text, speaker_name from quotes").fetchone() == (
        "=cmd.txt", "@SUM(1+1)*cmd|' /C calc'!A0", "-Police")


def test_a_later_record_for_a_source_replaces_its_earlier_rows_in_the_csv(tmp_path):
    person = {"id": "p1", "name": "Ann Lee", "aliases": [], "mentions": [{"start": 0, "end": 7, "text": "Ann Lee"}]}
    sink = CsvSink(tmp_path / "x.csv")
    sink.write([Record.of(_record("a.txt", error={"type": "timeout", "message": "too slow"})),
                Record.of(_record("b.txt", people=[person]))])
    sink.write([Record.of(_record("a.txt", people=[person, {**person, "id": "p2", "name": "Bo Ray"}]))])
    sink.close()
    with (tmp_path / "x.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = [(row["source"], row["kind"], row["text"]) for row in csv.DictReader(fh)]
    assert rows == [("b.txt", "person", "Ann Lee"), ("a.txt", "person", "Ann Lee"), ("a.txt", "person", "Bo Ray")]
    assert (tmp_path / "x.csv").read_bytes().startswith(b"\xef\xbb\xbfsource,kind,")
