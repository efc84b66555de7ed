"""Where figures start and what each start grows into: anchors (a lexeme flag and a two-word
PhraseMatcher, built once per vocab) and `candidate`, the order the grammar's rules are tried in."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsclaims.extractors.numbers.ages import age_group, age_prefix, decade_age
from newsclaims.extractors.numbers.exclusions import score
from newsclaims.extractors.numbers.model import Candidate, lower_at
from newsclaims.extractors.numbers.qualifiers import qualify, vague
from newsclaims.extractors.numbers.ranges import compound_measure, join_range, proportion
from newsclaims.extractors.numbers.units import simple
from newsclaims.lexicon.numbers import (
    DECADE_PARTS,
    DECADE_WORDS,
    DENOMINATORS,
    ONES,
    SCALE_WORDS,
    TENS,
    VAGUE_OF_ONLY,
    VAGUE_PLURALS,
    VULGAR_FRACTIONS,
)
from newsclaims.pipeline.matchers import flagged, phrase_matcher, word_flag

_ANCHOR_WORDS = frozenset(
    set(ONES) | set(TENS) | set(SCALE_WORDS) | set(VAGUE_PLURALS) | set(VAGUE_OF_ONLY) | {"dozen", "half"}
    | set(DECADE_WORDS) | {f"{p}-{w}" for p in DECADE_PARTS for w in DECADE_WORDS} | set(VULGAR_FRACTIONS)
)
_ANCHOR_RE = re.compile(r"(?:[+\-−~≈]?\.?\d|[-−]?(?:[A-Z]{1,3}\$|[$£€¥₹₽]|[A-Z]{3})\d|(?i:(?:early|mid|late)-\d0'?s|(?:over|under)-\d{1,3}s)$)")


def _is_anchor_word(word: str) -> bool:
    return word.lower() in _ANCHOR_WORDS or _ANCHOR_RE.match(word) is not None


@lru_cache(maxsize=8)
def anchor_lookups(vocab: Vocab) -> tuple[int, PhraseMatcher]:
    """The lexeme flag of one-word anchors and a matcher of two-word ones (`a dozen`, `a third`)."""
    pairs = sorted(set(SCALE_WORDS) | set(DENOMINATORS) | {"dozen", "a", "an", "of", "couple"})
    two_words = phrase_matcher(vocab, "LOWER", {"NUM": [(first, w) for first in ("a", "an", "half") for w in pairs]})
    return word_flag(vocab, _is_anchor_word), two_words


def anchors(doc: Doc) -> list[int]:
    """Tokens a number can start from, in order."""
    flag, two_words = anchor_lookups(doc.vocab)
    return sorted(set(flagged(doc, flag, like_num=True)) | {start for _, start, _ in two_words(doc)})


def candidate(doc: Doc, i: int) -> Candidate | None:
    """The figure that starts at token i, its rules tried in order: vague magnitudes, ages of a decade
    or a group, then a numeral with its unit grown into a score, a proportion, or a measure, range
    or age with its qualifier."""
    for whole in (vague, decade_age, age_group):
        found = whole(doc, i)
        if found is not None:
            return found
    first = simple(doc, i)
    if first is None:
        return None
    tally = score(doc, first)
    if tally is not None:
        return tally
    share = proportion(doc, first)
    if share is not None:
        return qualify(doc, share)
    first = compound_measure(doc, first)
    cand = join_range(doc, first)
    cand = age_prefix(doc, cand)
    if cand.start > 0 and lower_at(doc, cand.start - 1) == "between" and cand.low is None:
        return cand
    return qualify(doc, cand)
