"""The source of a claim: a quote's speaker, an `according to` body, or a speech verb's subject.

Used by the claims extractor; the persons a pronoun may mean are the article's people mentions.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsclaims.attribution.according import according_source
from newsclaims.lexicon.organisations import SOURCE_ORG_NOUNS
from newsclaims.lexicon.speech import SPEECH_VERBS
from newsclaims.pipeline.spans import SpanIndex
from newsclaims.pipeline.tokens import SUBJECT_DEPS
from newsclaims.schema import Person, Quote, Source

PRONOUN_REACH = 1500  # characters back to look for the person a pronoun source refers to
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "we", "they", "you"})


def reporting_verbs(clause: SpacySpan, quotes: list[Quote]) -> list[Token]:
    """Speech verbs of the clause that govern reported content and have a subject."""
    verbs = []
    for token in clause:
        if token.pos_ != "VERB" or token.lemma_.lower() not in SPEECH_VERBS:
            continue
        if any(q.start <= token.idx < q.end for q in quotes):
            continue
        if any(c.dep_ in ("ccomp", "parataxis") for c in token.children) or token.dep_ == "parataxis":
            if any(c.dep_ in SUBJECT_DEPS for c in token.children):
                verbs.append(token)
    return verbs


def claim_source(
    doc: Doc,
    quotes: list[Quote],
    speech: list[Token],
    according: list[SpacySpan],
    mentions: SpanIndex[Person],
) -> Source | None:
    """Who vouches for the clause: a quote's speaker, an `according to` body, a speech verb's subject."""
    for quote in quotes:
        if quote.speaker is not None:
            sp = quote.speaker
            return Source(name=sp.name, person_id=sp.person_id, kind=sp.kind, start=sp.start, end=sp.end,
                          text=sp.text, cue=quote.cue.text if quote.cue else None)
    for cue in according:
        obj = according_source(cue)
        if obj is not None:
            return _source_phrase(doc, obj, "according to", mentions)
    for verb in speech:
        subject = next(c for c in verb.children if c.dep_ in SUBJECT_DEPS)
        cue = verb.text + "".join(
            " " + c.text for c in verb.children if c.dep_ == "dative" and c.i == verb.i + 1)
        return _source_phrase(doc, subject, cue, mentions)
    return None


def _source_phrase(doc: Doc, head: Token, cue: str, mentions: SpanIndex[Person]) -> Source:
    """The source named by a subject or object token: a person, an organisation or a description."""
    end_i = head.i
    for child in head.rights:
        if child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ in ("of", "from", "at")):
            end_i = max(end_i, child.right_edge.i)
    start_i = head.left_edge.i
    phrase = doc[start_i:end_i + 1]
    lo = bisect_left(mentions.starts, phrase.start_char)
    for s, e, person in mentions.items[lo:bisect_left(mentions.starts, phrase.end_char)]:
        if e <= phrase.end_char:
            return Source(name=person.name, person_id=person.id, kind="person", start=s, end=e,
                          text=phrase.text[s - phrase.start_char:e - phrase.start_char], cue=cue)
    if head.lower_ in PERSONAL_PRONOUNS:
        before = mentions.within(max(0, head.idx - PRONOUN_REACH), head.idx)
        if before:
            person = before[-1]
            return Source(name=person.name, person_id=person.id, kind="person", start=head.idx,
                          end=head.idx + len(head.text), text=head.text, cue=cue)
    words = list(phrase)
    while words and words[0].dep_ in ("det", "poss") and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    name = doc[words[0].i:words[-1].i + 1].text if words else phrase.text
    is_org = head.ent_type_ in ("ORG", "GPE", "NORP") or (head.lemma_.lower() in SOURCE_ORG_NOUNS
                                                                or head.lower_ in SOURCE_ORG_NOUNS)
    return Source(name=name, kind="organisation" if is_org else "description", start=phrase.start_char,
                  end=phrase.end_char, text=phrase.text, cue=cue)
