"""`according to X`: the one detector of the phrase, for quotes, claims and figures alike."""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsclaims.pipeline.matchers import flagged, word_flag


def _according(word: str) -> bool:
    return word.lower() == "according"


def according_cues(doc: Doc | SpacySpan) -> list[SpacySpan]:
    """Every `according to` of a Doc, or of a sentence (both words inside it), in text order."""
    whole = doc if isinstance(doc, Doc) else doc.doc
    flag = word_flag(whole.vocab, _according)  # a lexeme flag: found in C, not word by word in Python
    if isinstance(doc, Doc):
        found, end = flagged(doc, flag), len(doc)
    else:
        found, end = [t.i for t in doc if t.check_flag(flag)], doc.end
    return [whole[i:i + 2] for i in found if i + 1 < end and whole[i + 1].lower_ == "to"]


def according_source(cue: SpacySpan | Token) -> Token | None:
    """The head of X in `according to X` (the object of `to`), when the parse has one."""
    doc = cue.doc
    to = cue[-1] if isinstance(cue, SpacySpan) else (doc[cue.i + 1] if cue.i + 1 < len(doc) else None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
