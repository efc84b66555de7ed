"""Evidence that a name is used as a place, and of what kind: prepositions, place nouns after it,
coordination with places, datelines, a qualifying larger place (`Paris, Texas`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsclaims import gazetteer
from newsclaims.pipeline.tokens import POSSESSIVE

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACES = frozenset({
    "eu", "european union", "nato", "un", "united nations", "schengen", "schengen area", "eurozone",
    "euro zone", "kremlin", "white house", "pentagon", "downing street", "cis", "asean", "opec", "g7", "g20",
    "brics", "commonwealth", "african union", "arab league", "warsaw pact", "west", "east",
})
"""Names NER tags as places that are not: unions, alliances, treaty areas, seats of government."""
REGION_NOUNS = frozenset("region regions oblast oblasts province provinces state republic krai okrug district "
                         "county governorate prefecture".split())
"""Nouns after a name that say it is a region: `the Kurgan region`."""
CROSSING_NOUNS = frozenset("crossing crossings checkpoint checkpoints border-crossing port".split())
"""Nouns after a name that say it is a border crossing: `the Verkhny Lars checkpoint`."""
PLURAL_AREAS = frozenset("states countries nations republics".split())
"""Plural nouns that make an area of a LOC before them: `the Baltic states`."""
PLACE_PREPOSITIONS = frozenset("in to from into near at via through across toward towards outside around".split())
"""Words that introduce a place: `in Moscow`, `to Vladikavkaz`, `near Uralsk`."""
DASHES = ("–", "—", "-")
FACILITY_HEADS = frozenset("theatre theater stadium arena airport bridge cathedral abbey castle tower".split())
"""Last words of buildings NER calls organisations: `the Palace Theatre`."""
PLACE_CLASSIFIERS = REGION_NOUNS | CROSSING_NOUNS | frozenset(
    "city cities town towns village villages capital island islands area areas border suburb district resort "
    "enclave territory country nation peninsula coast river lake mountain valley neighbourhood neighborhood "
    "municipality settlement port hub".split()
)
"""Common nouns that may class a place right before its name (`the border town Narva`); any other
(`the show Bethan`, `the website X`) says the name is something else."""
_PLACE_WORDS = frozenset("bridge street square road park bay river lake island islands mountains valley".split())
ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$")
"""A name ending in a Roman numeral is a grade, a war, a monarch or a sequel, not a place."""


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An entity's tokens without a leading article, a possessive, or a trailing score or word."""
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    if end - start > 1 and doc[end - 1].text in POSSESSIVE:
        end -= 1
    # `Oval on`, `South Sydney 4`: NER spans that run into the next word or a score.
    while end - start > 1 and (not doc[end - 1].text[:1].isalnum() or doc[end - 1].like_num
                               or doc[end - 1].text[:1].islower()):
        end -= 1
    return start, end


def text_span(doc: Doc, start: int, end: int) -> tuple[int, int, str]:
    """Character span of tokens start..end without a trailing possessive."""
    span = doc[start:end]
    text = span.text
    for suffix in POSSESSIVE[:2]:
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
    return span.start_char, span.start_char + len(text), text


def prefer(doc: Doc, end: int) -> str | None:
    """The kind the words after a name give it: `the Kurgan and Tyumen regions`, `the X crossing`."""
    j = end
    while j < min(len(doc), end + 6) and (doc[j].pos_ == "PROPN" or doc[j].lower_ in ("and", ",", "&", "or")):
        j += 1  # past a coordination: `the Kursk and Bryansk regions`
    nxt = doc[j] if j < len(doc) else None
    if nxt is None:
        return None
    root = doc[end - 1]
    heads = {root.head.lower_, root.head.head.lower_ if root.dep_ == "conj" else ""}
    if nxt.lower_ in REGION_NOUNS or (root.dep_ in ("compound", "nmod", "conj") and heads & REGION_NOUNS):
        return "region"
    nxt = doc[end] if end < len(doc) else None
    if nxt is None:
        return None
    if nxt.lower_ in CROSSING_NOUNS or (nxt.lower_ == "border" and end + 1 < len(doc)
                                        and doc[end + 1].lower_ in CROSSING_NOUNS):
        return "crossing"
    return None


def qualifier(doc: Doc, end: int) -> str | None:
    """`St. Petersburg, Florida` / `Paris, Texas`: the larger place named right after a comma."""
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "GPE" and doc[end + 1].ent_iob_ == "B":
        k = end + 1
        while k < len(doc) and doc[k].ent_type_ == "GPE" and (k == end + 1 or doc[k].ent_iob_ == "I"):
            k += 1
        return doc[end + 1:k].text
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text.endswith(".") \
            and any(e.kind == "region" for e in gazetteer.load().candidates(doc[end + 1].text)):
        return doc[end + 1].text  # an AP state abbreviation: `Little Rock, Ark.`
    return None


def used_as_place(doc: Doc, start: int, end: int) -> bool:
    """Evidence that a name the NER did not call a place is used as one."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ == "the" and start > 1:
        before = doc[start - 2] if doc[start - 2].lower_ in PLACE_PREPOSITIONS else before
    if before is not None and before.lower_ in PLACE_PREPOSITIONS:
        return True
    if prefer(doc, end) is not None:
        return True
    root = doc[start:end].root
    if root.dep_ == "conj" and root.head.ent_type_ in PLACE_LABELS:
        return True
    if any(c.dep_ == "conj" and c.ent_type_ in PLACE_LABELS for c in root.children):
        return True
    if root.dep_ in ("compound", "nmod") and root.head.lower_ in REGION_NOUNS | CROSSING_NOUNS:
        return True
    return dateline(doc, start, end)


def dateline(doc: Doc, start: int, end: int) -> bool:
    """`TALLINN –`, `LITTLE ROCK, Ark. (AP) —`: an upper-case name opening a paragraph, then a dash or comma."""
    first = start == 0 or "\n" in doc[start - 1].text_with_ws
    after = doc[end] if end < len(doc) else None
    return first and all(t.is_upper for t in doc[start:end]) and after is not None \
        and (after.text in DASHES or after.text in (",", "("))


def classified(doc: Doc, start: int, end: int) -> bool:
    """A lower-case common noun right before the name that classes it as something other than a
    place (`the show Bethan`, `the label X`)."""
    if start == 0 or doc[end - 1].lower_ in FACILITY_HEADS | _PLACE_WORDS:
        return False  # `the pedestrian Millennium Bridge`
    prev = doc[start - 1]
    return prev.pos_ == "NOUN" and prev.text.islower() and prev.lemma_.lower() not in PLACE_CLASSIFIERS \
        and prev.lower_ not in PLACE_CLASSIFIERS \
        and (start <= prev.head.i < start + 4 or doc[start].head.i == prev.i and doc[start].dep_ == "appos")


def venue_line(doc: Doc, start: int, end: int) -> bool:
    """`Murrayfield, Edinburgh` on a line of its own: a venue and the city it is in (fixture lists)."""
    first = start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space
    if not first or qualifier(doc, end) is None:
        return False
    k = end + 2
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k >= len(doc) or doc[k].is_space or "\n" in doc[k - 1].whitespace_
