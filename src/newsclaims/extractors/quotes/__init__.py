"""Quotes: direct speech in quotation marks and reported speech, each with its source.

`marks` pairs quotation marks; `cues` finds speech cues; `direct` picks the cue that
attributes each quotation, `reported` the content each cue reports; the speaker is the
cue's subject as resolved by `attribution.Resolver` (names, pronouns, descriptions,
organisations), and `context` fills in quotes with no cue of their own. This module
assembles them and drops what nobody said (scare quotes, titles, the writer's own `I`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsclaims.attribution import Resolver
from newsclaims.extractors.base import Context, Extractor
from newsclaims.extractors.quotes.context import resolve_in_order, speakers_from_context
from newsclaims.extractors.quotes.cues import Attributed, CueIndex, char_before, speech_cues
from newsclaims.extractors.quotes.direct import direct_attribution
from newsclaims.extractors.quotes.marks import MIN_WORDS, WORD_RE, DirectSpan, find_direct, paragraphs
from newsclaims.extractors.quotes.reported import reported_speech
from newsclaims.pipeline.boilerplate import inside
from newsclaims.schema import Quote

__all__ = ["EXTRACTOR", "DirectSpan", "extract_quotes", "find_direct"]


def extract_quotes(doc: Doc, ctx: Context) -> list[Quote]:
    """Direct and reported quotes with their speakers, in text order."""
    text, people, boilerplate = ctx.text, ctx.people, ctx.boilerplate
    directs = [d for d in find_direct(text) if not inside(boilerplate, d.start, d.end)]
    quoted = [False] * len(doc)
    kept: list[DirectSpan] = []
    for d in directs:
        outer = doc.char_span(d.outer_start, d.outer_end, alignment_mode="expand")
        if outer is None:
            continue
        for token in outer:
            quoted[token.i] = True
        if len(WORD_RE.findall(text, d.start, d.end)) >= MIN_WORDS and not _is_title(doc, text, d):
            kept.append(d)
    para_of = paragraphs(text)
    if not all(doc.has_annotation(a) for a in ("TAG", "DEP", "LEMMA")):
        # A pipeline without tagger and parser (`--model` is open): quotation marks only, no speakers.
        items = [Attributed(d.start, d.end, "direct", paragraph=d.paragraph, chain=d.chain) for d in kept]
    else:
        # The article's one resolver: figure sources and claims ask it after us.
        resolver = ctx.resolver = Resolver(doc, people, [(d.outer_start, d.outer_end) for d in directs], text=text,
                                           organizations=ctx.organizations)
        cues = [(label, tok) for label, tok in speech_cues(doc)
                if not quoted[tok.i] and not inside(boilerplate, tok.idx, tok.idx + len(tok))]
        cues.sort(key=lambda c: c[1].i)
        index = CueIndex([c for c in cues if c[0] != "NOUN_CUE"], kept)
        items = [direct_attribution(doc, text, d, index, quoted, para_of) for d in kept]
        items += reported_speech(doc, text, cues, quoted, directs)
        resolve_in_order(items, resolver, doc)
    # The writer's own `I think ...` or `you know ...` is not a source's statement.
    items = [i for i in items if i.kind == "direct" or i.speaker is not None]
    speakers_from_context(items, text, para_of)
    items = [i for i in items if not _scare_quote(doc, text, i)]

    quotes = []
    for item in sorted(items, key=lambda a: (a.start, a.kind)):
        quotes.append(Quote(
            id=f"q{len(quotes) + 1}", start=item.start, end=item.end, text=text[item.start:item.end],
            kind=item.kind, speaker=item.speaker, cue=item.cue,
            speaker_from=None if item.speaker is None else ("context" if item.from_context else "sentence"),
        ))
    return quotes


def _is_title(doc: Doc, text: str, d: DirectSpan) -> bool:
    """A name in quotation marks mid-sentence (`the NGO “Guide to the Free World”`, `on “Meet the Press.”`):
    mostly title case, or no verb with its longer words capitalised."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    before = char_before(text, d.outer_start)
    if span is None or not before or before in ".!?:\n" or not span[0].is_title:
        return False
    alpha = [t for t in span if t.is_alpha and t.text != "I"]
    if len(alpha) >= 2 and sum(t.is_title for t in alpha) * 3 >= len(alpha) * 2 and len(alpha) <= 10:
        return True
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    words = [t for t in alpha if len(t) > 3]
    return bool(words) and sum(t.is_title for t in words) * 2 >= len(words)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SCARE_CUES = frozenset({"so-called", "dubbed", "termed", "branded", "labelled", "labeled", "nicknamed"})


def _scare_quote(doc: Doc, text: str, item: Attributed) -> bool:
    """Words in quotation marks that nobody is said to have said: a short verbless phrase mid-sentence
    (`a “special military operation”`), or one the writer calls `so-called`."""
    if item.kind != "direct":
        return False
    before = [w for w in (w.strip("“\"‘'«„`") for w in text[max(0, item.start - 14):item.start].lower().split()) if w]
    if before and before[-1] in _SCARE_CUES:
        return True
    if item.speaker is not None:
        return False
    span = doc.char_span(item.start, item.end, alignment_mode="expand")
    if span is None or len(WORD_RE.findall(span.text)) > 5 or any(t.tag_ in _FINITE for t in span):
        return False
    return char_before(text, span.start_char - 1) not in ("", ".", "!", "?", ":", "\n")


EXTRACTOR = Extractor(provides="quotes", needs=("people", "organizations"), run=extract_quotes)
