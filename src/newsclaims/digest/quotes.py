"""Quotes across articles: how alike two wordings are, which pairs to score, and recurring-quote groups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from datasketch import MinHashLSH
from rapidfuzz import fuzz

from newsclaims.digest.duplicates import signature
from newsclaims.digest.keys import Key, Union, fold
from newsclaims.schema import DigestQuote, Quote, RecurringQuote

QUOTE_NEAR = 85  # same words, small edits
QUOTE_PARAPHRASE = 72  # two translations: same content words, other order and wording
QUOTE_SAME_SPEAKER = 60  # looser when both speakers are already known to be one person
MIN_QUOTE_WORDS = 3
CANDIDATE_JACCARD = 0.3  # share of longer words two wordings must likely have in common to be scored
QUOTE_PERM = 64


class QuoteSpeaker(NamedTuple):
    name: str
    person_id: str | None


class QuoteEntry(NamedTuple):
    """What matching needs of one quote: its wording, kind and speaker."""

    id: str
    text: str
    kind: str
    speaker: QuoteSpeaker | None

    @classmethod
    def of(cls, quote: Quote) -> QuoteEntry:
        who = quote.speaker
        return cls(quote.id, quote.text, quote.kind, QuoteSpeaker(who.name, who.person_id) if who else None)


@dataclass
class QuoteEdge:
    """Two quotes of different articles that say the same thing, and how alike their wording is."""

    a: Key
    b: Key
    match: str
    similarity: float


def quote_text(text: str) -> str:
    """The form quotes are compared in: folded, apostrophes dropped."""
    return fold(text).replace("'", "")


def quote_similarity(a: str, b: str) -> tuple[str | None, float]:
    """How alike two quotes are: `exact`, `near` (small edits) or `paraphrase` (same words reordered)."""
    return folded_similarity(quote_text(a), quote_text(b))


def folded_similarity(na: str, nb: str) -> tuple[str | None, float]:
    """`quote_similarity` of two wordings already in `quote_text` form."""
    if len(na.split()) < MIN_QUOTE_WORDS or len(nb.split()) < MIN_QUOTE_WORDS:
        return None, 0.0
    if na == nb:
        return "exact", 1.0
    ratio = fuzz.ratio(na, nb)
    if ratio >= QUOTE_NEAR:
        return "near", ratio / 100
    shorter, longer = sorted((len(na.split()), len(nb.split())))
    sort_ratio = fuzz.token_sort_ratio(na, nb)
    set_ratio = fuzz.token_set_ratio(na, nb) if shorter >= 6 and shorter / longer >= 0.5 else 0
    best = max(ratio, sort_ratio, set_ratio)
    return ("paraphrase", best / 100) if best >= QUOTE_PARAPHRASE else (None, best / 100)


@dataclass
class Matches:
    """Quotes grouped by identical wording, and scored pairs of similar wordings."""

    by_text: dict[str, list[Key]]
    pairs: list[tuple[str, str, str | None, float]]


def quote_matches(quotes: dict[Key, QuoteEntry]) -> Matches:
    """Exact repeats by hashing; similar wordings only among candidates a MinHash LSH index proposes.

    Each distinct wording is one MinHash of its longer words; the index returns earlier
    wordings likely to share at least `CANDIDATE_JACCARD` of them, and only those pairs
    are scored, so the work grows with the quotes, not with their pairs.
    """
    by_text: dict[str, list[Key]] = defaultdict(list)
    for key, quote in quotes.items():
        text = quote_text(quote.text)
        if len(text.split()) >= MIN_QUOTE_WORDS:
            by_text[text].append(key)
    texts = list(by_text)
    index = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=QUOTE_PERM)
    pairs = []
    for i, text in enumerate(texts):
        words = {w.encode("utf-8") for w in text.split() if len(w) > 2}
        if not words:
            continue
        sig = signature(words, QUOTE_PERM)
        for j in sorted(index.query(sig)):
            match, similarity = folded_similarity(texts[j], text)
            if similarity * 100 >= QUOTE_SAME_SPEAKER:
                pairs.append((texts[j], text, match, similarity))
        index.insert(i, sig)
    return Matches(by_text, pairs)


def cross_pairs(a: list[Key], b: list[Key], limit: int = 4) -> Iterable[tuple[Key, Key]]:
    """A few pairs of quotes from different articles, enough to connect two groups."""
    n = 0
    for x in a:
        for y in b:
            if x[0] != y[0]:
                yield x, y
                n += 1
                if n >= limit:
                    return


def quote_edges(matches: Matches, speaker: Callable[[Key], object | None]) -> list[QuoteEdge]:
    """Links between quotes of different articles that say the same thing (a few per group suffice).

    `speaker` gives the digest person behind a quote (None when unknown): a looser wording
    match counts when both quotes come from one person.
    """
    edges = []
    for keys in matches.by_text.values():
        for other in keys[1:]:
            edges.append(QuoteEdge(keys[0], other, "exact", 1.0))
    for a, b, match, similarity in matches.pairs:
        for x, y in cross_pairs(matches.by_text[a], matches.by_text[b], limit=len(matches.by_text[a]) * len(
                matches.by_text[b])):
            if match is not None:
                edges.append(QuoteEdge(x, y, match, similarity))
                break
            sx = speaker(x)
            if sx is not None and sx == speaker(y):
                edges.append(QuoteEdge(x, y, "paraphrase", similarity))
                break
    return edges


def recurring_quotes(quotes: dict[Key, QuoteEntry], edges: list[QuoteEdge],
                     person_of: dict[Key, str]) -> list[RecurringQuote]:
    """Groups of linked quotes from two or more articles, most articles first."""
    union = Union()
    worst: dict[object, tuple[int, float]] = {}
    order = {"exact": 0, "near": 1, "paraphrase": 2}
    for edge in edges:
        union.union(edge.a, edge.b)
    nodes = {k for e in edges for k in (e.a, e.b)}
    for edge in edges:
        root = union.find(edge.a)
        rank, sim = worst.get(root, (0, 1.0))
        worst[root] = (max(rank, order[edge.match]), min(sim, edge.similarity))
    out = []
    for members in union.groups(sorted(nodes)):
        members = sorted(members)
        if len({m[0] for m in members}) < 2:
            continue
        rank, sim = worst[union.find(members[0])]
        speakers = [quotes[m].speaker for m in members if quotes[m].speaker is not None]
        named = [s for s in speakers if s.person_id]
        speaker = named[0] if named else (speakers[0] if speakers else None)
        out.append(RecurringQuote(
            id="", text=quotes[members[0]].text, match=list(order)[rank], similarity=round(sim, 2),
            speaker=speaker.name if speaker else None,
            person_id=person_of.get((members[0][0], speaker.person_id)) if speaker and speaker.person_id else None,
            occurrences=[DigestQuote(source=m[0], id=m[1], text=quotes[m].text, kind=quotes[m].kind,
                                     speaker=quotes[m].speaker.name if quotes[m].speaker else None)
                         for m in members],
        ))
    out.sort(key=lambda r: (-len({o.source for o in r.occurrences}), -len(r.text)))
    for i, r in enumerate(out, 1):
        r.id = f"R{i}"
    return out
