"""What is said about a figure's precision: qualifiers before (`more than`, `about`, `~`) and after
(`or more`, `+`, `odd`), and vague magnitudes without a value (`thousands`, `several hundred`)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newsclaims.extractors.numbers.ages import is_person_noun
from newsclaims.extractors.numbers.model import Candidate, joined, lower_at
from newsclaims.extractors.numbers.units import unit_at
from newsclaims.lexicon.numbers import (
    POST_QUALIFIERS,
    QUALIFIERS,
    SCALE_WORDS,
    VAGUE_DETERMINERS,
    VAGUE_OF_ONLY,
    VAGUE_PLURALS,
    stated_age,
)


def qualify(doc: Doc, cand: Candidate) -> Candidate:
    """Find the qualifier before (`more than`) or after (`or more`, `+`) the figure."""
    best = None
    for size in (5, 4, 3, 2, 1):
        s = cand.start - size
        if s < 0 or any(t.is_sent_start for t in doc[s + 1:cand.start + 1]):
            continue
        words = " ".join(t.lower_ for t in doc[s:cand.start])
        if words in QUALIFIERS:
            best = (words, QUALIFIERS[words])
            break
    if best is not None and best[0] in ("about", "over", "under") and doc[cand.start - 1].dep_ == "prep" \
            and doc[cand.start - 1].head.pos_ == "VERB" and doc[cand.start - 1].head.lemma_ not in ("be", "cost") \
            and best[0] == "about":
        best = None  # `care about two things`: a preposition, not a qualifier
    if best is None and doc[cand.start].text[:1] in ("~", "≈"):
        best = ("~", "approximate")  # `~50`
    if best is None and lower_at(doc, cand.start - 1) in ("a", "an") and lower_at(doc, cand.start - 2) in QUALIFIERS:
        best = (lower_at(doc, cand.start - 2), QUALIFIERS[lower_at(doc, cand.start - 2)])  # `nearly a dozen`
    end = cand.end
    if best is None:
        numeral = cand.numerals[-1]
        if numeral.post:
            best = (numeral.post, POST_QUALIFIERS[numeral.post])
        else:
            k = end + 1 if lower_at(doc, end) in ("-", "–") and joined(doc, end - 1) else end
            for size in (3, 2, 1):
                words = " ".join(t.lower_ for t in doc[k:k + size])
                if words in POST_QUALIFIERS and (size > 1 or words in ("+", "plus", "odd")):
                    best = (words, POST_QUALIFIERS[words])
                    break
    if best is None:
        return cand
    person_before = cand.start > 0 and is_person_noun(doc[cand.start - 1]) and best[0] in POST_QUALIFIERS \
        and best[0].endswith(("under", "over", "up", "below", "above"))
    if (best[0].endswith(("older", "younger")) or person_before) and cand.category == "count" \
            and cand.unit is None and cand.value is not None and stated_age(cand.value):
        return replace(cand, qualifier=best[0], bound=best[1], unit="year", category="age")  # `18 or older`
    return replace(cand, qualifier=best[0], bound=best[1])


def vague(doc: Doc, i: int) -> Candidate | None:
    """`thousands`, `tens of thousands`, `hundreds of`, `several hundred`."""
    w = lower_at(doc, i)
    if w in VAGUE_OF_ONLY or w in VAGUE_PLURALS:
        end = i + 1
        if lower_at(doc, i + 1) == "of" and lower_at(doc, i + 2) in VAGUE_PLURALS:
            end = i + 3
        elif w in VAGUE_OF_ONLY and lower_at(doc, i + 1) != "of":
            return None
        if w in ("dozens", "hundreds") and lower_at(doc, i - 1) in ("the",) and lower_at(doc, end) != "of":
            return None
        cand = Candidate(i, end, vague=True, category="vague", bound="approximate")
    elif w in SCALE_WORDS or w == "dozen":
        for det in VAGUE_DETERMINERS:
            n = det.count(" ") + 1
            if " ".join(t.lower_ for t in doc[max(0, i - n):i]) == det:
                cand = Candidate(i - n, i + 1, vague=True, category="vague", bound="approximate")
                break
        else:
            return None
    else:
        return None
    # `millions of dollars`: the unit of what is counted
    if lower_at(doc, cand.end) == "of":
        unit = unit_at(doc, cand.end + 1)
        if unit:
            cand.unit = unit[1]
    return cand
