"""A figure's context: what it counts (`1,688 Russians`, `thousands of cars`) and when it applies
(the DATE entity of its clause). Who says so is `attribution.figure_source`."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsclaims.extractors.numbers.model import Candidate, lower_at
from newsclaims.pipeline.spans import SpanIndex
from newsclaims.pipeline.tokens import MODIFIER_DEPS
from newsclaims.schema import Span


def _noun_phrase(token: Token, floor: int = 0) -> str:
    """The noun with its compounds and adjectives to the left: `EU countries`, `Russian men`."""
    left = token.i
    for child in sorted(token.lefts, reverse=True):
        if child.dep_ in MODIFIER_DEPS and child.i >= max(left - 3, floor) \
                and child.i == left - 1:
            left = min(left, child.i)
    doc = token.doc
    return doc[left:token.i + 1].text


def counted(doc: Doc, cand: Candidate) -> str | None:
    """What the figure counts, from the parse: `1,688 Russians`, `thousands of cars`, `5,000-mile border`."""
    end = cand.end
    if cand.hyphen_unit and end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
        noun = doc[end]
        while noun.i + 1 < len(doc) and noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head
        return _noun_phrase(noun, end)
    if lower_at(doc, end) == "of" and end + 1 < len(doc):
        pobj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ in ("NOUN", "PROPN", "PRON"):
            return _noun_phrase(pobj)
    if cand.category == "age":
        return "age" if end >= len(doc) or doc[end].pos_ not in ("NOUN", "PROPN") else f"age of {doc[end].text}"
    if cand.unit and cand.category in ("measure",):
        return None
    last = doc[cand.numerals[-1].end - 1] if cand.numerals else doc[cand.end - 1]
    first = doc[cand.numerals[-1].start] if cand.numerals else doc[cand.start]
    for token in (last, first, doc[cand.end - 1]):  # the span's last token: `3 percent` in `a 3 percent drop`
        head = token.head
        if token.dep_ in ("nummod", "quantmod", "compound", "amod") and head.i >= cand.end \
                and head.pos_ in ("NOUN", "PROPN") and head.i - cand.end < 6:
            return _noun_phrase(head, cand.end)
    if cand.end < len(doc) and doc[cand.end].pos_ in ("NOUN", "PROPN") and doc[cand.end].tag_ in ("NNS", "NNPS"):
        return doc[cand.end].text
    return None


def _governor(token: Token, root: Token) -> int:
    """Index of the verb whose clause holds the token (the sentence root when no verb is above it;
    the token itself when it is a verb at the root)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor.i
    return root.i if token.pos_ not in ("VERB", "AUX") else token.i


DATE_REACH = 60
"""The farthest, in tokens, a figure's date may start before it or after it."""
Dates = list[tuple[int, int, int, int]]
"""DATE entities as (start token, end token, start char, end char), sorted: built once per Doc."""


def date_entities(doc: Doc) -> Dates:
    """The Doc's DATE entities, sorted, for `figure_time`."""
    return sorted((e.start, e.end, e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE")


def figure_time(doc: Doc, text: str, cand: Candidate, sent: SpacySpan, dates: Dates,
                taken: SpanIndex[None], roots: dict[int, Token]) -> Span | None:
    """The DATE entity of the figure's clause (same governing verb), else the nearest close one.

    `dates` and `taken` (the figures' token spans) are built once per Doc, `roots` (sentence start ->
    root) fills as sentences are met. Only the dates of the figure's sentence within DATE_REACH tokens
    are looked at, so a run-on sentence of a thousand figures costs no more per figure than a short one.
    """
    if cand.category == "age":
        return None
    anchor = doc[cand.numerals[0].start] if cand.numerals else doc[cand.start]
    verb = root = None
    best, best_rank = None, None
    first = max(sent.start, cand.start - DATE_REACH)
    for k in range(bisect_right(dates, (first, -1, -1, -1)), len(dates)):
        date = dates[k]
        start, end = date[0], date[1]
        if start >= min(sent.end, cand.end + DATE_REACH):
            break
        if end > sent.end or taken.overlaps(start, end):
            continue
        if doc[end - 1].dep_ in ("compound", "nmod", "amod", "poss", "nummod") and doc[end - 1].head.i >= end:
            continue  # `the 2019 level`: a year naming a baseline, not when the figure applies
        distance = min(abs(start - cand.end), abs(cand.start - end))
        if verb is None:
            root = roots.get(sent.start)
            if root is None:
                root = roots[sent.start] = sent.root
            own_root = root if sent.start <= anchor.i < sent.end else anchor.sent.root  # a span across a break
            verb = _governor(anchor, own_root)
        same_clause = _governor(doc[end - 1], root) == verb
        if not same_clause and distance > 12:
            continue
        last = doc[cand.end - 1]
        attached = any(a.i in (anchor.i, last.i) for a in doc[end - 1].ancestors)  # `1.5 million in 2010`
        rank = (not attached, not same_clause, distance, start < cand.start)
        if best_rank is None or rank < best_rank:
            best, best_rank = date, rank
    if best is None:
        return None
    return Span(start=best[2], end=best[3], text=text[best[2]:best[3]])
