"""Resolving place mentions through the gazetteer and merging them into places: ambiguous names
are ranked by the countries the article names, spellings of one entry are one place."""

from __future__ import annotations

import re
from collections import Counter

from newsclaims import gazetteer
from newsclaims.extractors.entities.labels import label
from newsclaims.extractors.entities.labels import labels as clean_labels
from newsclaims.extractors.places.candidates import Mention
from newsclaims.schema import Place, Span

_REGION_AFFIX = re.compile(
    r"^(?:republic|region|province|state|oblast) of\s+|\s+(?:region|oblast|province|republic|krai|okrug|state)$",
    re.IGNORECASE,
)
"""Region words around a name that the gazetteer's keys leave out: `Republic of X`, `X Oblast`."""
KIND_OF_LABEL = {"FAC": "landmark", "LOC": "other"}
"""The kind of a place the gazetteer does not know, by its NER label."""


def lookup(gaz: gazetteer.Gazetteer, text: str, context: frozenset[str], prefer: str | None,
           fuzzy: bool = True, within: frozenset[str] = frozenset()) -> gazetteer.Entry | None:
    """The gazetteer entry for a surface form, trying it without region words and hyphen tails."""
    tries = [text, _REGION_AFFIX.sub("", text)]
    if "-" in text:
        tries += [text.split("-")[0], text.replace("-", " ")]
    for attempt in dict.fromkeys(t.strip() for t in tries if t.strip()):
        entry = gaz.resolve(attempt, context, prefer, fuzzy=fuzzy, within=within)
        if entry is not None:
            return entry
    return None


def resolve(text: str, mentions: list[Mention]) -> list[Place]:
    """One Place per gazetteer entry (or per spelling, for names it does not know), in order of first
    mention; `text` is the article text the mention offsets point into."""
    gaz = gazetteer.load()
    # Countries named without ambiguity give the context that ranks the ambiguous names.
    context = frozenset(
        e.country for m in mentions
        if (found := gaz.candidates(m.text)) and len({x.country for x in found}) == 1
        for e in found[:1] if e.country
    )
    groups: dict[str, list[tuple[Mention, gazetteer.Entry | None]]] = {}
    for m in mentions:
        within = frozenset()
        if m.qualifier:
            outer = gaz.resolve(m.qualifier, context)
            within = frozenset({outer.country}) if outer is not None and outer.country else within
        entry = lookup(gaz, m.text, context, m.prefer, within=within)
        key = entry.key if entry is not None else "text:" + gazetteer.sound_key(m.text)
        groups.setdefault(key, []).append((m, entry))

    places = []
    for key in sorted(groups, key=lambda k: min(m.start for m, _ in groups[k])):
        members = groups[key]
        entry = members[0][1]
        forms = Counter(m.text for m, _ in members)
        exact = entry is not None and any(
            lookup(gaz, m.text, context, m.prefer, fuzzy=False) == entry for m, _ in members
        )
        if entry is not None and (exact or entry.kind != "region"):
            name = article_form(gaz, entry, forms)
        else:
            name = forms.most_common(1)[0][0]
        labels = Counter(m.label for m, _ in members)
        kind = entry.kind if entry is not None else KIND_OF_LABEL.get(labels.most_common(1)[0][0])
        spans = sorted({(m.start, m.end) for m, _ in members})
        places.append(
            Place(
                id=f"l{len(places) + 1}",
                name=label(name),
                aliases=clean_labels(forms, leave_out=label(name)),
                mentions=[Span.of(text, s, e) for s, e in spans],
                country=entry.country if entry is not None else None,
                kind=kind,  # type: ignore[arg-type]
                latitude=entry.latitude if entry is not None else None,
                longitude=entry.longitude if entry is not None else None,
                geonames_id=entry.geonames_id if entry is not None else None,
            )
        )
    return places


def article_form(gaz: gazetteer.Gazetteer, entry: gazetteer.Entry, forms: Counter[str]) -> str:
    """GeoNames' main name for a city is often the local one (`Oral`); the article's own spelling
    (`Uralsk`) is the common English form when it is a known name of the same city and the article
    uses it more often than the main name (`St. Petersburg` counts as `Saint Petersburg`)."""
    if entry.kind != "city":
        return entry.name
    main = gazetteer.fold(entry.name)
    main_uses = sum(n for form, n in forms.items() if gazetteer.fold(form) == main)
    known = [form for form in forms if not form.isupper() and gazetteer.fold(form) != main
             and any(e is entry for e in gaz.candidates(form))]
    best = max(known, key=lambda form: forms[form], default=None)
    return best if best is not None and forms[best] > main_uses else entry.name
