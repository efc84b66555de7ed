"""Candidate organisation mentions: NER's organisations trimmed to the name, names NER gave another
label or none that the text uses as organisations, and parties NER read as nationalities.

People and places have been decided first: a token in one of their mentions is never an
organisation's (`AFP Viktor Zakharov` keeps `AFP`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsclaims.extractors.entities.organisations import is_event_like, name_kind, org_evidence
from newsclaims.lexicon.organisations import INTERNATIONAL, OUTLETS, PARTIES
from newsclaims.lexicon.people import HONORIFICS, TITLES
from newsclaims.pipeline.boilerplate import inside
from newsclaims.pipeline.tokens import POSSESSIVE

OTHER_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})
"""NER labels whose entities may still be organisations when the text says so."""

GENERIC = frozenset(
    "government police army military administration ministry department office agency council committee "
    "commission parliament court authorities officials company firm group team club party union".split()
)
"""Words that alone name no organisation in particular (`the Government`, `Police`)."""

KEEP_ALONE = frozenset("parliament congress senate commons".split())
"""Single generic-looking words that are an institution's name in news copy (`Parliament voted`)."""


@dataclass
class Mention:
    """One mention of an organisation: tokens start..end, its text, and what it says of the organisation."""

    start: int
    end: int
    text: str
    kind: str | None = None
    nominal: bool = False  # `the company`: refers back to a named organisation
    acronym: bool = False


def blocked_tokens(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """Tokens inside the given character spans (the mentions of people and places)."""
    taken: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            taken.update(range(span.start, span.end))
    return taken


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An entity's tokens without a leading article, possessive ending or trailing punctuation."""
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or not doc[end - 1].text[-1:].isalnum()):
        end -= 1
    return start, end


def is_acronym(text: str) -> bool:
    """`EU`, `ADB`, `C-SPAN`, `U.N.`, `BBC1`: capitals (and digits, dots, hyphens), two to eight letters."""
    letters = [ch for ch in text if ch.isalpha()]
    return 2 <= len(letters) <= 8 and all(ch.isupper() for ch in letters) \
        and all(ch.isalnum() or ch in ".-&" for ch in text)


def _plausible(doc: Doc, start: int, end: int, text: str) -> bool:
    """A name at all: starts with a capital or digit, has letters, is no event, document or lone generic word."""
    if not text or not text[:1].isupper() and not text[:1].isdigit() or not any(ch.isalpha() for ch in text):
        return False
    if doc[start].lower_ in HONORIFICS or is_event_like(text):
        return False
    words = text.casefold().split()
    if len(words) == 1 and words[0] in GENERIC and words[0] not in KEEP_ALONE:
        return False
    return not all(w in TITLES for w in words)


def candidates(doc: Doc, blocked: set[int], boilerplate: tuple[tuple[int, int], ...]) -> list[Mention]:
    """Every named mention of an organisation NER or the evidence finds, outside people's and places'."""
    found: list[Mention] = []
    taken: set[int] = set()

    def add(start: int, end: int, kind: str | None = None) -> None:
        for i in range(start, end):  # cut at the first token of a person or place
            if i in blocked:
                end = i
                break
        start, end = trim(doc, start, end)
        if start >= end:
            return
        span = doc[start:end]
        text = span.text
        if inside(boilerplate, span.start_char, span.end_char) or not _plausible(doc, start, end, text):
            return
        found.append(Mention(start, end, text, kind or name_kind(text), acronym=is_acronym(text)))
        taken.update(range(start, end))

    for ent in doc.ents:
        if ent.start in blocked and ent.end - 1 in blocked:
            continue
        if ent.label_ == "ORG":
            add(ent.start, ent.end)
        elif ent.label_ in OTHER_LABELS:
            start, end = trim(doc, ent.start, ent.end)
            if start >= end:
                continue
            text = doc[start:end].text
            folded = text.casefold()
            if ent.label_ == "NORP" and folded in PARTIES:
                add(start, end, "party")
            elif folded in OUTLETS or folded in INTERNATIONAL:
                add(start, end)
            elif not _person_like(ent) and org_evidence(doc, start, end, person_named=ent.label_ == "PERSON"):
                add(start, end)
    _proper_runs(doc, blocked | taken, add)
    return found


def _person_like(ent: SpacySpan) -> bool:
    """A PERSON entity that starts with a title or honorific is a person whatever else the text says."""
    return ent.label_ == "PERSON" and ent[0].lower_ in TITLES


def _proper_runs(doc: Doc, taken: set[int], add) -> None:  # type: ignore[no-untyped-def]
    """Capitalised proper-noun runs outside every entity that the evidence calls organisations."""
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.i in taken or tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end not in taken and not doc[end].ent_type_ and doc[end].pos_ == "PROPN" \
                and doc[end].text[:1].isupper():
            end += 1
        text = doc[i:end].text
        if text.casefold() in OUTLETS or org_evidence(doc, i, end):
            add(i, end)
        i = end
