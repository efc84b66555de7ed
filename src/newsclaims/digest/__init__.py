"""The cross-article digest: who is quoted where, which quotes recur, where figures disagree.

Works on extracted records only (no spaCy), so a digest of a million articles costs
string comparisons, not parsing. Matching is deliberately conservative where a wrong
merge would mislead: a first name alone joins another article's person only with
corroboration (a shared quote or the same age), never on the name by itself.

One module per section: `people`, `quotes`, `places`, `figures`; `keys` holds the
matching keys they share, `records` reads the input.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsclaims.digest.figures import figure_groups
from newsclaims.digest.keys import fold, translit_key
from newsclaims.digest.people import merge_people, people_entries, person_groups, speaker_of
from newsclaims.digest.places import place_groups
from newsclaims.digest.quotes import quote_edges, quote_matches, quote_similarity, recurring_quotes
from newsclaims.digest.records import read_records
from newsclaims.schema import Article, Digest

__all__ = ["build_digest", "fold", "quote_similarity", "read_records", "translit_key"]


def build_digest(articles: Iterable[Article]) -> Digest:
    """The cross-article view of a batch of extracted records."""
    records = [a for a in articles if a.error is None]
    quotes = {(a.source, q.id): q for a in records for q in a.quotes}
    people = people_entries(records)
    matches = quote_matches(quotes)
    merge_people(people, matches, quotes)
    edges = quote_edges(matches, speaker_of(people, quotes))
    persons = person_groups(people, records)
    person_of = {key: p.id for p in persons for key in ((m.source, m.id) for m in p.members)}
    places, place_of = place_groups(records)
    return Digest(
        articles=[a.source for a in records],
        people=persons,
        places=places,
        recurring_quotes=recurring_quotes(quotes, edges, person_of),
        figures=figure_groups(records, place_of, {p.id: p for p in places}),
    )
