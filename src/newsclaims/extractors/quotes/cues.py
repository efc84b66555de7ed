"""Cues: the words that introduce speech (`said`, `her claim`, `according to`), found once per Doc.

Speech and cognition verbs and speech nouns come from a PhraseMatcher over lemmas;
`according to` from attribution's one detector.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from newsclaims.attribution.according import according_cues
from newsclaims.attribution.subjects import Subject
from newsclaims.extractors.quotes.marks import DirectSpan
from newsclaims.lexicon.speech import INFINITIVE_CUES, SPEECH_NOUNS, SPEECH_VERBS
from newsclaims.pipeline.matchers import phrase_matcher
from newsclaims.pipeline.spans import SpanIndex
from newsclaims.schema import Span, Speaker


@lru_cache(maxsize=8)
def _cue_matchers(vocab: Vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Cue words by lemma and by form; built once per vocabulary."""
    by_lemma = phrase_matcher(vocab, "LEMMA", {
        "CUE": [(v,) for v in sorted(SPEECH_VERBS | INFINITIVE_CUES)],
        "GO_ON": [("go", "on")],  # `she went on`
        "NOUN_CUE": [(n,) for n in sorted(SPEECH_NOUNS)],
    })
    by_form = phrase_matcher(vocab, "LOWER", {"SAYS": [("says",), ("said",)]})
    return by_lemma, by_form


# The part of speech a cue word must have, and the label it is found under.
_CUE_POS = {"CUE": (("VERB", "AUX"), "CUE"), "GO_ON": (("VERB",), "CUE"), "NOUN_CUE": (("NOUN",), "NOUN_CUE"),
            "SAYS": (("NOUN", "PROPN"), "CUE")}  # `says` mistagged as a noun in a headline


def speech_cues(doc: Doc) -> list[tuple[str, Token]]:
    """(label, first token) of every speech cue: `CUE` verbs, `NOUN_CUE` nouns, `ACCORDING` to."""
    strings = doc.vocab.strings
    by_lemma, by_form = _cue_matchers(doc.vocab)
    found = []
    for match_id, start, _ in by_lemma(doc):
        label, token = strings[match_id], doc[start]
        pos, label = _CUE_POS[label]
        if token.pos_ in pos:
            found.append((label, token))
    by_form_found = [(start, strings[match_id]) for match_id, start, _ in by_form(doc)]
    by_form_found += [(cue.start, "ACCORDING") for cue in according_cues(doc)]
    for start, label in sorted(by_form_found, key=lambda f: f[0]):
        token = doc[start]
        if label in _CUE_POS:
            pos, label = _CUE_POS[label]
            if token.pos_ not in pos:
                continue
        found.append((label, token))
    return found


def cue_span(text: str, doc: Doc, cue: Token) -> Span:
    """The words of a cue: `said`, `told AFP`, `according to`, `went on`."""
    end_tok = cue
    if cue.lower_ == "according":
        end_tok = doc[cue.i + 1]
    else:
        for child in cue.children:
            if child.dep_ in ("prt", "dative") and child.i == end_tok.i + 1:
                end_tok = child
        if end_tok.i + 1 < len(doc) and doc[end_tok.i + 1].dep_ == "dative":
            end_tok = doc[end_tok.i + 1]
    return Span.of(text, cue.idx, end_tok.idx + len(end_tok))


class CueIndex:
    """Cues by position and quotations by paragraph, so each quotation looks only at its neighbours."""

    def __init__(self, cues: list[tuple[str, Token]], kept: list[DirectSpan]) -> None:
        self.cues = SpanIndex((t.idx, t.idx, t) for _, t in cues)
        self.ids = {t.i for _, t in cues}
        self.by_paragraph: dict[int, list[DirectSpan]] = {}
        for k in kept:
            self.by_paragraph.setdefault(k.paragraph, []).append(k)
        self._starts = {p: [k.outer_start for k in ks] for p, ks in self.by_paragraph.items()}
        self._ends = {p: [k.outer_end for k in ks] for p, ks in self.by_paragraph.items()}

    def between(self, lo: int, hi: int) -> list[Token]:
        """Cue tokens starting in [lo, hi) characters."""
        return self.cues.within(lo, hi)

    def next_quotation(self, d: DirectSpan) -> DirectSpan | None:
        """The first quotation of d's paragraph that opens after d closes."""
        starts = self._starts.get(d.paragraph, [])
        i = bisect_left(starts, d.outer_end)
        return self.by_paragraph[d.paragraph][i] if i < len(starts) else None

    def previous_quotation(self, d: DirectSpan) -> DirectSpan | None:
        """The last quotation of d's paragraph that closes before d opens."""
        ends = self._ends.get(d.paragraph, [])
        i = bisect_right(ends, d.outer_start)
        return self.by_paragraph[d.paragraph][i - 1] if i else None


@dataclass
class Attributed:
    """A quote span with the cue and subject that attribute it (if any)."""

    start: int
    end: int
    kind: str
    cue: Span | None = None
    subject: Subject | None = None
    speaker: Speaker | None = None
    from_context: bool = False
    paragraph: int = -1
    chain: int = -1
    cue_token: Token | None = None


def index_before(text: str, pos: int) -> int:
    """Index of the last non-space character before `pos` (-1 if none), without copying the text."""
    pos -= 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    return pos


def char_before(text: str, pos: int) -> str:
    """The last non-space character before `pos` ('' if none)."""
    at = index_before(text, pos)
    return text[at] if at >= 0 else ""
