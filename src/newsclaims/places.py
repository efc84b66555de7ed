"""Places: one entry per named location (GPE, LOC, FAC), every mention as a span."""

from __future__ import annotations

from spacy.tokens import Doc

from newsclaims.boilerplate import inside
from newsclaims.people import POSSESSIVE
from newsclaims.schema import Place, Span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Names NER tags as places that the spec says are not: unions, treaty areas.
NOT_PLACES = frozenset({"eu", "european union", "nato", "un", "schengen", "kremlin", "the kremlin"})
LEADING = ("the ",)


def extract_places(doc: Doc, boilerplate: tuple[tuple[int, int], ...] = ()) -> list[Place]:
    groups: dict[str, list[tuple[int, int]]] = {}
    names: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or inside(boilerplate, ent.start_char, ent.end_char):
            continue
        start, end = ent.start, ent.end
        if ent.doc[start].lower_ == "the" and end - start > 1:
            start += 1
        if end - start > 1 and doc[end - 1].text in POSSESSIVE:
            end -= 1
        span = doc[start:end]
        text = span.text
        for suffix in POSSESSIVE[:2]:
            if text.endswith(suffix):
                text = text[: -len(suffix)]
        key = text.casefold()
        if not text or key in NOT_PLACES or not text[0].isupper():
            continue
        groups.setdefault(key, []).append((span.start_char, span.start_char + len(text)))
        names.setdefault(key, text)
    places = []
    for i, key in enumerate(sorted(groups, key=lambda k: min(groups[k])), 1):
        places.append(
            Place(
                id=f"l{i}",
                name=names[key],
                mentions=[Span.of(doc.text, s, e) for s, e in groups[key]],
            )
        )
    return places
