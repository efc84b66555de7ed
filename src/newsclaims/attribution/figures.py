"""The source of a figure: `according to X`, or the subject (or agent) of the speech verb over it."""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsclaims.attribution.according import according_cues, according_source
from newsclaims.lexicon.speech import SPEECH_VERBS
from newsclaims.pipeline.spans import SpanIndex
from newsclaims.pipeline.tokens import SUBJECT_DEPS

SPEECH_LEMMAS = SPEECH_VERBS | {"report", "say", "tell", "show", "estimate"}


def _phrase(doc: Doc, head: Token) -> str:
    """The words of a subject or `according to` object, cut before an apposition (`Ilya, 29,`)."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    for t in doc[head.i + 1:end]:
        if t.text in (",", "(", "—", "–", ";"):
            end = t.i
            break
    return doc[start:end].text


def figure_source(doc: Doc, token: Token, sent: SpacySpan, taken: SpanIndex[None]) -> str | None:
    """`according to X`, or the subject of the speech verb governing the figure.

    `taken` indexes the token spans of the article's figures (built once per Doc): a subject that
    holds a figure is no source.
    """
    for cue in according_cues(sent):
        pobj = according_source(cue)
        if pobj is not None:
            return _phrase(doc, pobj)
    verbs = [a for a in token.ancestors if a.lemma_.lower() in SPEECH_LEMMAS and a.pos_ in ("VERB", "AUX")]
    root = sent.root
    if root.lemma_.lower() in SPEECH_LEMMAS and root not in verbs:
        verbs.append(root)
    for verb in verbs:
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and not (subj.left_edge.i <= token.i <= subj.right_edge.i) and not taken.overlaps(
                subj.left_edge.i, subj.right_edge.i + 1):
            return _phrase(doc, subj)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _phrase(doc, pobj)
    return None
