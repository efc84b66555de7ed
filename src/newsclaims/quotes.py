"""Quotes: direct speech in quotation marks, attributed through its speech verb."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsclaims.boilerplate import inside
from newsclaims.lexicon import SPEECH_VERBS
from newsclaims.schema import Person, Quote, Span, Speaker

PRONOUNS = frozenset({"he", "she", "they", "i", "we"})

# Quotation marks: an opening mark, the words, the matching closing mark.
_QUOTE_RE = re.compile(
    r"“(?P<a>[^“”]+?)”|\"(?P<b>[^\"\n]+?)\"|«(?P<c>[^«»]+?)»|„(?P<d>[^„“”]+?)[“”]"
    r"|(?<!\w)‘(?P<e>[^‘’\n]+?)’(?!\w)"
)
MIN_WORDS = 3


def find_direct(text: str) -> list[tuple[int, int]]:
    """Character spans of the words inside quotation marks (marks and trailing commas excluded)."""
    spans = []
    for match in _QUOTE_RE.finditer(text):
        group = next(g for g in "abcde" if match.group(g) is not None)
        start, end = match.span(group)
        while end > start and text[end - 1] in " ,\n":
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if len(re.findall(r"\w+", text[start:end])) >= MIN_WORDS:
            spans.append((start, end))
    return spans


def extract_quotes(
    doc: Doc, people: list[Person], boilerplate: tuple[tuple[int, int], ...] = ()
) -> list[Quote]:
    quotes = []
    for start, end in find_direct(doc.text):
        if inside(boilerplate, start, end):
            continue
        speaker, cue, from_context = _attribute(doc, start, end, people)
        quotes.append(
            Quote(
                id=f"q{len(quotes) + 1}", start=start, end=end, text=doc.text[start:end],
                kind="direct", speaker=speaker, cue=cue,
                speaker_from=None if speaker is None else ("context" if from_context else "sentence"),
            )
        )
    return quotes


def _attribute(doc: Doc, start: int, end: int, people: list[Person]) -> tuple[Speaker | None, Span | None, bool]:
    quote = doc.char_span(start, end, alignment_mode="expand")
    if quote is None:
        return None, None, False
    for sent in _nearby_sentences(doc, quote):
        for token in sent:
            if start <= token.idx < end or token.lemma_.lower() not in SPEECH_VERBS or token.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or start <= subject.idx < end:
                continue
            speaker, from_context = _resolve(doc, subject, people)
            return speaker, Span.of(doc.text, token.idx, token.idx + len(token.text)), from_context
    return None, None, False


def _nearby_sentences(doc: Doc, quote: SpacySpan) -> list[SpacySpan]:
    """The sentences the quote touches, then the one right after it."""
    sents = list(dict.fromkeys(t.sent for t in quote))
    after = quote.end if quote.end < len(doc) else None
    if after is not None:
        nxt = doc[min(after + 1, len(doc) - 1)].sent
        if nxt not in sents:
            sents.append(nxt)
    return sents


def _resolve(doc: Doc, subject: Token, people: list[Person]) -> tuple[Speaker, bool]:
    """The person the subject names, or the nearest person before a pronoun, or its own words."""
    phrase = doc[subject.left_edge.i: subject.right_edge.i + 1]
    for person in people:
        for mention in person.mentions:
            if phrase.start_char <= mention.start < phrase.end_char:
                return _speaker(person, mention.start, mention.end, doc), False
    if subject.lower_ in PRONOUNS:
        before = [(m.start, p) for p in people for m in p.mentions if m.start < subject.idx]
        if before:
            _, person = max(before, key=lambda x: x[0])
            return _speaker(person, subject.idx, subject.idx + len(subject.text), doc), True
    return (
        Speaker(name=phrase.text, kind="description", start=phrase.start_char,
                end=phrase.end_char, text=phrase.text),
        subject.lower_ in PRONOUNS,
    )


def _speaker(person: Person, start: int, end: int, doc: Doc) -> Speaker:
    return Speaker(name=person.name, person_id=person.id, kind="person",
                   start=start, end=end, text=doc.text[start:end])
