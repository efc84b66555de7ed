"""The index page: one compact row per article and the digest entries, as data its script filters.

An archive of 10,000 articles would be a page of hundreds of thousands of elements if
it were written out as HTML. Instead the page holds the rows and entries as JSON (in
`<script type="application/json">` blocks, which never run) and its own script renders
only what is in view: the first rows that match the search and filters, and the first
entries of each digest section, most sources first, more on request. The rows come in
their own block, read first: the list shows before the digest's larger block is read.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from newsclaims.report.assets import css, environment, script
from newsclaims.report.links import DigestLinks
from newsclaims.schema import Article, Digest, DigestPerson

MAX_VARIANTS = 6
SAMPLE_QUOTES = 3
CHIPS = 4  # people named on an article's row
STATUS_ORDER = {"conflict": 0, "agree": 1, "compare": 2}


def _cut(text: str | None, size: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


class Index:
    """Collects the article rows as pages are written, then the data of the index page.

    Digest entries are ordered by importance (independent sources, then articles) and
    numbered by that order: a row names its people, organisations and places by number.
    """

    def __init__(self, digest: Digest, links: DigestLinks, numbers: dict[str, int]) -> None:
        self.digest, self.links, self.numbers = digest, links, numbers
        self.people = sorted(digest.people, key=lambda p: (-links.sources(p.articles), -len(p.articles),
                                                          -len(p.quotes), p.name))
        self.places = sorted(digest.places, key=lambda p: (-links.sources(p.articles), -len(p.articles),
                                                          -p.mentions, p.name))
        self.organisations = sorted(digest.organizations, key=lambda o: (-links.sources(o.articles),
                                                                         -len(o.articles), -o.mentions, o.name))
        self.position = {e.id: i for entries in (self.people, self.places, self.organisations)
                         for i, e in enumerate(entries)}
        self.rows: list[list[Any]] = []

    def add(self, article: Article) -> None:
        """The row of one article: what the list shows and what the filters match."""
        mine = self.links.of(article.source)
        top = max(article.claims, key=lambda c: c.score or 0, default=None)  # null: no model
        people = sorted({self.position[e] for e in mine.people.values()})
        self.rows.append([
            article.source, article.title or "", article.date or "",
            round(top.score or 0, 2) if top else 0, _cut(top.text, 150) if top else "",
            self.links.conflicts(article.source), people,
            sorted({self.position[e] for e in mine.organisations.values()}),
            sorted({self.position[e] for e in mine.places.values()}),
            len(article.quotes), len(article.claims), article.error.type if article.error else "",
            [[self.people[i].id, self.people[i].name] for i in people[:CHIPS]],
        ])

    def _members(self, members: list) -> list[list]:
        return [[self.numbers[m.source], m.id] for m in members if m.source in self.numbers]

    def _person(self, p: DigestPerson, sources: int) -> list[Any]:
        """A person's entry; a few of their quotes when they are in more than one source (else on the page)."""
        n = self.numbers
        sample = [[n[q.source], q.id, _cut(q.text, 140)] for q in p.quotes[:SAMPLE_QUOTES] if q.source in n] \
            if sources > 1 else []
        return [p.id, p.name, [v for v in p.variants if v != p.name][:MAX_VARIANTS], p.roles[:3], sources,
                self._members(p.members), len(p.quotes), sample, p.ages, sorted(set(p.evidence))]

    def head(self, pages: str, title: str) -> dict[str, Any]:
        """What the page shows first: the article rows and the digest's counts."""
        d = self.digest
        return {"title": title, "pages": pages, "articles": self.rows, "counts": {
            "figures": len(d.figures), "conflicts": sum(1 for g in d.figures if g.status == "conflict"),
            "quotes": len(d.recurring_quotes), "stories": len(d.stories),
            "people": sum(1 for p in d.people if self.links.sources(p.articles) > 1)}}

    def data(self) -> dict[str, Any]:
        """The digest entries, as compact arrays (their fields are named in index.js)."""
        d, links, n = self.digest, self.links, self.numbers
        person_pos = {p.id: i for i, p in enumerate(self.people)}
        return {
            "people": [self._person(p, links.sources(p.articles)) for p in self.people],
            "organisations": [[o.id, o.name, [v for v in o.variants if v != o.name][:MAX_VARIANTS], o.kind or "",
                               o.country or "", links.sources(o.articles), self._members(o.members), o.mentions]
                              for o in self.organisations],
            "places": [[p.id, p.name, [v for v in p.variants if v != p.name][:MAX_VARIANTS], p.country or "",
                        p.kind or "", links.sources(p.articles), self._members(p.members), p.mentions]
                       for p in self.places],
            "figures": [[g.id, g.measure or g.counted, g.counted, g.place or "", g.period or "", g.status, g.note,
                         g.sources, [[n[f.source], f.id, f.text, f.time or "", f.window or "", ", ".join(f.places),
                                      f.attributed_to or "", _cut(f.sentence, 160),
                                      [n[c] for c in f.copies if c in n]] for f in g.figures if f.source in n]]
                        for g in sorted(d.figures, key=lambda g: (STATUS_ORDER[g.status], -g.sources,
                                                                   -len(g.figures)))],
            "quotes": [[r.id, _cut(r.text, 240), r.match, r.similarity, r.speaker or "",
                        person_pos.get(r.person_id, -1) if r.person_id else -1,
                        [[n[o.source], o.id, _cut(o.text, 160), o.speaker or ""] for o in r.occurrences
                         if o.source in n]]
                       for r in sorted(d.recurring_quotes, key=lambda r: (
                           -links.sources([o.source for o in r.occurrences]), -len(r.occurrences)))],
            "stories": [[s.id, s.how, [n[a] for a in s.articles if a in n]] for s in d.stories],
        }


def json_block(data: object) -> Markup:
    """JSON safe inside a `<script type="application/json">` element: no `<`, `>` or `&` to end it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def index_page(index: Index, title: str, pages: str) -> str:
    """The index page as an HTML string; `pages` is the folder of the article pages, relative to it."""
    code, digest = script("index.js")
    return environment().get_template("index.html.j2").render(
        title=title, head=json_block(index.head(pages + "/", title)), data=json_block(index.data()),
        articles=len(index.rows), css=css(), script=code, script_hash=digest)
