"""Between article pages and the digest: the digest entry each item of an article belongs to.

Built once from the digest, so an article page is rendered from its record alone (the
records stream past one at a time) and still links every person, organisation, place,
figure and quote to its entry on the index page; entries count sources, not articles
(versions of one story are one source), and are shown most sources first.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from newsclaims.schema import Digest


@dataclass
class ArticleLinks:
    """The digest entries of one article's items, by the item's id in the record."""

    people: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)
    organisations: dict[str, str] = field(default_factory=dict)
    figures: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # number id -> groups
    quotes: dict[str, str] = field(default_factory=dict)  # quote id -> recurring quote
    groups: set[str] = field(default_factory=set)  # figure groups, with those it holds a copy of a figure in
    story: str | None = None


@dataclass(frozen=True)
class EntryLabel:
    """How an article page names a digest entry: `Tony Blair`, `in 12 sources`, a verdict."""

    name: str
    sources: int
    status: str = ""


class DigestLinks:
    """Every article item's digest entry, each entry's label, and the independent sources of each entry."""

    def __init__(self, digest: Digest) -> None:
        self.story_of: dict[str, str] = {s: story.id for story in digest.stories for s in story.articles}
        self.stories: dict[str, list[str]] = {story.id: story.articles for story in digest.stories}
        self.labels: dict[str, EntryLabel] = {}
        self._by_source: dict[str, ArticleLinks] = defaultdict(ArticleLinks)
        for kind, entries in (("people", digest.people), ("places", digest.places),
                              ("organisations", digest.organizations)):
            for entry in entries:
                self.labels[entry.id] = EntryLabel(entry.name, self.sources(entry.articles))
                for m in entry.members:
                    getattr(self._by_source[m.source], kind)[m.id] = entry.id
        for group in digest.figures:
            self.labels[group.id] = EntryLabel(group.measure or group.counted, group.sources, group.status)
            for f in group.figures:
                self._by_source[f.source].figures[f.id].append(group.id)
                for source in (f.source, *f.copies):  # a copy's figure has its own id in its record
                    self._by_source[source].groups.add(group.id)
        for rq in digest.recurring_quotes:
            self.labels[rq.id] = EntryLabel(rq.text, self.sources([o.source for o in rq.occurrences]), rq.match)
            for o in rq.occurrences:
                self._by_source[o.source].quotes[o.id] = rq.id
        for source, story in self.story_of.items():
            self._by_source[source].story = story

    def sources(self, articles: list[str]) -> int:
        """Independent sources among articles: versions of one story count once."""
        return len({self.story_of.get(a, a) for a in articles})

    def of(self, source: str) -> ArticleLinks:
        """The links of one article (empty when none of its items is in the digest)."""
        return self._by_source.get(source) or ArticleLinks()

    def conflicts(self, source: str) -> int:
        """How many figure groups in conflict the article has a figure in."""
        return sum(1 for g in self.of(source).groups if self.labels[g].status == "conflict")
