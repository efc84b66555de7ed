"""Reading the review pages in tests: the text inside each item's marks (nesting checked), the index data."""

from __future__ import annotations

import json
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path


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


def parse_marks(html: str) -> MarkTexts:
    """The parsed page; fails when a mark is left open."""
    parser = MarkTexts()
    parser.feed(html)
    parser.close()
    assert parser.open == []
    return parser


def index_data(html: str) -> dict:
    """The JSON the index page's script renders from: its article rows (`head`) and digest entries, merged."""
    data: dict = {}
    for block in ("head", "digest"):
        tag = f'<script type="application/json" id="{block}">'
        start = html.index(tag) + len(tag)
        data.update(json.loads(html[start:html.index("</script>", start)]))
    return data


def write_pages_of(articles: list, folder: Path, title: str = "newsclaims report") -> tuple[str, list[str]]:
    """The review pages of records in memory: the index page and each article's page, as text."""
    from newsclaims.report import pages_dir, write_pages

    index = folder / "report.html"
    count = write_pages(lambda: articles, index, title)
    pages = [(pages_dir(index) / f"{n}.html").read_text(encoding="utf-8") for n in range(1, count + 1)]
    return index.read_text(encoding="utf-8"), pages
