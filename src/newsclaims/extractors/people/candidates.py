"""Candidate person mentions: NER's entities trimmed to the name, proper-noun runs NER missed, and
later uses of names already known to be people."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsclaims import gazetteer
from newsclaims.extractors.entities.occurrences import occurrences
from newsclaims.extractors.entities.works import headline_line
from newsclaims.extractors.people.evidence import Mention, evidence
from newsclaims.extractors.people.exclusions import in_a_title
from newsclaims.extractors.people.lineups import lineup_names
from newsclaims.extractors.people.names import (
    INITIAL_RE,
    bare,
    given_name,
    name_shape_evidence,
    proper_runs_matcher,
)
from newsclaims.lexicon.organisations import ORG_INTRODUCERS, OUTLET_HEADS, OUTLETS
from newsclaims.lexicon.people import PARTICLES
from newsclaims.pipeline import text_of
from newsclaims.pipeline.boilerplate import inside


def candidates(doc: Doc, boilerplate: tuple[tuple[int, int], ...]) -> list[tuple[Mention, bool]]:
    """Each possible person mention, and whether NER called it a person."""
    found: list[tuple[Mention, bool]] = []
    taken: set[int] = set()
    gaz = gazetteer.load()
    for s, e in lineup_names(doc):  # team sheets: every name-shaped item is a person
        if not inside(boilerplate, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])):
            mention = evidence(doc, s, s, e)
            mention.strong = True
            found.append((mention, True))
            taken.update(range(s, e))
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"):
            continue
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        if inside(boilerplate, ent.start_char, ent.end_char):
            continue
        ent_start = ent.start
        # `Heinz-Peter Thul`: NER often starts a hyphenated given name at its second half.
        if ent.label_ == "PERSON" and ent_start >= 2 and doc[ent_start - 1].text in ("-", "‐") \
                and not doc[ent_start - 1].whitespace_ and not doc[ent_start - 2].whitespace_ \
                and doc[ent_start - 2].is_title and not doc[ent_start - 2].ent_type_:
            ent_start -= 2
        # `81 Seiki Okuda`: NER often leaves the given name out when a number or line start precedes it.
        if ent.label_ == "PERSON" and ent_start > 0 and given_name(doc[ent_start - 1]) and ent.end - ent_start == 1:
            ent_start -= 1
        ent_end = ent.end
        # `David dal Maso`: NER often stops a name at a lower-case particle.
        while ent.label_ == "PERSON" and ent_end + 1 < len(doc) and doc[ent_end].lower_ in PARTICLES \
                and doc[ent_end].text.islower() and doc[ent_end + 1].pos_ == "PROPN" and doc[ent_end + 1].is_title \
                and doc[ent_end - 1].whitespace_ and doc[ent_end].whitespace_:
            ent_end += 2
        title_start, start, end = bare(doc, ent_start, ent_end, titles=ent.label_ == "PERSON")
        if start >= end:
            continue
        if end - start == 1 and start > ent.start and doc[ent.start].lower_ in OUTLETS:
            taken.update(range(ent.start, ent.end))
            continue  # `Breitbart London`, `BBC Russian`: an outlet's edition, not `AFP Viktor Zakharov`
        taken.update(range(ent.start, ent_end))
        is_person = ent.label_ == "PERSON"
        if not is_person and (end - start > 4 or any(t.is_upper and len(t) > 1 and not INITIAL_RE.match(t.text)
                                                     for t in doc[start:end])):
            continue
        mention = evidence(doc, title_start, start, end)
        if not is_person and not mention.strong and doc[end - 1].lower_ not in ORG_INTRODUCERS | OUTLET_HEADS \
                and not re.match(r"[A-Z]\.[A-Z]\.", doc[start].text):  # `J.P. Morgan` is a bank
            mention.strong = name_shape_evidence(doc, start, end)  # `K. Tamberlane`, `Olek Drabowicz (Poland)`
        found.append((mention, is_person))
    runs = proper_runs_matcher(doc.vocab)(doc) if doc.has_annotation("POS") else []  # tagger-less pipelines
    for _, s, e in runs:
        # An initial NER read as a nationality (`D.` of `D. Cox`) may start a run.
        if any(i in taken or doc[i].ent_type_ and not (i == s and INITIAL_RE.match(doc[i].text))
               for i in range(s, e)) or len(doc[s:e].text.split()) > 3:
            continue
        span = doc[s:e]
        if inside(boilerplate, span.start_char, span.end_char) or gaz.candidates(span.text):
            continue
        title_start, start, end = bare(doc, s, e)
        if start < end and not in_a_title(doc, start, end):
            mention = evidence(doc, title_start, start, end)
            shape = name_shape_evidence(doc, start, end)
            if headline_line(doc, start) and not shape:
                continue  # `Man Comes Forward With Explosive Story`: only a name's shape counts there
            mention.strong = mention.strong or shape
            found.append((mention, False))
    return found


def propagate(doc: Doc, names: set[str], seen: set[int], boilerplate: tuple[tuple[int, int], ...]) -> list[Mention]:
    """Other mentions of names already known to be people, whatever NER made of them (`like Oleg`)."""
    extra: list[Mention] = []
    for begin, finish in occurrences(text_of(doc), names):
        span = doc.char_span(begin, finish)
        if span is None or span.start in seen or inside(boilerplate, begin, finish):
            continue
        if span[0].pos_ not in ("PROPN", "NOUN") and span[0].ent_type_ != "PERSON":
            continue
        if span[0].ent_type_ and span[0].ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC"):
            continue
        title_start, start, end = bare(doc, span.start, span.end)
        if start < end:
            extra.append(evidence(doc, title_start, start, end))
            seen.update(range(span.start, span.end))
    return extra
