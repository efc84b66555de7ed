"""The source of a figure: the speaker of the quote it is in, else `according to X`, else the subject
(or agent) of the speech verb over it, resolved by the same `Resolver` as quotes' speakers.

`figure_source` is the first, syntactic guess the numbers extractor makes while it finds figures
(who the sentence names); `attribute_figures` runs after quotes and replaces it with the resolved
source (`he` -> the person, `the company` -> the organisation, the quote's speaker).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsclaims.attribution.according import according_cues, according_source
from newsclaims.attribution.resolver import Resolver
from newsclaims.lexicon.speech import SPEECH_VERBS
from newsclaims.pipeline.spans import SpanIndex
from newsclaims.pipeline.tokens import SUBJECT_DEPS
from newsclaims.schema import Quantity, Quote

SPEECH_LEMMAS = SPEECH_VERBS | {"report", "say", "tell", "show", "estimate"}


def _phrase(doc: Doc, head: Token) -> str:
    """The words of a subject or `according to` object, cut before an apposition (`Ilya, 29,`)."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    for t in doc[head.i + 1:end]:
        if t.text in (",", "(", "—", "–", ";"):
            end = t.i
            break
    return doc[start:end].text


def source_head(doc: Doc, token: Token, sent: SpacySpan, taken: SpanIndex[None]) -> Token | None:
    """The head of `according to X`, or of the subject (or agent) of the speech verb governing the figure.

    `taken` indexes the token spans of the article's figures (built once per Doc): a subject that
    holds a figure is no source.
    """
    for cue in according_cues(sent):
        pobj = according_source(cue)
        if pobj is not None:
            return pobj
    verbs = [a for a in token.ancestors if a.lemma_.lower() in SPEECH_LEMMAS and a.pos_ in ("VERB", "AUX")]
    root = sent.root
    if root.lemma_.lower() in SPEECH_LEMMAS and root not in verbs:
        verbs.append(root)
    for verb in verbs:
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and not (subj.left_edge.i <= token.i <= subj.right_edge.i) and not taken.overlaps(
                subj.left_edge.i, subj.right_edge.i + 1):
            return subj
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def figure_source(doc: Doc, token: Token, sent: SpacySpan, taken: SpanIndex[None]) -> str | None:
    """`according to X`, or the subject of the speech verb governing the figure, as the sentence words it."""
    head = source_head(doc, token, sent, taken)
    return None if head is None else _phrase(doc, head)


def attribute_figures(doc: Doc, numbers: list[Quantity], quotes: list[Quote],
                      resolver: Callable[[], Resolver]) -> list[Quantity]:
    """Every figure with its source resolved: the speaker of a quote it is in, else the resolved
    `according to` body or speech-verb subject of its sentence (the numbers' own guess when unresolved).
    `resolver()` gives the article's one resolver (the quotes'), asked only when a figure needs it."""
    spoken = SpanIndex((q.start, q.end, q) for q in quotes if q.speaker is not None)
    spans = [doc.char_span(n.start, n.end, alignment_mode="expand") for n in numbers]
    taken: SpanIndex[None] = SpanIndex((s.start, s.end, None) for s in spans if s is not None)
    found = []
    for number, span in zip(numbers, spans):
        source = number.source
        quote = next(iter(spoken.overlapping(number.start, number.end)), None)
        if quote is not None and quote.speaker is not None:
            source = quote.speaker.name
        elif span is not None and len(span):
            anchor = next((t for t in span if t.like_num), span[0])
            head = source_head(doc, anchor, anchor.sent, taken)
            if head is not None:
                speaker, _ = resolver().resolve(head)
                source = speaker.name if speaker is not None else None
        found.append(number if source == number.source else number.model_copy(update={"source": source}))
    return found
