"""The cross-article digest: who is quoted where, which quotes recur, where figures disagree.

Works on extracted records, streamed: each record leaves only what matching needs
(names, quote wordings, places, organisations, figures with their sentence, a MinHash
of its text), so memory follows the entities, not the articles. Matching is deliberately
conservative where a wrong merge would mislead: a first name alone joins another
article's person only with corroboration (a shared quote or the same age), and two
figures conflict only when they measure the same thing, at the same place, at a time
known to be the same, in two stories that are not versions of one another.

One module per section: `people`, `organisations`, `quotes`, `places`, `figures` (with
`measure`, `when`, `verdict`), `duplicates` (versions of one story); `keys` holds the
matching keys they share, `records` reads the input.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable

from newsclaims.digest.duplicates import Stories
from newsclaims.digest.figures import FigureEntry, add_figures, figure_groups, figure_measures
from newsclaims.digest.keys import Key, fold, translit_key
from newsclaims.digest.organisations import add_organisations, organisation_groups
from newsclaims.digest.people import People, add_people, merge_names, merge_people, person_groups, speaker_of
from newsclaims.digest.places import PlaceEntry, add_places, place_groups
from newsclaims.digest.quotes import QuoteEntry, quote_edges, quote_matches, quote_similarity, recurring_quotes
from newsclaims.digest.records import iter_records, read_records
from newsclaims.digest.when import article_anchor
from newsclaims.schema import Article, Digest, Story

__all__ = ["DigestBuilder", "build_digest", "figure_measures", "fold", "iter_records", "quote_similarity", "read_records",
           "translit_key"]


class DigestBuilder:
    """Takes records one at a time (`add`), then builds the digest (`build`)."""

    def __init__(self) -> None:
        self.sources: list[str] = []
        self.people = People()
        self.quotes: dict[Key, QuoteEntry] = {}
        self.places: dict[Key, PlaceEntry] = {}
        self.organisations: dict[Key, dict] = {}
        self.figures: list[FigureEntry] = []
        self.stories = Stories()

    def add(self, article: Article) -> None:
        """Keep what the digest needs of one record; records that failed are left out."""
        if article.error is not None:
            return
        self.sources.append(article.source)
        add_people(self.people, article)
        for quote in article.quotes:
            self.quotes[(article.source, quote.id)] = QuoteEntry.of(quote)
        add_places(self.places, article)
        add_organisations(self.organisations, article)
        add_figures(self.figures, article, article_anchor(article.date, article.text))
        self.stories.add(article.source, article.text)

    def build(self) -> Digest:
        """The digest; the builder's entries are released section by section (peak memory is the parse)."""
        merge_names(self.people)
        matches = quote_matches(self.quotes)
        merge_people(self.people, matches, self.quotes)
        edges = quote_edges(matches, speaker_of(self.people, self.quotes))
        self.stories.join_by_shared_quotes((e.a, e.b) for e in edges if e.match in ("exact", "near"))
        stories = self.stories.groups()
        story_of = {source: group[0] for group in stories for source in group}
        persons = person_groups(self.people, self.quotes)
        person_of = {key: p.id for p in persons for key in ((m.source, m.id) for m in p.members)}
        recurring = recurring_quotes(self.quotes, edges, person_of)
        places, place_of = place_groups(self.places)
        organisations, _ = organisation_groups(self.organisations)
        story_list = [Story(id=f"S{i}", articles=group, how=self._how(group)) for i, group in enumerate(stories, 1)]
        self.people, self.quotes, self.places, self.organisations, self.stories = People(), {}, {}, {}, Stories()
        del matches, edges
        gc.collect()
        figures = figure_groups(self.figures, place_of, {p.id: p for p in places},
                                lambda source: story_of.get(source, source))
        return Digest(articles=self.sources, people=persons, places=places, organizations=organisations,
                      stories=story_list, recurring_quotes=recurring, figures=figures)

    def _how(self, group: list[str]) -> list[str]:
        members = set(group)
        return sorted({how for pair, how in self.stories.how.items() if pair <= members})


def build_digest(articles: Iterable[Article]) -> Digest:
    """The cross-article view of a batch of extracted records (an iterator is read once, in a stream)."""
    builder = DigestBuilder()
    for article in articles:
        builder.add(article)
    return builder.build()
