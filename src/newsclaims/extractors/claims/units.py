"""Units and clauses: the sentences a claim may come from, split before coordinated clauses.

A claim is the unit a fact-checker triages, so it is a clause rather than a whole
sentence when a sentence joins independent clauses (`X happened, and only 1,688 ...
according to Y` gives the second clause its own claim). A clause states something only
with a verb (`is_statement`): datelines, dates and bylines do not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan

from newsclaims.pipeline.boilerplate import inside
from newsclaims.pipeline.spans import SpanIndex
from newsclaims.pipeline.tokens import SUBJECT_DEPS
from newsclaims.schema import Quote

VERBS = frozenset({"VERB", "AUX"})
MIN_UNTAGGED_WORDS = 5


def clause_bounds(doc: Doc, span: SpacySpan) -> tuple[int, int]:
    """Character bounds of a clause without surrounding space and without a dangling `, and` at the end."""
    start_i, end_i = span.start, span.end
    while start_i < end_i - 1 and doc[start_i].is_space:
        start_i += 1
    while end_i - 1 > start_i and (doc[end_i - 1].is_space or doc[end_i - 1].dep_ == "cc"
                                   or doc[end_i - 1].text in {",", ";", "—", "–"}):
        end_i -= 1
    start, end = doc[start_i].idx, doc[end_i - 1].idx + len(doc[end_i - 1].text)
    return start, end


def units(doc: Doc, quotes: SpanIndex[Quote], boilerplate: tuple[tuple[int, int], ...]) -> list[SpacySpan]:
    """Sentences outside page furniture, joined when one quotation runs across them."""
    found: list[SpacySpan] = []
    for sent in doc.sents:
        if not sent.text.strip() or inside(boilerplate, sent.start_char, sent.end_char):
            continue
        if found and found[-1].end == sent.start and quotes.covers(sent.start_char):
            found[-1] = doc[found[-1].start:sent.end]
        else:
            found.append(sent)
    return found


def clauses(unit: SpacySpan, quotes: SpanIndex[Quote]) -> list[SpacySpan]:
    """Split a sentence before each coordinated clause that has its own subject."""
    doc = unit.doc
    cuts = []
    for token in unit:
        if (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and token.head.i < token.i
                and any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in token.children)
                and any(c.dep_ == "cc" for c in token.head.children)):
            cut = token.left_edge.i
            at = doc[cut].idx
            if unit.start < cut and not quotes.covers(at):
                cuts.append(cut)
    bounds = [unit.start, *sorted(set(cuts)), unit.end]
    return [doc[a:b] for a, b in zip(bounds, bounds[1:]) if b > a and doc[a:b].text.strip()]


def is_statement(clause: SpacySpan) -> bool:
    """Whether the clause asserts something: it has a verb (`queues grow`), unlike a dateline, a
    date or a kick-off time (`Murrayfield, Edinburgh`, `Saturday, 26 February`, `77º`).

    A verb, not a verb with its subject: the small parser often misreads a sentence that opens
    with an adverbial (`Shortly after that, long lines of cars formed ...`). Without a tagger,
    five words.
    """
    if clause.doc.has_annotation("POS"):
        return any(t.pos_ in VERBS for t in clause)
    return sum(t.is_alpha for t in clause) >= MIN_UNTAGGED_WORDS
