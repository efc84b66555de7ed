"""Places: one canonical entry per location, normalised through the offline gazetteer.

NER's GPE/LOC/FAC entities are the start. Corrections use general evidence:
- names NER called an organisation or a person, or left untagged, are places when
  the gazetteer knows them and the text uses them as places: after `in/to/from`,
  coordinated with a place (`Bucha, Irpin and ...`), before a place noun (`the
  Kurgan region`), as a dateline (`TALLINN –`), or joined to a place by a hyphen
  (`the Oral-Uralsk border`);
- nationalities, unions, treaty areas and governments by metonymy (`EU`,
  `Schengen`, `the Kremlin`) and anything that is a person's mention are not.
Mentions are grouped by the gazetteer entry they resolve to (so `St. Petersburg`
and `Saint Petersburg`, or `Valima` and `Walima`, are one place), and ambiguous
names are ranked by the countries the article mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan

from newsclaims import gazetteer
from newsclaims.pipeline.boilerplate import inside
from newsclaims.extractors.base import Context, Extractor
from newsclaims.lexicon.organisations import OUTLETS
from newsclaims.pipeline import text_of
from newsclaims.extractors.people import results_line
from newsclaims.schema import Place, Span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
POSSESSIVE = ("'s", "’s", "'", "’")
# Names NER tags as places that are not: unions, alliances, treaty areas, seats of government.
NOT_PLACES = frozenset({
    "eu", "european union", "nato", "un", "united nations", "schengen", "schengen area", "eurozone",
    "euro zone", "kremlin", "white house", "pentagon", "downing street", "cis", "asean", "opec", "g7", "g20",
    "brics", "commonwealth", "african union", "arab league", "warsaw pact", "west", "east",
})
# Nouns after a name that say what kind of place it is.
REGION_NOUNS = frozenset("region regions oblast oblasts province provinces state republic krai okrug district "
                         "county governorate prefecture".split())
CROSSING_NOUNS = frozenset("crossing crossings checkpoint checkpoints border-crossing port".split())
PLURAL_AREAS = frozenset("states countries nations republics".split())
# Words that introduce a place: `in Moscow`, `to Vladikavkaz`, `near Uralsk`.
PLACE_PREPOSITIONS = frozenset("in to from into near at via through across toward towards outside around".split())
_REGION_AFFIX = re.compile(
    r"^(?:republic|region|province|state|oblast) of\s+|\s+(?:region|oblast|province|republic|krai|okrug|state)$",
    re.IGNORECASE,
)
_DASHES = ("–", "—", "-")
KIND_OF_LABEL = {"FAC": "landmark", "LOC": "other"}


@dataclass
class _Mention:
    start: int  # character offsets
    end: int
    text: str
    label: str
    prefer: str | None = None
    qualifier: str | None = None  # `Florida` in `St. Petersburg, Florida`


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    if end - start > 1 and doc[end - 1].text in POSSESSIVE:
        end -= 1
    # `Oval on`, `South Sydney 4`: NER spans that run into the next word or a score.
    while end - start > 1 and (not doc[end - 1].text[:1].isalnum() or doc[end - 1].like_num
                               or doc[end - 1].text[:1].islower()):
        end -= 1
    return start, end


def _text(doc: Doc, start: int, end: int) -> tuple[int, int, str]:
    """Character span of tokens start..end without a trailing possessive."""
    span = doc[start:end]
    text = span.text
    for suffix in POSSESSIVE[:2]:
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
    return span.start_char, span.start_char + len(text), text


def _prefer(doc: Doc, end: int) -> str | None:
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


def _qualifier(doc: Doc, end: int) -> str | None:
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


def _used_as_place(doc: Doc, start: int, end: int) -> bool:
    """Evidence that a name the NER did not call a place is used as one."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ == "the" and start > 1:
        before = doc[start - 2] if doc[start - 2].lower_ in PLACE_PREPOSITIONS else before
    if before is not None and before.lower_ in PLACE_PREPOSITIONS:
        return True
    if _prefer(doc, end) is not None:
        return True
    root = doc[start:end].root
    if root.dep_ == "conj" and root.head.ent_type_ in PLACE_LABELS:
        return True
    if any(c.dep_ == "conj" and c.ent_type_ in PLACE_LABELS for c in root.children):
        return True
    if root.dep_ in ("compound", "nmod") and root.head.lower_ in REGION_NOUNS | CROSSING_NOUNS:
        return True
    return _dateline(doc, start, end)


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """`TALLINN –`, `LITTLE ROCK, Ark. (AP) —`: an upper-case name opening a paragraph, then a dash or comma."""
    first = start == 0 or "\n" in doc[start - 1].text_with_ws
    after = doc[end] if end < len(doc) else None
    return first and all(t.is_upper for t in doc[start:end]) and after is not None \
        and (after.text in _DASHES or after.text in (",", "("))


