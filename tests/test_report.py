"""The HTML report: properly nested highlights, escaped text, a self-contained page."""

from __future__ import annotations

import re
from collections import defaultdict
from html.parser import HTMLParser

from typer.testing import CliRunner

from newsclaims.cli import app
from newsclaims.digest import build_digest
from newsclaims.report import Highlight, build_report, highlights, mark_up


class MarkTexts(HTMLParser):
    """Collects, per (kind, id, span), the text inside its `<mark>` fragments; checks nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str, str] | None] = []
        self.texts: dict[tuple[str, str, str], str] = defaultdict(str)
        self.scripts = 0
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if "id" in a and a["id"]:
            self.ids.append(a["id"])
        if tag == "mark":
            self.open.append((a["data-kind"], a["data-id"], a["data-span"]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            assert self.open, "a </mark> without its <mark>"
            self.open.pop()

    def handle_data(self, data: str) -> None:
        for key in self.open:
            self.texts[key] += data


def _parse(html: str) -> MarkTexts:
    parser = MarkTexts()
    parser.feed(html)
    parser.close()
    assert parser.open == []
    return parser


def test_nested_and_crossing_highlights_keep_every_item_whole():
    text = "Anna Berg said 40 people left Oslo."
    items = [
        Highlight(0, 35, "claim", "c1", "a1-c1"),
        Highlight(0, 9, "person", "p1", "a1-p1"),
        Highlight(5, 17, "quote", "q1", "a1-q1"),  # crosses the person's end and the number's start
        Highlight(15, 24, "number", "n1", "a1-n1"),
        Highlight(30, 34, "place", "l1", "a1-l1"),
        Highlight(30, 34, "claim", "c2", "a1-c2"),  # same span as the place
    ]
    html = str(mark_up(text, items))
    parsed = _parse(html)
    for h in items:
        assert parsed.texts[(h.kind, h.id, f"{h.start}-{h.end}")] == text[h.start:h.end]
    assert re.sub(r"<[^>]+>", "", html) == text
    assert sorted(parsed.ids) == sorted(h.anchor for h in items)  # the anchor only on the first fragment


def test_article_text_is_escaped_inside_and_outside_marks():
    text = "<script>alert(1)</script> & <b>Tom</b>"
    html = str(mark_up(text, [Highlight(8, 16, "person", "p1")]))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html


def test_every_extracted_item_is_highlighted_in_the_report(run):
    article = run("“We counted 3,000 cars at the gate in Narva before noon,” said Tomas Berg, a customs officer.\n\n"
                  "Only 412 trucks crossed on Monday, according to the port authority.")
    article.source = "story.txt"
    html = build_report([article], build_digest([article]))
    parsed = _parse(html)
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
    ids = set(_parse(html).ids)
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
    assert _parse(html).scripts == 1


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


def test_page_furniture_is_dimmed_without_breaking_the_marks():
    text = "Skip to main content\nOnly 412 trucks crossed."
    items = [Highlight(21, 45, "claim", "c1"), Highlight(26, 29, "number", "n1")]
    html = str(mark_up(text, [*items, Highlight(0, 20, "furniture", "")]))
    parsed = _parse(html)
    assert '<span class="furniture"' in html
    for h in items:
        assert parsed.texts[(h.kind, h.id, f"{h.start}-{h.end}")] == text[h.start:h.end]
    assert re.sub(r"<[^>]+>", "", html) == text


def test_records_without_text_or_with_errors_are_listed_without_highlights(run):
    from newsclaims.schema import Article, ErrorInfo

    kept = run("Only 412 trucks crossed on Monday, according to the port authority.")
    kept.source = "kept.txt"
    bare = kept.model_copy(update={"source": "bare.txt", "text": None})
    broken = Article(source="broken.txt", error=ErrorInfo(type="undecodable", message="not UTF-8"))
    html = build_report([kept, bare, broken], build_digest([kept, bare, broken]))
    assert "the record holds no text" in html
    assert "Not processed: undecodable: not UTF-8" in html
    assert _parse(html).texts  # the article with text still has its marks


def test_hostile_ids_and_names_in_a_record_are_escaped():
    from newsclaims.digest import build_digest as digest_of
    from newsclaims.schema import Article, Person, Span

    text = "Tom Hale spoke."
    person = Person(id='p1"><script>x()</script>', name="<img src=x onerror=y()>",
                    mentions=[Span.of(text, 0, 8)])
    article = Article(source="<b>evil</b>.txt", text=text, people=[person])
    html = build_report([article], digest_of([article]))
    assert "<script>x()" not in html and "<img src=x" not in html and "<b>evil" not in html
    assert _parse(html).scripts == 1
