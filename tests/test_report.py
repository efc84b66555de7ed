"""The HTML report page: every item highlighted, entries linked, escaped, a self-contained page."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from newsclaims.cli import app
from newsclaims.digest import build_digest
from newsclaims.report import build_report, highlights
from tests.report_helpers import parse_marks


def test_every_extracted_item_is_highlighted_in_the_report(run):
    article = run("“We counted 3,000 cars at the gate in Narva before noon,” said Tomas Berg, a customs officer.\n\n"
                  "Only 412 trucks crossed on Monday, according to the port authority.")
    article.source = "story.txt"
    html = build_report([article], build_digest([article]))
    parsed = parse_marks(html)
    expected = highlights(article, "a1")
    assert expected
    text = article.text or ""
    for h in expected:
        assert parsed.texts[(h.kind, h.id, f"{h.start}-{h.end}")] == text[h.start:h.end]
    kinds = {h.kind for h in expected}
    assert {"person", "place", "number", "quote", "claim"} <= kinds


def test_list_entries_link_to_highlights_that_exist(run):
    article = run("Some 2,000 people marched in Lisbon on Sunday, police said, and “We will come back,” "
                  "said Rui Costa, an organiser.")
    article.source = "march.txt"
    html = build_report([article], build_digest([article]))
    ids = set(parse_marks(html).ids)
    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert targets and targets <= ids


def test_claims_are_listed_by_check_worthiness(run):
    article = run("The weather was pleasant.\n\n“I like it here,” said Ana Silva.\n\n"
                  "Exports rose to a record 9,000 tonnes last year, compared with 6,500 tonnes in 2021, "
                  "the statistics office said.")
    article.source = "s.txt"
    html = build_report([article], build_digest([article]))
    section = html[html.index("Claims by check-worthiness"):html.index("Quotes by speaker", html.index("Claims by"))]
    scores = [float(s) for s in re.findall(r'<span class="score">([0-9.]+)</span>', section)]
    assert len(scores) == len(article.claims) >= 2
    assert scores == sorted(scores, reverse=True)


def test_report_is_self_contained_with_a_strict_content_security_policy(run):
    article = run("Officials said 1,200 migrants crossed into Spain each day.")
    article.source = "x.txt"
    html = build_report([article], build_digest([article]))
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
    assert "<link" not in html
    assert parse_marks(html).scripts == 1


def test_report_command_writes_the_page(tmp_path, run):
    article = run("Only 412 trucks crossed on Monday, according to the port authority.")
    article.source = "a.txt"
    records = tmp_path / "out.jsonl"
    records.write_text(article.model_dump_json() + "\n", encoding="utf-8")
    page = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(records), "-o", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'data-kind="claim"' in html


def test_records_without_text_or_with_errors_are_listed_without_highlights(run):
    from newsclaims.schema import Article, ErrorInfo

    kept = run("Only 412 trucks crossed on Monday, according to the port authority.")
    kept.source = "kept.txt"
    bare = kept.model_copy(update={"source": "bare.txt", "text": None})
    broken = Article(source="broken.txt", error=ErrorInfo(type="undecodable", message="not UTF-8"))
    html = build_report([kept, bare, broken], build_digest([kept, bare, broken]))
    assert "the record holds no text" in html
    assert "Not processed: undecodable: not UTF-8" in html
    assert parse_marks(html).texts  # the article with text still has its marks


def test_hostile_ids_and_names_in_a_record_are_escaped():
    from newsclaims.digest import build_digest as digest_of
    from newsclaims.schema import Article, Person, Span

    text = "Tom Hale spoke."
    person = Person(id='p1"><script>x()</script>', name="<img src=x onerror=y()>",
                    mentions=[Span.of(text, 0, 8)])
    article = Article(source="<b>evil</b>.txt", text=text, people=[person])
    html = build_report([article], digest_of([article]))
    assert "<script>x()" not in html and "<img src=x" not in html and "<b>evil" not in html
    assert parse_marks(html).scripts == 1


def test_datasette_metadata_has_canned_queries_that_run_on_the_sqlite_output(tmp_path, run):
    import json
    import sqlite3

    from newsclaims.outputs import Record, SqliteSink

    a = run("“We will not back down,” said Anna Berg. Some 7,000 people crossed into Norway in 2004, police said.")
    b = run("About 9,500 people crossed into Norway in 2004, according to a union. “We will not back down,” Anna Berg said.")
    a.source, b.source = "a.txt", "b.txt"
    db = tmp_path / "out.db"
    sink = SqliteSink(db)
    sink.write([Record.of(json.loads(record.model_dump_json())) for record in (a, b)])
    sink.close()
    result = CliRunner().invoke(app, ["datasette-metadata"])
    assert result.exit_code == 0, result.output
    queries = json.loads(result.output)["databases"]["*"]["queries"]
    assert {"quoted_most", "top_claims", "figures_apart"} <= set(queries)
    with sqlite3.connect(db) as conn:
        quoted = conn.execute(queries["quoted_most"]["sql"]).fetchall()
        assert quoted[0][0] == "Anna Berg" and quoted[0][3] == 2
        assert conn.execute(queries["top_claims"]["sql"]).fetchall()
        conn.execute(queries["figures_apart"]["sql"], {"counted": ""}).fetchall()