def _candidates(doc: Doc, boilerplate: tuple[tuple[int, int], ...], person_chars: set[int]) -> list[_Mention]:
    gaz = gazetteer.load()
    found: list[_Mention] = []
    taken: set[int] = set()

    def add(start: int, end: int, label: str) -> None:
        s, e, text = _text(doc, start, end)
        if not text or inside(boilerplate, s, e) or any(c in person_chars for c in range(s, e)):
            return
        if gazetteer.fold(text) in NOT_PLACES or not text[:1].isupper():
            return
        if gazetteer.is_demonym(text) and not gaz.candidates(text):
            return
        if results_line(doc, start, end) and not any(x.kind == "country" for x in gaz.candidates(text)):
            return  # `Texas 10 CLEVELAND 8`: a club named after its city (national sides keep their country)
        found.append(_Mention(s, e, text, label, _prefer(doc, end), _qualifier(doc, end)))

    for ent in doc.ents:
        start, end = _trim(doc, ent.start, ent.end)
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
        if entries and (gazetteer.is_major_place(span.text) or _prefer(doc, end)) and (
            _used_as_place(doc, token.i, end) or token.dep_ in ("compound", "amod") or _prefer(doc, end)
        ):
            add(token.i, end, "GPE")
    _propagate(doc, {m.text for m in found}, {m.start for m in found}, add)
    return found


def _propagate(doc: Doc, names: set[str], seen: set[int], add: Callable[[int, int, str], None]) -> None:
    """Other occurrences of a name already used as a place in this article (`Valima saw fewer cars`)."""
    names = {n for n in names if len(n) > 2}
    if not names:
        return
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?!\w)")
    for match in pattern.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if match.start() in seen or span is None or span[0].pos_ != "PROPN" \
                or span[0].ent_type_ in ("PERSON", "ORG", "NORP"):
            continue
        add(span.start, span.end, "GPE")


def _split_hyphenated(
    doc: Doc, start: int, end: int, label: str, add: Callable[[int, int, str], None], gaz: gazetteer.Gazetteer
) -> None:
    """An organisation/person/nationality entity that is really a place, or places joined by a hyphen."""
    span = doc[start:end]
    if span.text.lower() in OUTLETS or (span.text.isupper() and not _dateline(doc, start, end)):
        return  # `the BBC`, `AP`: acronyms that gazetteers also list as alternate place names
    if gaz.candidates(span.text) and label != "NORP" and _used_as_place(doc, start, end):
        add(start, end, "GPE")
        return
    parts = [t for t in span if t.text not in _DASHES]
    if len(parts) >= 2 and any(t.text in _DASHES for t in span) and label != "NORP":
        if all(gaz.candidates(t.text) for t in parts):
            entries = {gaz.resolve(t.text).key for t in parts}  # type: ignore[union-attr]
            if len(entries) == 1:
                add(start, end, "GPE")  # `Oral-Uralsk`: one city under two names
            else:
                for t in parts:
                    add(t.i, t.i + 1, "GPE")


def _lookup(gaz: gazetteer.Gazetteer, text: str, context: frozenset[str], prefer: str | None,
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


def extract_places(doc: Doc, ctx: Context) -> list[Place]:
    """Every named place, merged by what it resolves to, with country, kind and coordinates."""
    boilerplate, people = ctx.boilerplate, ctx.people
    gaz = gazetteer.load()
    person_chars = {c for p in people for m in p.mentions for c in range(m.start, m.end)}
    person_forms = {f for p in people for f in (p.name, *p.aliases)}
    mentions = [m for m in _candidates(doc, boilerplate, person_chars)
                if m.text not in person_forms or gazetteer.is_major_place(m.text, own_name=True)]

    # Countries named without ambiguity give the context that ranks the ambiguous names.
    context = frozenset(
        e.country for m in mentions
        if (found := gaz.candidates(m.text)) and len({x.country for x in found}) == 1
        for e in found[:1] if e.country
    )
    groups: dict[str, list[tuple[_Mention, gazetteer.Entry | None]]] = {}
    for m in mentions:
        within = frozenset()
        if m.qualifier:
            outer = gaz.resolve(m.qualifier, context)
            within = frozenset({outer.country}) if outer is not None and outer.country else within
        entry = _lookup(gaz, m.text, context, m.prefer, within=within)
        key = entry.key if entry is not None else "text:" + gazetteer.sound_key(m.text)
        groups.setdefault(key, []).append((m, entry))

    text = doc.text  # built once: `Doc.text` joins every token on each access
    places = []
    for key in sorted(groups, key=lambda k: min(m.start for m, _ in groups[k])):
        members = groups[key]
        entry = members[0][1]
        forms = Counter(m.text for m, _ in members)
        exact = entry is not None and any(
            _lookup(gaz, m.text, context, m.prefer, fuzzy=False) == entry for m, _ in members
        )
        if entry is not None and (exact or entry.kind != "region"):
            name = _article_form(gaz, entry, forms)
        else:
            name = forms.most_common(1)[0][0]
        labels = Counter(m.label for m, _ in members)
        kind = entry.kind if entry is not None else KIND_OF_LABEL.get(labels.most_common(1)[0][0])
        spans = sorted({(m.start, m.end) for m, _ in members})
        places.append(
            Place(
                id=f"l{len(places) + 1}",
                name=name,
                aliases=[f for f in forms if f != name],
                mentions=[Span.of(text, s, e) for s, e in spans],
                country=entry.country if entry is not None else None,
                kind=kind,  # type: ignore[arg-type]
                latitude=entry.latitude if entry is not None else None,
                longitude=entry.longitude if entry is not None else None,
                geonames_id=entry.geonames_id if entry is not None else None,
            )
        )
    return places


def _article_form(gaz: gazetteer.Gazetteer, entry: gazetteer.Entry, forms: Counter[str]) -> str:
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


def place_span(ent: SpacySpan) -> SpacySpan:
    """The entity without a leading article or trailing possessive."""
    start, end = _trim(ent.doc, ent.start, ent.end)
    return ent.doc[start:end]


EXTRACTOR = Extractor(provides="places", needs=("people",), run=extract_places)
