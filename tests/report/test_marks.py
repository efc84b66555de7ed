"""Highlights: properly nested marks that keep every item whole, over escaped text."""

from __future__ import annotations

import re

from newsclaims.report import Highlight, mark_up
from tests.report_helpers import parse_marks


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
    parsed = parse_marks(html)
    for h in items:
        assert parsed.texts[(h.kind, h.id, f"{h.start}-{h.end}")] == text[h.start:h.end]
    assert re.sub(r"<[^>]+>", "", html) == text
    assert sorted(parsed.ids) == sorted(h.anchor for h in items)  # the anchor only on the first fragment


def test_article_text_is_escaped_inside_and_outside_marks():
    text = "<script>alert(1)</script> & <b>Tom</b>"
    html = str(mark_up(text, [Highlight(8, 16, "person", "p1")]))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html


def test_page_furniture_is_dimmed_without_breaking_the_marks():
    text = "Skip to main content\nOnly 412 trucks crossed."
    items = [Highlight(21, 45, "claim", "c1"), Highlight(26, 29, "number", "n1")]
    html = str(mark_up(text, [*items, Highlight(0, 20, "furniture", "")]))
    parsed = parse_marks(html)
    assert '<span class="furniture"' in html
    for h in items:
        assert parsed.texts[(h.kind, h.id, f"{h.start}-{h.end}")] == text[h.start:h.end]
    assert re.sub(r"<[^>]+>", "", html) == text
