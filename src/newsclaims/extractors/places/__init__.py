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

Modules: `candidates` (what may be a place mention), `evidence` (how the text uses
a name), `resolve` (gazetteer look-up and merging).
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsclaims import gazetteer
from newsclaims.extractors.base import Context, Extractor
from newsclaims.extractors.entities.organisations import evidenced_names
from newsclaims.extractors.places.candidates import candidates
from newsclaims.extractors.places.evidence import trim
from newsclaims.extractors.places.resolve import resolve
from newsclaims.pipeline import text_of
from newsclaims.schema import Place

__all__ = ["EXTRACTOR", "extract_places", "place_span"]


def extract_places(doc: Doc, ctx: Context) -> list[Place]:
    """Every named place, merged by what it resolves to, with country, kind and coordinates."""
    boilerplate, people = ctx.boilerplate, ctx.people
    gaz = gazetteer.load()
    person_chars = {c for p in people for m in p.mentions for c in range(m.start, m.end)}
    person_forms = {f for p in people for f in (p.name, *p.aliases)}
    organisations = evidenced_names(doc)
    mentions = [m for m in candidates(doc, boilerplate, person_chars)
                if m.text not in person_forms and m.text not in organisations
                or gazetteer.is_major_place(m.text, own_name=True)
                or m.text in organisations and any(e.kind == "country" for e in gaz.candidates(m.text))]
    return resolve(text_of(doc), mentions)


def place_span(ent: SpacySpan) -> SpacySpan:
    """The entity without a leading article or trailing possessive."""
    start, end = trim(ent.doc, ent.start, ent.end)
    return ent.doc[start:end]


EXTRACTOR = Extractor(provides="places", needs=("people",), run=extract_places)
