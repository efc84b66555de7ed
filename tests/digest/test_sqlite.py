"""The digest as SQLite tables: every section, the verdicts with their sources, replaced on each write."""

from __future__ import annotations

import sqlite3

from typer.testing import CliRunner

from newsclaims.cli import app
from newsclaims.digest import build_digest
from newsclaims.digest.sqlite import TABLES, write_digest_tables
from tests.digest_helpers import conflicting_pair


def test_digest_tables_hold_the_groups_with_their_figures_and_sources(tmp_path, run):
    a, b = conflicting_pair(run)
    digest = build_digest([a, b])
    db = tmp_path / "digest.db"
    written = write_digest_tables(digest, db)
    assert written["digest_figure_groups"] == 1 and written["digest_figures"] == 2
    with sqlite3.connect(db) as conn:
        assert conn.execute("select id, status, sources from digest_figure_groups").fetchall() == [("F1", "conflict", 2)]
        figures = conn.execute("select source, text, value, attributed_to from digest_figures order by source").fetchall()
        assert [(s, t, v) for s, t, v, _ in figures] == [("a.txt", "7,000", 7000), ("b.txt", "2,000", 2000)]
        assert all(by for *_, by in figures)
        berg = conn.execute("select id, sources, quotes from digest_people where name = 'Anna Berg'").fetchone()
        assert berg[1:] == (2, 2)
        members = conn.execute("select source from digest_members where entry_id = ?", [berg[0]]).fetchall()
        assert sorted(members) == [("a.txt",), ("b.txt",)]
        assert conn.execute("select count(distinct source) from digest_quotes").fetchone() == (2,)


def test_a_new_digest_replaces_the_tables_and_empty_tables_still_exist(tmp_path, run):
    a = run("About 7,000 travellers crossed into Norway each day, the border police said.")
    a.source = "a.txt"
    db = tmp_path / "digest.db"
    write_digest_tables(build_digest([a]), db)
    write_digest_tables(build_digest([a]), db)
    with sqlite3.connect(db) as conn:
        tables = {name for (name,) in conn.execute("select name from sqlite_master where type = 'table'")}
        assert set(TABLES) <= tables
        assert conn.execute("select count(*) from digest_places").fetchone() == (1,)
        assert conn.execute("select count(*) from digest_figure_groups").fetchone() == (0,)


def test_digest_command_with_db_writes_tables_and_no_json(tmp_path, run):
    a = run("“Nobody here knows what comes next,” said Irina Volkova in Tallinn.")
    a.source = "a.txt"
    records = tmp_path / "out.jsonl"
    records.write_text(a.model_dump_json() + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["digest", str(records), "--db", str(tmp_path / "out.db")])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    with sqlite3.connect(tmp_path / "out.db") as conn:
        assert conn.execute("select name from digest_people").fetchall() == [("Irina Volkova",)]
