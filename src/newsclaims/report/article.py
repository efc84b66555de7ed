"""One article's page: its text with every item highlighted, its claims and quotes, links to the digest."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from newsclaims.report.assets import css, environment, script
from newsclaims.report.links import DigestLinks
from newsclaims.report.marks import KINDS, Highlight, highlights, mark_up
from newsclaims.schema import Article

NO_SPEAKER = "No speaker found"


@dataclass(frozen=True)
class Position:
    """Where an article page sits: its number, how many there are, and the way back to the index."""

    number: int
    total: int
    index: str  # the index page, relative to the article pages (`../report.html`)
    story: dict[str, int]  # other versions of the story: source -> article number


def prefix(number: int) -> str:
    """Anchor prefix of an article's items: `a12-p1` is person p1 of article 12."""
    return f"a{number}"


def article_page(article: Article, at: Position, links: DigestLinks, title: str) -> str:
    """The whole page of one article as an HTML string."""
    mine = links.of(article.source)
    text = article.text or ""
    by_speaker: dict[str, list] = defaultdict(list)
    for quote in article.quotes:
        by_speaker[quote.speaker.name if quote.speaker else NO_SPEAKER].append(quote)
    speakers = sorted(by_speaker.items(), key=lambda kv: (kv[0] == NO_SPEAKER, -len(kv[1]), kv[0]))
    body = None
    if text:
        furniture = [Highlight(b.start, b.end, "furniture", "") for b in article.boilerplate if b.start < b.end]
        body = mark_up(text, highlights(article, prefix(at.number)) + furniture)
    code, digest = script("article.js")
    return environment().get_template("article.html.j2").render(
        title=title, a=article, at=at, prefix=prefix(at.number), body=body, links=mine, labels=links.labels,
        claims=sorted(article.claims, key=lambda c: (-(c.score or 0), c.start)), speakers=speakers,
        organisations=getattr(article, "organizations", None) or [],
        groups=sorted(mine.groups, key=lambda g: (links.labels[g].status != "conflict", int(g[1:]))),
        counts={k: len(getattr(article, k)) for k in ("people", "places", "numbers", "quotes", "claims")},
        kinds=KINDS, css=css(), script=code, script_hash=digest,
    )
