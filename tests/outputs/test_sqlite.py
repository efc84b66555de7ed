"""The SQLite view (newsclaims.outputs.sqlite) holds exactly what the JSON Lines holds."""

from __future__ import annotations

import sqlite3

from newsclaims.outputs import ITEM_TABLES, Record, SqliteSink
from tests.articles import read_lines


def test_sqlite_tables_hold_the_same_counts_as_the_json_lines(extracted_views):
    out, db, _ = extracted_views
    records = read_lines(out)
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from articles").fetchone()[0] == len(records)
    for table in ITEM_TABLES:
        expected = {r["source"]: len(r[table]) for r in records if r[table]}
        rows = dict(conn.execute(f"select source, count(*) from {table} group by source").fetchall())
        assert rows == expected, table
        assert sum(expected.values()) > 0 or table == "claims"


def test_sqlite_rows_carry_source_and_exact_spans(extracted_views):
    out, db, _ = extracted_views
    texts = {r["source"]: r["text"] for r in read_lines(out)}
    conn = sqlite3.connect(db)
    for table in ITEM_TABLES:
        for source, start, end, text in conn.execute(f"select source, start, [end], text from {table}"):
            assert texts[source][start:end] == text
    quote = conn.execute("select speaker_name, speaker_start, speaker_end, speaker_text, source from quotes "
                         "where speaker_start is not null").fetchone()
    assert texts[quote[4]][quote[1]:quote[2]] == quote[3]


def test_sqlite_has_quote_full_text_search_and_foreign_keys(extracted_views):
    _, db, _ = extracted_views
    conn = sqlite3.connect(db)
    text = conn.execute("select text from quotes limit 1").fetchone()[0]
    word = max(text.split(), key=len).strip(".,;:!?\"'")
    hits = conn.execute("select count(*) from quotes_fts where quotes_fts match ?", [f'"{word}"']).fetchone()[0]
    assert hits >= 1
    keys = conn.execute("pragma foreign_key_list(quotes)").fetchall()
    assert [(k[2], k[3], k[4]) for k in keys] == [("articles", "source", "source")]


def test_sqlite_keeps_error_records_with_their_type(extracted_views):
    _, db, _ = extracted_views
    conn = sqlite3.connect(db)
    assert conn.execute("select error_type from articles where source = 'broken.txt'").fetchone() == ("binary",)


def test_a_later_record_for_the_same_source_replaces_the_earlier_one(tmp_path):
    sink = SqliteSink(tmp_path / "x.db")
    base = {"source": "a.txt", "content_hash": "1", "text": "Ann spoke.", "people": [], "places": [],
            "numbers": [], "quotes": [], "claims": [], "error": None}
    person = {"id": "p1", "name": "Ann", "aliases": [], "mentions": [{"start": 0, "end": 3, "text": "Ann"}]}
    sink.write([Record.of({**base, "people": [person]})])
    sink.write([Record.of({**base, "content_hash": "2", "people": [person, {**person, "id": "p2"}]})])
    sink.close()
    conn = sqlite3.connect(tmp_path / "x.db")
    assert conn.execute("select content_hash, n_people from articles").fetchall() == [("2", 2)]
    assert conn.execute("select count(*) from people").fetchone()[0] == 2
