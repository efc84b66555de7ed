"""SQLite and CSV hold exactly what the JSON Lines holds, in shapes people can open."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from newsclaims import runner as batch
from newsclaims.outputs import ITEM_TABLES, CsvSink, SqliteSink, csv_rows

from .conftest import SEEDS


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> tuple[Path, Path, Path]:
    """Seeds plus one unreadable file, extracted once into JSON Lines, SQLite and CSV."""
    root = tmp_path_factory.mktemp("sinks")
    folder = root / "in"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(seed, folder / seed.name)
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    out, db, table = root / "out.jsonl", root / "out.db", root / "out.csv"
    sinks = [SqliteSink(db), CsvSink(table)]
    try:
        batch.run([folder], out, batch.Settings(jobs=1), sinks=sinks)
    finally:
        for sink in sinks:
            sink.close()
    return out, db, table


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_sqlite_tables_hold_the_same_counts_as_the_json_lines(extracted):
    out, db, _ = extracted
    records = _records(out)
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from articles").fetchone()[0] == len(records)
    for table in ITEM_TABLES:
        expected = {r["source"]: len(r[table]) for r in records if r[table]}
        rows = dict(conn.execute(f"select source, count(*) from {table} group by source").fetchall())
        assert rows == expected, table
        assert sum(expected.values()) > 0 or table == "claims"


def test_sqlite_rows_carry_source_and_exact_spans(extracted):
    out, db, _ = extracted
    texts = {r["source"]: r["text"] for r in _records(out)}
    conn = sqlite3.connect(db)
    for table in ITEM_TABLES:
        for source, start, end, text in conn.execute(f"select source, start, [end], text from {table}"):
            assert texts[source][start:end] == text
    quote = conn.execute("select speaker_name, speaker_start, speaker_end, speaker_text, source from quotes "
                         "where speaker_start is not null").fetchone()
    assert texts[quote[4]][quote[1]:quote[2]] == quote[3]


def test_sqlite_has_quote_full_text_search_and_foreign_keys(extracted):
    out, db, _ = extracted
    conn = sqlite3.connect(db)
    text = conn.execute("select text from quotes limit 1").fetchone()[0]
    word = max(text.split(), key=len).strip(".,;:!?\"'")
    hits = conn.execute("select count(*) from quotes_fts where quotes_fts match ?", [f'"{word}"']).fetchone()[0]
    assert hits >= 1
    keys = conn.execute("pragma foreign_key_list(quotes)").fetchall()
    assert [(k[2], k[3], k[4]) for k in keys] == [("articles", "source", "source")]


def test_sqlite_keeps_error_records_with_their_type(extracted):
    _, db, _ = extracted
    conn = sqlite3.connect(db)
    assert conn.execute("select error_type from articles where source = 'broken.txt'").fetchone() == ("binary",)


def test_csv_has_one_row_per_item_and_per_failed_article(extracted):
    out, _, table = extracted
    records = _records(out)
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


def test_a_later_record_for_the_same_source_replaces_the_earlier_one(tmp_path):
    sink = SqliteSink(tmp_path / "x.db")
    base = {"source": "a.txt", "content_hash": "1", "text": "Ann spoke.", "people": [], "places": [],
            "numbers": [], "quotes": [], "claims": [], "error": None}
    person = {"id": "p1", "name": "Ann", "aliases": [], "mentions": [{"start": 0, "end": 3, "text": "Ann"}]}
    sink.write({**base, "people": [person]})
    sink.write({**base, "content_hash": "2", "people": [person, {**person, "id": "p2"}]})
    sink.close()
    conn = sqlite3.connect(tmp_path / "x.db")
    assert conn.execute("select content_hash, n_people from articles").fetchall() == [("2", 2)]
    assert conn.execute("select count(*) from people").fetchone()[0] == 2


def test_resume_keys_read_fast_match_the_full_records(extracted, tmp_path):
    from newsclaims.outputs import _KEY_PREFIX, read_existing, read_keys

    out, _, _ = extracted
    assert all(_KEY_PREFIX.match(line) for line in out.read_bytes().splitlines())
    copy = tmp_path / "copy.jsonl"
    copy.write_bytes(out.read_bytes() + b'{"source": "hand-written.txt", "content_hash": null}\n')
    full = [(r["source"], r.get("content_hash")) for r in read_existing(copy)]
    assert list(read_keys(copy)) == full
    assert full[-1] == ("hand-written.txt", None) and len(full) == len(_records(out)) + 1
