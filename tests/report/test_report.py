"""The review pages as written: an index page, article pages in the folder beside it, self-contained and escaped."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from newsclaims.cli import app
from newsclaims.report import pages_dir, write_report
from tests.digest_helpers import conflicting_pair
from tests.report_helpers import index_data, parse_marks, write_pages_of


def _records(tmp_path, *articles) -> object:
    path = tmp_path / "out.jsonl"
    path.write_text("".join(a.model_dump_json() + "\n" for a in articles), encoding="utf-8")
    return path


def test_report_command_writes_the_index_and_one_page_per_article_beside_it(tmp_path, run):
    a = run("Only 412 trucks crossed on Monday, according to the port authority.")
    b = run("“We will not back down,” said Anna Berg in Narva.")
    a.source, b.source = "a.txt", "b.txt"
    page = tmp_path / "out" / "review.html"
    result = CliRunner().invoke(app, ["report", str(_records(tmp_path, a, b)), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert pages_dir(page) == tmp_path / "out" / "review_articles"
    assert sorted(p.name for p in pages_dir(page).iterdir()) == ["1.html", "2.html"]
    index = page.read_text(encoding="utf-8")
    assert index.startswith("<!DOCTYPE html>")
    assert [row[0] for row in index_data(index)["articles"]] == ["a.txt", "b.txt"]
    assert index_data(index)["pages"] == "review_articles/"
    first = (pages_dir(page) / "1.html").read_text(encoding="utf-8")
    assert 'data-kind="claim"' in first and 'href="../review.html"' in first and 'href="2.html"' in first


def test_pages_of_a_longer_earlier_report_are_removed(tmp_path, run):
    records = [run(f"Some {n},000 people marched in Lisbon on Sunday, police said.") for n in (2, 3, 4)]
    for n, record in enumerate(records):
        record.source = f"{n}.txt"
    page = tmp_path / "report.html"
    assert write_report(_records(tmp_path, *records), page) == 3
    (pages_dir(page) / "notes.html").write_text("mine", encoding="utf-8")
    assert write_report(_records(tmp_path, records[0]), page) == 1
    assert sorted(p.name for p in pages_dir(page).iterdir()) == ["1.html", "notes.html"]


def test_pages_are_self_contained_with_a_strict_content_security_policy(tmp_path, run):
    article = run("Officials said 1,200 migrants crossed into Spain each day.")
    article.source = "x.txt"
    index, [page] = write_pages_of([article], tmp_path)
    for html in (index, page):
        assert "Content-Security-Policy" in html and "default-src 'none'" in html
        assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
        assert "<link" not in html
        assert parse_marks(html).scripts == (3 if html is index else 1)  # the index's first two are JSON data
    assert '<script type="application/json" id="head">' in index


def test_records_without_text_or_with_errors_get_pages_without_highlights(tmp_path, run):
    from newsclaims.schema import Article, ErrorInfo

    kept = run("Only 412 trucks crossed on Monday, according to the port authority.")
    kept.source = "kept.txt"
    bare = kept.model_copy(update={"source": "bare.txt", "text": None})
    broken = Article(source="broken.txt", error=ErrorInfo(type="undecodable", message="not UTF-8"))
    index, pages = write_pages_of([kept, bare, broken], tmp_path)
    assert "the record holds no text" in pages[1]
    assert "Not processed: undecodable: not UTF-8" in pages[2]
    assert parse_marks(pages[0]).texts  # the article with text still has its marks
    assert [row[11] for row in index_data(index)["articles"]] == ["", "", "undecodable"]


def test_hostile_ids_and_names_in_a_record_are_escaped(tmp_path):
    from newsclaims.schema import Article, Person, Span

    text = "Tom Hale spoke."
    person = Person(id='p1"><script>x()</script>', name="</script><img src=x onerror=y()>",
                    mentions=[Span.of(text, 0, 8)])
    article = Article(source="<b>evil</b>.txt", title="</script><script>z()</script>", text=text, people=[person])
    index, [page] = write_pages_of([article], tmp_path)
    for html in (index, page):
        assert "<script>x()" not in html and "<img src=x" not in html and "<b>evil" not in html
        assert "<script>z()" not in html
    assert parse_marks(page).scripts == 1 and parse_marks(index).scripts == 3
    assert index_data(index)["people"][0][1] == "</script><img src=x onerror=y()>"  # data intact, still inert


def test_the_last_record_of_a_source_is_the_one_reviewed(tmp_path, run):
    from newsclaims.schema import Article, ErrorInfo

    done = run("Only 412 trucks crossed on Monday, according to the port authority.")
    done.source = "a.txt"
    failed = Article(source="a.txt", error=ErrorInfo(type="timeout", message="over budget"))
    page = tmp_path / "report.html"
    assert write_report(_records(tmp_path, failed, done), page) == 1
    assert [row[11] for row in index_data(page.read_text(encoding="utf-8"))["articles"]] == [""]


def test_datasette_metadata_queries_run_on_the_sqlite_output_with_the_digest_tables(tmp_path, run):
    import sqlite3

    from newsclaims.outputs import Record, SqliteSink

    a, b = conflicting_pair(run)
    db = tmp_path / "out.db"
    sink = SqliteSink(db)
    sink.write([Record.of(json.loads(record.model_dump_json())) for record in (a, b)])
    sink.close()
    result = CliRunner().invoke(app, ["digest", str(_records(tmp_path, a, b)), "--db", str(db)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(app, ["datasette-metadata"])
    assert result.exit_code == 0, result.output
    queries = json.loads(result.output)["databases"]["*"]["queries"]
    assert {"quoted_most", "top_claims", "conflicting_figures"} <= set(queries)
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        quoted = conn.execute(queries["quoted_most"]["sql"]).fetchall()
        assert quoted[0]["speaker_name"] == "Anna Berg" and quoted[0]["articles"] == 2
        assert conn.execute(queries["top_claims"]["sql"]).fetchall()
        conflicting = conn.execute(queries["conflicting_figures"]["sql"], {"measure": ""}).fetchall()
        assert {(r["source"], r["figure"]) for r in conflicting} == {("a.txt", "7,000"), ("b.txt", "2,000")}
        assert all(r["said_by"] and r["sentence"] and r["group_id"] == "F1" for r in conflicting)
        for name in set(queries) - {"quoted_most", "top_claims", "conflicting_figures"}:
            conn.execute(queries[name]["sql"], {"measure": ""}).fetchall()
