"""Candidate organisation mentions: NER's organisations trimmed to the name, names NER gave another
label or none that the text uses as organisations, and parties NER read as nationalities.

People and places have been decided first: a token in one of their mentions is never an
organisation's (`AFP Viktor Zakharov` keeps `AFP`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsclaims import gazetteer
from newsclaims.extractors.entities.occurrences import occurrences
from newsclaims.extractors.entities.organisations import (
    INTRODUCERS,
    STREETS,
    is_event_like,
    name_kind,
    named_as_a_thing,
    names_a_thing,
    org_evidence,
    speaks,
)
from newsclaims.extractors.entities.teams import standings_row, team_evidence
from newsclaims.extractors.entities.works import is_work, work_tokens
from newsclaims.extractors.organizations.names import broadcast_end, fields_end, named_phrases, trim
from newsclaims.lexicon.organisations import INTERNATIONAL, ORG_HEAD_KIND, OUTLETS, PARTIES
from newsclaims.lexicon.people import HONORIFICS, POSTNOMINALS, TITLES
from newsclaims.pipeline.boilerplate import inside
from newsclaims.pipeline.tokens import per_doc

_JUNK = frozenset({"-", "–", "—", "v", "V", "vs", "vs.", "+", "=", "/", "|"})
"""Tokens no organisation's name holds with spaces around them: results, headlines, tables."""

_DATES = frozenset(
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august "
    "september october november december century".split()
)
"""Days and months (`Scotland v Italy (Sat)`): dates, whatever NER or a bracket made of them."""

_TIME = re.compile(r"^\d{1,2}[.:]\d{2}$")

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
    team: bool = False  # a side in sports copy (or a company with a `boss`): `sport` if nothing else says


