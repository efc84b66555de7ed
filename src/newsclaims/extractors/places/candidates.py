"""Candidate place mentions: NER's places, names NER gave another label or none that are used as
places, hyphenated pairs (`the Oral-Uralsk border`), and later uses of names already places."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from newsclaims import gazetteer
from newsclaims.extractors.entities.occurrences import occurrences
from newsclaims.extractors.entities.teams import results_line, standings_row, team_evidence
from newsclaims.extractors.entities.works import is_work, work_tokens
from newsclaims.extractors.places.evidence import (
    DASHES,
    FACILITY_HEADS,
    NOT_PLACES,
    PLACE_LABELS,
    PLURAL_AREAS,
    ROMAN,
    classified,
    dateline,
    prefer,
    qualifier,
    text_span,
    trim,
    used_as_place,
    venue_line,
)
from newsclaims.lexicon.organisations import OUTLETS
from newsclaims.lexicon.people import POSTNOMINALS
from newsclaims.pipeline import text_of
from newsclaims.pipeline.boilerplate import inside


@dataclass
class Mention:
    """One use of a place name, with what the words around it say."""

    start: int  # character offsets
    end: int
    text: str
    label: str
    prefer: str | None = None
    qualifier: str | None = None  # `Florida` in `St. Petersburg, Florida`


def candidates(doc: Doc, boilerplate: tuple[tuple[int, int], ...], person_chars: set[int]) -> list[Mention]:
    """Every use of a name as a place: NER's places, other entities and proper-noun runs the
    gazetteer knows and the text uses as places, and later uses of those names."""
    gaz = gazetteer.load()
    found: list[Mention] = []
    taken: set[int] = set()
    works = work_tokens(doc)

    def add(start: int, end: int, label: str) -> None:
        s, e, text = text_span(doc, start, end)
        if not text or inside(boilerplate, s, e) or any(c in person_chars for c in range(s, e)):
            return
        if gazetteer.fold(text) in NOT_PLACES or not text[:1].isupper() or text.casefold() in POSTNOMINALS:
            return
        if gazetteer.is_demonym(text) and not gaz.candidates(text):
            return
        if (results_line(doc, start, end) or team_evidence(doc, start, end) or standings_row(doc, start, end)) \
                and not any(x.kind == "country" for x in gaz.candidates(text)):
            return  # `Texas 10 CLEVELAND 8`, `Yorkshire 305-5`: a club named after its place (national sides
            # keep their country)
        if (ROMAN.match(doc[end - 1].text) or classified(doc, start, end) or is_work(doc, start, end, works)) \
                and not gazetteer.is_major_place(text):
            return  # `the Grade II listed building`, `the show Bethan and Huw`
        found.append(Mention(s, e, text, label, prefer(doc, end), qualifier(doc, end)))

    for ent in doc.ents:
        start, end = trim(doc, ent.start, ent.end)
        if start >= end:
            continue
        if ent.label_ in ("PRODUCT", "EVENT", "WORK_OF_ART"):
            continue  # often a misread place name (`Verkhny Lars`): left to the proper-noun scan
        taken.update(range(ent.start, ent.end))
        if ent.label_ in PLACE_LABELS:
            nxt = doc[end] if end < len(doc) else None
            if nxt is not None and nxt.lower_ in PLURAL_AREAS and ent.label_ == "LOC":
                end += 1  # `the Baltic states`: an area, not an adjective
            add(start, end, ent.label_)
        elif ent.label_ in ("ORG", "PERSON", "NORP"):
            _split_hyphenated(doc, start, end, ent.label_, add, gaz)
    for token in doc:
        if token.i in taken or token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        end = token.i + 1
        while end < len(doc) and end not in taken and (
            doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
            or doc[end].text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc)
            and doc[end + 1].pos_ == "PROPN" and end + 1 not in taken
        ):
            end += 1
        span = doc[token.i:end]
        taken.update(range(token.i, end))
        if "-" in span.text:
            _split_hyphenated(doc, token.i, end, "GPE", add, gaz)
            continue
        entries = gaz.candidates(span.text)
        if entries and (gazetteer.is_major_place(span.text) or prefer(doc, end)) and (
            used_as_place(doc, token.i, end) or token.dep_ in ("compound", "amod") or prefer(doc, end)
        ):
            add(token.i, end, "GPE")
    _propagate(doc, {m.text for m in found}, {m.start for m in found}, add)
    return found


def _propagate(doc: Doc, names: set[str], seen: set[int], add: Callable[[int, int, str], None]) -> None:
    """Other occurrences of a name already used as a place in this article (`Valima saw fewer cars`)."""
    for begin, finish in occurrences(text_of(doc), {n for n in names if len(n) > 2}):
        span = doc.char_span(begin, finish)
        if begin in seen or span is None or span[0].pos_ != "PROPN" \
                or span[0].ent_type_ in ("PERSON", "ORG", "NORP"):
            continue
        add(span.start, span.end, "GPE")


def _split_hyphenated(
    doc: Doc, start: int, end: int, label: str, add: Callable[[int, int, str], None], gaz: gazetteer.Gazetteer
) -> None:
    """An organisation/person/nationality entity that is really a place, or places joined by a hyphen."""
    span = doc[start:end]
    if span.text.lower() in OUTLETS or (span.text.isupper() and not dateline(doc, start, end)):
        return  # `the BBC`, `AP`: acronyms that gazetteers also list as alternate place names
    country = any(e.kind == "country" for e in gaz.candidates(span.text))
    if label in ("ORG", "NORP") and country:
        add(start, end, "GPE")  # a country stays a place when it acts or plays (`Wales' oldest`, `the Seychelles`)
        return
    if gaz.candidates(span.text) and label != "NORP" and used_as_place(doc, start, end):
        add(start, end, "GPE")
        return
    if label == "ORG" and (span[-1].lower_ in FACILITY_HEADS or venue_line(doc, start, end)):
        add(start, end, "FAC")  # `the Palace Theatre`; `Murrayfield, Edinburgh` opening a line
        return
    parts = [t for t in span if t.text not in DASHES]
    if len(parts) >= 2 and any(t.text in DASHES for t in span) and label != "NORP":
        if all(gaz.candidates(t.text) for t in parts):
            entries = {gaz.resolve(t.text).key for t in parts}  # type: ignore[union-attr]
            if len(entries) == 1:
                add(start, end, "GPE")  # `Oral-Uralsk`: one city under two names
            else:
                for t in parts:
                    add(t.i, t.i + 1, "GPE")
