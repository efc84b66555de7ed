"""The source of a claim: a quote's speaker, else an `according to` body or a speech verb's subject,
resolved by the same `Resolver` that resolves quotes' speakers (names, pronouns, descriptions,
organisations)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsclaims.attribution.according import according_source
from newsclaims.attribution.resolver import Resolver
from newsclaims.lexicon.speech import SPEECH_VERBS
from newsclaims.pipeline.tokens import SUBJECT_DEPS
from newsclaims.schema import Quote, Source, Speaker


def reporting_verbs(clause: SpacySpan, quotes: list[Quote]) -> list[Token]:
    """Speech verbs of the clause that govern reported content and have a subject."""
    verbs = []
    for token in clause:
        if token.pos_ != "VERB" or token.lemma_.lower() not in SPEECH_VERBS:
            continue
        if any(q.start <= token.idx < q.end for q in quotes):
            continue
        if (any(c.dep_ in ("ccomp", "parataxis") for c in token.children) or token.dep_ == "parataxis") \
                and any(c.dep_ in SUBJECT_DEPS for c in token.children):
            verbs.append(token)
    return verbs


def claim_source(doc: Doc, quotes: list[Quote], speech: list[Token], according: list[SpacySpan],
                 resolver: Callable[[], Resolver]) -> Source | None:
    """Who vouches for the clause: a quote's speaker, an `according to` body, a speech verb's subject
    (`resolver()` gives the article's resolver, built only when a claim needs it)."""
    for quote in quotes:
        if quote.speaker is not None:
            return _source(quote.speaker, quote.cue.text if quote.cue else None)
    for cue in according:
        obj = according_source(cue)
        if obj is not None:
            speaker, _ = resolver().resolve(obj)
            return _source(speaker, "according to") if speaker is not None else None
    for verb in speech:
        subject = next(c for c in verb.children if c.dep_ in SUBJECT_DEPS)
        cue = verb.text + "".join(
            " " + c.text for c in verb.children if c.dep_ == "dative" and c.i == verb.i + 1)
        speaker, _ = resolver().resolve(subject)
        return _source(speaker, cue) if speaker is not None else None
    return None


def _source(speaker: Speaker, cue: str | None) -> Source:
    return Source(name=speaker.name, person_id=speaker.person_id, organization_id=speaker.organization_id,
                  kind=speaker.kind, start=speaker.start, end=speaker.end, text=speaker.text, cue=cue)
