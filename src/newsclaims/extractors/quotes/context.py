"""Speakers from context: subjects resolved in text order, and quotes with no cue of their own.

A quotation without a cue takes the speaker of the rest of its quotation, of the quote
before it in its paragraph, of an attributed quote it repeats (a headline echoing the
body), of the previous paragraph when its own paragraph is only quotation (a floating
quote), or of the quote after it in its paragraph.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict

from spacy.tokens import Doc, Span as SpacySpan

from newsclaims.attribution.resolver import Resolver
from newsclaims.extractors.quotes.cues import Attributed
from newsclaims.extractors.quotes.marks import WORD_RE
from newsclaims.lexicon.people import PLURAL_PRONOUNS

_ECHO = 0.6  # share of a quote's words another quote must hold for the quote to repeat it


def resolve_in_order(items: list[Attributed], resolver: Resolver, doc: Doc) -> None:
    """Resolve subjects in text order so referents exist before the pronouns that need them."""
    def position(item: Attributed) -> tuple[int, int]:
        subject = item.subject
        return (subject.start_char if isinstance(subject, SpacySpan) else subject.idx, item.start)  # type: ignore[union-attr]

    for item in sorted((i for i in items if i.subject is not None), key=position):
        subject = item.subject
        if isinstance(subject, SpacySpan):
            heads = [t for t in subject if t.pos_ in ("NOUN", "PROPN", "PRON") or t.lower_ == "old"]
            speaker, from_context = resolver.resolve(heads[-1], phrase=subject)
        else:
            assert subject is not None
            if subject.lower_ in PLURAL_PRONOUNS:
                resolver.remember_groups(subject)
            speaker, from_context = resolver.resolve(subject)
        if speaker is not None and not any(ch.isalpha() for ch in speaker.name):
            speaker = None  # a stray possessive or symbol is nobody
        item.speaker, item.from_context = speaker, from_context or item.from_context


def speakers_from_context(items: list[Attributed], text: str, paragraphs: list[tuple[int, int]]) -> None:
    """Quotes with no cue of their own: the rest of their quotation, the quote they continue,
    a quote they repeat (headlines), or the previous paragraph's speaker (floating quotes)."""
    directs = sorted((i for i in items if i.kind == "direct"), key=lambda i: i.start)
    by_chain: dict[int, Attributed] = {}
    by_paragraph: dict[int, list[Attributed]] = {}
    for item in directs:
        if item.speaker is not None and item.chain not in by_chain:
            by_chain[item.chain] = item
        by_paragraph.setdefault(item.paragraph, []).append(item)
    ordered = sorted(items, key=lambda i: i.start)
    starts = [i.start for i in ordered]
    next_spoken = _next_with_speaker(by_paragraph)
    last_spoken: dict[int, Attributed] = {}  # per paragraph, the latest quote so far with a speaker
    echoes = _Echoes(directs, text)
    only_quotes: dict[int, bool] = {}
    for item in directs:
        if item.speaker is None:
            source = by_chain.get(item.chain) or last_spoken.get(item.paragraph)
            if source is None:
                source = echoes.repeated(item)
            if source is None and item.paragraph > 0:
                if item.paragraph not in only_quotes:
                    only_quotes[item.paragraph] = _only_quotes(by_paragraph[item.paragraph], text,
                                                               paragraphs[item.paragraph])
                if only_quotes[item.paragraph]:
                    p_start, p_end = paragraphs[item.paragraph - 1]
                    source = next((o for o in reversed(ordered[bisect_left(starts, p_start):bisect_left(starts, p_end)])
                                   if o.speaker is not None), None)
            if source is None:
                source = next_spoken.get(id(item))
            if source is not None and source.speaker is not None:
                item.speaker, item.from_context = source.speaker, True
        if item.speaker is not None:
            last_spoken[item.paragraph] = item
            by_chain.setdefault(item.chain, item)  # the next paragraph of the quotation is theirs too


def _next_with_speaker(by_paragraph: dict[int, list[Attributed]]) -> dict[int, Attributed]:
    """For each quote, the next quote of its paragraph that has a speaker of its own."""
    found: dict[int, Attributed] = {}
    for quotes in by_paragraph.values():
        following: Attributed | None = None
        for item in reversed(quotes):
            if following is not None:
                found[id(item)] = following
            if item.speaker is not None:
                following = item
    return found


class _Echoes:
    """Which attributed quote a quote repeats: most of its words in the other quote.

    An inverted index of words; a quote is compared only with quotes that share one of its
    rarest words, enough of them that a quote sharing none cannot hold the required share.
    """

    def __init__(self, directs: list[Attributed], text: str) -> None:
        self.directs = directs
        self.words = [set(WORD_RE.findall(text[d.start:d.end].lower())) for d in directs]
        self.number = {id(d): n for n, d in enumerate(directs)}
        self.postings: dict[str, list[int]] = defaultdict(list)
        for n, words in enumerate(self.words):
            for word in words:
                self.postings[word].append(n)

    def repeated(self, item: Attributed) -> Attributed | None:
        """An attributed quote whose words this one repeats (a headline echoing the body)."""
        mine = self.words[self.number[id(item)]]
        size = max(1, len(mine))
        needed = 0  # words of ours a candidate must share at least one of
        while (len(mine) - needed) / size > _ECHO:
            needed += 1
        rarest = sorted(mine, key=lambda w: (len(self.postings[w]), w))[:needed]
        best, best_score = None, _ECHO
        for n in sorted({n for w in rarest for n in self.postings[w]}):
            other = self.directs[n]
            if other is item or other.speaker is None or other.from_context and other.cue is None:
                continue
            score = len(mine & self.words[n]) / size
            if score > best_score:
                best, best_score = other, score
        return best


def _only_quotes(same_paragraph: list[Attributed], text: str, paragraph: tuple[int, int]) -> bool:
    """True when the paragraph holds nothing but quotation."""
    p_start, p_end = paragraph
    cursor = p_start
    for other in same_paragraph:
        if WORD_RE.search(text, cursor, max(cursor, other.start)):
            return False
        cursor = max(cursor, other.end)
    return not WORD_RE.search(text, cursor, p_end)