def blocked_tokens(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """Tokens inside the given character spans (the mentions of people and places)."""
    taken: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            taken.update(range(span.start, span.end))
    return taken


def is_acronym(text: str) -> bool:
    """`EU`, `ADB`, `C-SPAN`, `U.N.`, `BBC1`: capitals (and digits, dots, hyphens), two to eight letters."""
    letters = [ch for ch in text if ch.isalpha()]
    return 2 <= len(letters) <= 8 and all(ch.isupper() for ch in letters) \
        and all(ch.isalnum() or ch in ".-&" for ch in text)


def _plausible(doc: Doc, start: int, end: int, text: str) -> bool:
    """A name at all: starts with a capital or digit, has letters, is no event, document or lone generic word."""
    if not text or not _capitalised(text) or not any(ch.isalpha() for ch in text):
        return False
    words = text.casefold().split()
    if doc[start].lower_ in HONORIFICS or is_event_like(text) and not speaks(doc, start, end) \
            or names_a_thing(doc, start, end) \
            or named_as_a_thing(doc, start):
        return False
    if len(words) > 2 and words[0] in TITLES and words[1] == "of":
        return False  # `the King of Belgium`: an office, held by a person
    if start > 0 and doc[start - 1].tag_ == "JJ" and doc[start - 1].text[:1].isdigit():
        return False  # `the 18th Century painting`
    if len(words) == 1 and (words[0] in GENERIC and words[0] not in KEEP_ALONE or words[0] in POSTNOMINALS
                            or text[-1:] == "s" and text[:-1].isupper() and words[0][:-1] in TITLES):
        return False  # `the Government`; `CBE`, `QC`: letters after a name; `MPs`, `MEPs`: people
    if len(words) == 1 and (_GLUED_LABEL.match(text) or doc[start].is_sent_start and _common_word(doc, start)):
        return False  # `QThere's`: a transcript's Q glued on; `Digital music downloads`
    if any(t.text in _JUNK and (t.whitespace_ or doc[t.i - 1].whitespace_) for t in doc[start + 1:end]) \
            or sum(any(c.isdigit() for c in t.text) for t in doc[start:end]) > 1 or words[0] in _DATES:
        return False  # `CRICKET - ENGLAND V PAKISTAN`, `MOODY AA1 LISTING`: headlines and tables
    if words[-1] in STREETS and not acts(doc, start, end):
        return False  # `Wall Street`; `Downing Street said`, `drafted by Downing Street` stay
    if start > 0 and (doc[start - 1].like_num or _TIME.match(doc[start - 1].text)) and text.isupper():
        return False  # `21.00 GMT`: a time zone
    if end - start == 1 and end < len(doc) and doc[end].lower_ in TITLES and doc[end].text[:1].isupper() \
            and name_kind(text) is None and not text.isupper():
        return False  # `Defense Minister Sergei Shoigu`: a portfolio in a title, not a name
    return not all(w in TITLES for w in words)


_GLUED_LABEL = re.compile(r"^[A-Z][A-Z][a-z]{2,}$")


def _common_word(doc: Doc, i: int) -> bool:
    """A capitalised word opening a sentence that the article also writes in lower case (`Download
    sales are ...` beside `the download chart`): a common word, not a name."""
    if not doc[i].is_alpha or doc[i].is_upper:
        return False
    lower = per_doc(doc, "newsclaims.lower_words", lambda d: frozenset(t.lower_ for t in d if t.text.islower()))
    return doc[i].lower_ in lower


def acts(doc: Doc, start: int, end: int) -> bool:
    """The name does something: a verb's subject or a passive's agent (`drafted by Downing Street`)."""
    root = doc[start:end].root
    return root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "pobj" and root.head.lower_ == "by" \
        and root.head.head.tag_ == "VBN"


def candidates(doc: Doc, blocked: set[int], boilerplate: tuple[tuple[int, int], ...]) -> list[Mention]:
    """Every named mention of an organisation NER or the evidence finds, outside people's and places'."""
    found: list[Mention] = []
    taken: set[int] = set()
    works = work_tokens(doc)

    def add(start: int, end: int, kind: str | None = None) -> None:
        team = kind == "sport"
        kind = None if team else kind
        for i in range(start, end):  # cut at the first token of a person or place
            if i in blocked:
                end = i
                break
        start, end = trim(doc, start, end)
        if start >= end:
            return
        span = doc[start:end]
        text = span.text
        if inside(boilerplate, span.start_char, span.end_char) or not _plausible(doc, start, end, text) \
                or name_kind(text) is None and is_work(doc, start, end, works):
            return
        found.append(Mention(start, end, text, kind or name_kind(text), acronym=is_acronym(text), team=team))
        taken.update(range(start, end))

    for match_id, s, e in named_phrases(doc.vocab)(doc):
        if doc[s].text[:1].isupper() and not any(i in blocked or i in taken for i in range(s, e)):
            add(s, e, doc.vocab.strings[match_id])  # `Liberal Democrat`, `No 10`
    for ent in doc.ents:
        if ent.start in blocked and ent.end - 1 in blocked or ent.start in taken or ent.end - 1 in taken:
            continue
        if ent.label_ == "ORG":
            end = fields_end(doc, ent.start, broadcast_end(doc, ent.end))
            start, end = trim(doc, ent.start, _before_portfolio(doc, ent.start, end))
            if start >= end:
                continue
            if _team(doc, start, end):
                add(start, end, "sport")
            elif not _city(doc[start:end].text) or org_evidence(doc, start, end):
                add(start, end)  # a big city NER calls an organisation is a place or its team
        elif ent.label_ in OTHER_LABELS:
            start, end = trim(doc, ent.start, ent.end)
            if start >= end:
                continue
            text = doc[start:end].text
            folded = text.casefold()
            if ent.label_ != "NORP" and _team(doc, start, end):
                add(start, end, "sport")
            elif ent.label_ == "NORP" and folded in PARTIES:
                add(start, end, "party")
            elif ent.label_ == "NORP" and gazetteer.is_demonym(text):
                continue  # `Japanese aid agencies`
            elif folded in OUTLETS or folded in INTERNATIONAL:
                add(start, end)
            elif not _person_like(ent) and org_evidence(doc, start, end, person_named=ent.label_ == "PERSON"):
                add(start, end)
    _quoted_names(doc, blocked | taken, add)
    _lower_case_bodies(doc, blocked | taken, add)
    _proper_runs(doc, blocked | taken, add)
    return found


def _before_portfolio(doc: Doc, start: int, end: int) -> int:
    """`European Commission Home Affairs spokesman`: NER runs an organisation into the portfolio of the
    title after it; the name ends at its last organisation word."""
    if end >= len(doc) or doc[end].lower_ not in TITLES:
        return end
    for i in range(end - 2, start, -1):
        if doc[i].lower_ in ORG_HEAD_KIND and all(t.text[:1].isupper() for t in doc[i + 1:end]):
            return i + 1
    return end


_QUOTES = {"“": "”", '"': '"', "‘": "’", "«": "»"}


def _quoted_names(doc: Doc, taken: set[int], add) -> None:  # type: ignore[no-untyped-def]
    """`the NGO “Guide to the Free World”`, `the company "Blue Harbour"`: a name in quotation marks
    right after a noun that says it is an organisation."""
    for tok in doc:
        if tok.lower_ not in INTRODUCERS or tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in _QUOTES:
            continue
        close = _QUOTES[doc[tok.i + 1].text]
        for j in range(tok.i + 2, min(len(doc), tok.i + 14)):
            if doc[j].text == close:
                if j > tok.i + 2 and doc[tok.i + 2].text[:1].isupper() and not any(k in taken for k in range(tok.i + 2, j)):
                    add(tok.i + 2, j)
                break


LOWER_HEADS = frozenset("committee commission council ministry department agency board".split())
"""Heads of bodies news copy often writes in lower case after a proper name (`the Commons public
administration select committee`, `the Senate intelligence committee`)."""


def _lower_case_bodies(doc: Doc, taken: set[int], add) -> None:  # type: ignore[no-untyped-def]
    """A lower-case body whose modifiers start with a proper name that is no place or nationality."""
    for tok in doc:
        if tok.text not in LOWER_HEADS or tok.i in taken:
            continue
        first = tok.i
        while first > 0 and doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ") and doc[first - 1].head.i > first - 1 \
                and doc[first - 1].head.i <= tok.i:
            first -= 1
        lead = doc[first]
        if first == tok.i or lead.pos_ != "PROPN" or not lead.text[:1].isupper() \
                or lead.ent_type_ in ("GPE", "LOC", "PERSON") or any(k in taken for k in range(first, tok.i + 1)):
            continue
        add(first, tok.i + 1, "government")


def _team(doc: Doc, start: int, end: int) -> bool:
    """A club or side in sports copy (`Galatasaray striker X`, `Everton 2 Chelsea 1`); national
    sides are named by their country, which stays a place."""
    text = doc[start:end].text
    return (team_evidence(doc, start, end) or standings_row(doc, start, end) and _city(text)) and not any(
        e.kind == "country" for e in gazetteer.load().candidates(text))


def _city(text: str) -> bool:
    """A big city's, region's or country's own name (`Amsterdam`, `Kansas`)."""
    return gazetteer.is_major_place(text, own_name=True)


def _capitalised(word: str) -> bool:
    """`Yahoo`, `1Xtra`: a capital first letter, or a digit followed by a capital."""
    return word[:1].isupper() or word[:1].isdigit() and any(ch.isupper() for ch in word)


def _person_like(ent: SpacySpan) -> bool:
    """A PERSON entity that starts with a title or honorific is a person whatever else the text says."""
    return ent.label_ == "PERSON" and ent[0].lower_ in TITLES


def _proper_runs(doc: Doc, taken: set[int], add) -> None:  # type: ignore[no-untyped-def]
    """Capitalised proper-noun runs outside every entity that the evidence calls organisations."""
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.i in taken or tok.ent_type_ or tok.pos_ != "PROPN" or not _capitalised(tok.text):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end not in taken and not doc[end].ent_type_ and doc[end].pos_ == "PROPN" \
                and doc[end].text[:1].isupper():
            end += 1
        text = doc[i:end].text
        if _team(doc, i, end):
            add(i, end, "sport")
        elif text.casefold() in OUTLETS | KEEP_ALONE or org_evidence(doc, i, end):
            add(i, end)  # `The Commons has approved`
        i = end


def split_pairs(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """`Gazprom and Rosneft`: NER's one entity for two organisations, split when each half is used
    on its own elsewhere in the article (`Johnson & Johnson` or `Marks and Spencer` stay whole)."""
    pairs = {}
    for m in mentions:
        joins = [i for i in range(m.start + 1, m.end - 1) if doc[i].lower_ in ("and", "&")]
        if len(joins) == 1 and not m.nominal:
            pairs[id(m)] = ((m.start, joins[0]), (joins[0] + 1, m.end))
    if not pairs:
        return mentions
    # One pass over the text: a half inside a use of the whole is taken by the longer whole.
    wanted = {m.text for m in mentions if id(m) in pairs} | {doc[a:b].text for h in pairs.values() for a, b in h}
    alone = {text[s:e] for s, e in occurrences(text, wanted)}
    out = []
    for m in mentions:
        halves = pairs.get(id(m))
        if halves is None or not all(doc[a:b].text in alone for a, b in halves):
            out.append(m)
            continue
        for a, b in halves:
            out.append(Mention(a, b, doc[a:b].text, name_kind(doc[a:b].text), acronym=is_acronym(doc[a:b].text)))
    return out
