"""People: one canonical entry per named individual, with every mention and what the text says of them.

Raw NER is only a first guess. It is corrected with general evidence:
- an apposition or description that is about a human (`Oleg, a bar owner in Moscow`,
  `A 29-year-old sergeant, Oleg said`, `Ilya, 29,`), a title before the name
  (`Interior Minister Krista Mikkonen`, `Mr Howard`) or being the subject of a
  speech verb (`said Vadim`) makes a proper noun a person whatever NER thought;
- outlets and agencies (data/outlets.txt), names introduced by an organisation
  noun (`the website Novaya Gazeta`), names used as place modifiers (`the Kurgan
  and Tyumen regions`) and capitalised common nouns (`Border agents`) are not;
- leading outlet credits (`AFP Viktor Zakharov`), titles, possessives and glued
  lowercase tokens (`warPhoto`) are trimmed off the name.
Mentions are then merged into individuals: surname-only and first-name-only
forms join the full name, and near-miss spellings (`Lobanovkaya`) join the
name they are close to.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span as SpacySpan, Token

from newsclaims import gazetteer
from newsclaims.pipeline.boilerplate import inside
from newsclaims.extractors.base import Context, Extractor
from newsclaims.lexicon.organisations import ORG_INTRODUCERS, OUTLET_HEADS, OUTLETS
from newsclaims.lexicon.people import (
    GENDERED_WORDS,
    HONORIFICS,
    MODIFIER_TITLES,
    PARTICLES,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    TITLES,
)
from newsclaims.lexicon.speech import SPEECH_VERBS
from newsclaims.pipeline import text_of
from newsclaims.pipeline.tokens import POSSESSIVE
from newsclaims.schema import Person, Span

# Nouns that make a preceding name a place: `the Kurgan region`, `Tyumen oblast`.
PLACE_HEADS = frozenset(
    "region regions oblast oblasts province provinces state states city cities town towns village "
    "villages district districts county counties republic border borders crossing area areas".split()
)
_AGE_WORDS = frozenset({"year", "years", "old", "year-old", "years-old"})
_AGE_RE = re.compile(r"^(\d{1,3})-years?-old$", re.IGNORECASE)
_DOMAIN_RE = re.compile(r"\.(?:com|eu|ru|org|net|co|uk|ua|info|news)\b", re.IGNORECASE)


# Sports roles that make the name before them a team: `Galatasaray striker Adrian Knup`.
TEAM_ROLES = frozenset(
    "striker midfielder defender goalkeeper keeper goalie forward winger captain skipper manager coach boss "
    "playmaker pitcher quarterback batsman bowler wicketkeeper outfielder infielder shortstop linebacker".split()
)
# Nouns and verbs that make the name after `against` an opponent: `the game against Everton`, `scored against
# Chelsea`. Not `win`, `victory`, `defeat` or `clash`: elections and rows have them too (`a win over Smith`).
MATCH_WORDS = frozenset("game match fixture derby replay final semifinal semi-final opener score play".split())
# Plural nouns that describe a club, not a person, right before its name: `champions Manchester United`
# (not any plural: `told reporters Dana Whitlock had fled` names a person).
TEAM_PLURALS = frozenset(
    "champions rivals holders hosts visitors neighbours neighbors opponents strugglers newcomers giants minnows "
    "titleholders outsiders favourites favorites underdogs runners-up semifinalists semi-finalists finalists".split()
)
OPPONENT_PREPS = frozenset("against versus".split())  # not `vs.`: tennis draws pair people
# Letters that mark a club's name: `FC Porto`, `Valletta F.C.`, `AC Milan`.
CLUB_MARKERS = frozenset("fc f.c. afc a.f.c. cf c.f. sc s.c. ac a.c. fk sk".split())
_SCORE_RE = re.compile(r"^\d{1,3}-\d{1,3}$")


@dataclass
class _Mention:
    start: int  # token indices of the bare name
    end: int
    text: str
    strong: bool = False  # positive evidence that this is a person
    role: str | None = None
    descriptors: list[str] = field(default_factory=list)
    age: int | None = None
    origin: str | None = None
    gender: str | None = None


@dataclass
class _Entry:
    tokens: tuple[str, ...]
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


@cache
def _proper_runs_matcher(vocab: object) -> Matcher:
    """Runs of capitalised proper nouns that NER may have missed (`Oleg received ...`)."""
    matcher = Matcher(vocab)  # type: ignore[arg-type]
    title = {"POS": "PROPN", "IS_TITLE": True}
    glued = {"ORTH": {"IN": ["-", "‐"]}, "SPACY": False}
    matcher.add("PROPN", [
        [{**title, "OP": "+"}],
        # `Inzamam-ul-Haq`, `Jean-Pierre Papin`: hyphenated names, lower-case links included.
        [{**title, "SPACY": False}, glued, {"POS": "PROPN", "SPACY": False}, glued, title],
        [{**title, "SPACY": False}, glued, title],
    ], greedy="LONGEST")
    return matcher


_INITIAL_RE = re.compile(r"^(?:[A-Z]\.){1,3}$")


def _name_shape_evidence(doc: Doc, start: int, end: int) -> bool:
    """Signs that a proper-noun run NER left alone is a person: an initial and a surname
    (`G. Thorpe`), a country or club in brackets after two or three names (`Cedric Pioline
    ( France )`, not followed by a score), or coordination with a person (`Wasim Akram and
    Inzamam-ul-Haq`)."""
    words = doc[start:end].text.split()
    if len(words) >= 2 and _INITIAL_RE.match(words[0]) and words[0].lower() not in CLUB_MARKERS and all(w[:1].isupper() for w in words[1:]):
        return True
    if 2 <= len(words) <= 3 and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
            and doc[end + 1].text[:1].isupper() and (doc[end + 1].ent_type_ == "GPE" or not doc[end + 1].is_upper) \
            and not (end + 3 < len(doc) and doc[end + 3].like_num):
        return True
    root = doc[start:end].root
    return (root.dep_ == "conj" and root.head.ent_type_ == "PERSON") or any(
        c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children)


def _bare(doc: Doc, start: int, end: int, titles: bool = True) -> tuple[int, int, int]:
    """Trim an entity to the name: outlet credits, titles, `the`, possessives and glued tokens off.

    Returns (title_start, start, end): tokens title_start..start are a title run. `titles=False`
    keeps leading title words (an organisation such as `General Motors` keeps its `General`).
    """
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    # `AFP Viktor Zakharov`: a leading outlet name credits the reporter's source, not part of the name.
    for k in range(min(3, end - start - 1), 0, -1):
        if doc[start:start + k].text.lower() in OUTLETS:
            start += k
            break
    title_start = start
    while titles and start < end - 1 and doc[start].lower_ in TITLES:
        start += 1
    if end - start > 1 and doc[end - 1].text in POSSESSIVE:
        end -= 1
    # `Twitter's Adam Sharp`: what precedes a possessive inside the entity is the owner, not the name.
    inner = [i for i in range(start, end - 1) if doc[i].text in POSSESSIVE[:2]]
    if inner:
        start = title_start = inner[-1] + 1
    # A token that starts in lower case is glued page text (`warPhoto`) unless it is a particle.
    for i in range(start, end):
        tok = doc[i]
        if tok.text[:1].islower() and tok.lower_ not in PARTICLES \
                and not (i > start and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_):
            if i == start:
                return title_start, end, end
            end = i
            break
    while end > start and not doc[end - 1].text[:1].isalpha():
        end -= 1
    return title_start, start, end


def _clean_text(doc: Doc, start: int, end: int) -> str:
    text = doc[start:end].text
    for suffix in POSSESSIVE[:2]:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def _is_outlet(doc: Doc, start: int, end: int) -> bool:
    text = doc[start:end].text.lower()
    words = text.replace(".", " ").split()
    if text in OUTLETS or " ".join(words[:2]) in OUTLETS or _DOMAIN_RE.search(text):
        return True
    if words and words[-1] in OUTLET_HEADS and len(words) > 1:
        return True
    # `the independent website Novaya Gazeta Europe`, `Russian outlet X`: introduced by an organisation noun.
    for i in range(max(0, start - 3), start):
        if doc[i].lower_ in ORG_INTRODUCERS and doc[i].pos_ == "NOUN":
            return True
    return False


def _place_use(doc: Doc, start: int, end: int) -> bool:
    """`the Kurgan and Tyumen regions`, `Kurgan region`: a name modifying a place noun."""
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in PLACE_HEADS:
        return True
    root = doc[start:end].root
    head = root.head
    if root.dep_ == "conj" and head.ent_type_ in ("GPE", "LOC"):
        return True
    if root.dep_ in ("compound", "amod", "conj", "nmod") and head.lower_ in PLACE_HEADS:
        return True
    for child in root.children:
        if child.dep_ == "conj" and child.ent_type_ in ("GPE", "LOC") and child.head.lower_ in PLACE_HEADS:
            return True
    return False


def _common_noun_use(doc: Doc, start: int, end: int) -> bool:
    """`Border agents at ...`: one capitalised word at the start of a sentence modifying a plain noun."""
    if end - start != 1:
        return False
    tok = doc[start]
    return tok.is_sent_start and tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN" \
        and tok.head.text[:1].islower()


def _modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """`the former Wimbledon champion`: a name used as a modifier of a common noun is not a person's name."""
    last = doc[end - 1]
    nxt = doc[end] if end < len(doc) else None
    return last.dep_ in ("compound", "amod", "nmod") and nxt is not None and nxt.pos_ == "NOUN" \
        and nxt.text[:1].islower()


def _speech_subject(doc: Doc, start: int, end: int) -> bool:
    root = doc[start:end].root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEECH_VERBS:
        return True
    # Parses often miss the inverted `said Vadim, a civil servant`: a speech verb right before
    # the name and punctuation right after it, or `Vadim said` with the verb right after.
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    is_speech = lambda t: t is not None and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_VERBS  # noqa: E731
    return (is_speech(before) and (after is None or after.is_punct)) or is_speech(after)


def _age_of(tokens: list[Token]) -> int | None:
    """`35-year-old` (one token or `35 - year - old`), or a bare number between commas."""
    text = "".join(t.text_with_ws for t in tokens).replace(" ", "")
    match = re.search(r"(\d{1,3})-years?-old", text)
    if match:
        return int(match.group(1))
    return None


def _sent_start(doc: Doc, i: int) -> int:
    """First token of the sentence holding token i (`Token.sent` rebuilds every sentence: too slow here)."""
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    return i


def _sent_end(doc: Doc, i: int) -> int:
    """One past the last token of the sentence holding token i."""
    i += 1
    while i < len(doc) and not doc[i].is_sent_start:
        i += 1
    return i


def _description_after(doc: Doc, end: int) -> tuple[list[Token], int | None]:
    """The apposition after a name: `, a 35-year-old scientist from Moscow` (tokens), and `, 29,` ages."""
    if end >= len(doc) or doc[end].text != ",":
        return [], None
    i = end + 1
    age = None
    if i + 1 < len(doc) and doc[i].like_num and doc[i + 1].text in (",", ".", ";") and doc[i].text.isdigit():
        value = int(doc[i].text)
        if 0 < value < 120:
            age = value
            i += 2 if doc[i + 1].text == "," else 1
    if i >= len(doc) or doc[i].lower_ not in ("a", "an", "the") and not _AGE_RE.match(doc[i].text) \
            and not (doc[i].like_num and i + 1 < len(doc) and doc[i + 1].text == "-"):
        return [], age
    out: list[Token] = []
    sent_end = _sent_end(doc, end)
    while i < min(sent_end, end + 16):
        tok = doc[i]
        if tok.text in (",", ".", ";", ":", "“", "”", '"', "(", ")", "—", "–") or tok.lower_ in ("who", "which", "that") \
                or (tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBN" and tok.dep_ not in ("amod", "compound")):
            break
        out.append(tok)
        i += 1
    return out, age


def _description_before(doc: Doc, start: int, title_start: int) -> list[Token]:
    """What precedes a name in its noun phrase: `35-year-old scientist`, `Putin's spokesman`,
    or a fronted apposition `A 29-year-old sergeant on the Russian reserves, Oleg said`."""
    i = title_start
    out: list[Token] = []
    j = i - 1
    edge = min(doc[start:start + 1].root.left_edge.i, doc[start].head.left_edge.i if doc[start].dep_ == "compound"
               else start)
    first = _sent_start(doc, i)
    while j >= 0 and j >= edge and j >= first:
        tok = doc[j]
        if tok.lower_ in OUTLETS or tok.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") \
                and tok.text not in ("-", "’s", "'s") \
                or tok.ent_type_ == "PERSON" and tok.head.i != start and not tok.text.endswith(("’s", "'s")) \
                and not (j + 1 < len(doc) and doc[j + 1].text in ("’s", "'s")):
            break
        out.insert(0, tok)
        j -= 1
    if out or j < 0 or doc[j].text != ",":
        return out
    # A fronted apposition: the sentence starts with a description, then `, Name`.
    head = [t for t in doc[_sent_start(doc, start):j] if not t.is_space]
    if head and len(head) <= 12 and head[0].lower_ in ("a", "an") and not any(t.pos_ in ("VERB", "AUX") for t in head):
        return head
    return []


def _phrase(tokens: list[Token]) -> str:
    """Tokens as text without a leading article or dangling punctuation."""
    while tokens and (tokens[0].lower_ in ("a", "an", "the", "this", "that") or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "CCONJ", "DET")):
        tokens = tokens[:-1]
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i: tokens[-1].i + 1].text  # never `doc.text`: it rebuilds the whole text


def _head_noun(tokens: list[Token]) -> list[Token]:
    """`35-year-old scientist from Moscow` -> `scientist`; `bar owner in Moscow` -> `bar owner`."""
    cut = next((k for k, t in enumerate(tokens) if t.pos_ == "ADP"), len(tokens))
    core = [t for t in tokens[:cut] if not (t.like_num or t.lower_ in _AGE_WORDS or t.text == "-")]
    nouns = [k for k, t in enumerate(core) if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return []
    last = nouns[-1]
    first = last
    while first > 0 and (core[first - 1].pos_ in ("NOUN", "PROPN") or core[first - 1].dep_ == "amod"
                         and core[first - 1].text.islower()) and core[first - 1].ent_type_ not in ("GPE", "NORP"):
        first -= 1
    return core[first:last + 1]


def _describes_person(tokens: list[Token]) -> bool:
    head = _head_noun(tokens)
    return bool(head) and (head[-1].lemma_.lower() in PERSON_NOUNS or head[-1].lower_ in PERSON_NOUNS
                           or head[-1].lower_ in TITLES) or _age_of(tokens) is not None


def _origin(tokens: list[Token]) -> str | None:
    """`from Moscow` (or `in Moscow`) inside a description; `an Irkutsk doctor` as a last resort."""
    for prep in ("from", "in", "of"):
        for k, tok in enumerate(tokens[:-1]):
            nxt = tokens[k + 1]
            if tok.lower_ == prep and nxt.ent_type_ in ("GPE", "LOC") or (
                tok.lower_ == prep and nxt.text[:1].isupper() and gazetteer.load().candidates(nxt.text)
            ):
                ent = [t for t in tokens[k + 1:] if t.ent_iob_ != "O" and t.ent_type_ == nxt.ent_type_]
                if nxt.ent_type_ and ent:
                    span = nxt.doc[nxt.i: nxt.i + 1]
                    for e in nxt.doc.ents:
                        if e.start <= nxt.i < e.end:
                            span = e
                    return _phrase(list(span))
                return nxt.text
    cut = next((k for k, t in enumerate(tokens) if t.pos_ == "ADP"), len(tokens))
    for tok in tokens[:cut]:
        if tok.dep_ in ("compound", "amod") and tok.text[:1].isupper() and (
            tok.ent_type_ in ("GPE", "LOC") or gazetteer.is_major_place(tok.text)
        ):
            return tok.text
        if tok.text[:1].isupper() and gazetteer.is_demonym(tok.text):
            return gazetteer.country_of_demonym(tok.text)
    return None


def _title_run(doc: Doc, title_start: int, start: int) -> list[Token]:
    """Titles just before the name, inside the entity or just outside it: `Interior Minister`."""
    run = list(doc[title_start:start])
    j = title_start - 1
    while j >= 0 and (doc[j].lower_ in TITLES or (run and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN"
                                                  and doc[j].ent_type_ not in ("PERSON", "GPE", "NORP"))):
        run.insert(0, doc[j])
        j -= 1
    while run and run[0].lower_ not in TITLES and not any(t.lower_ in TITLES for t in run[:1]):
        if any(t.lower_ in TITLES for t in run):
            break
        run = run[1:]
    while run and (run[-1].lower_ not in TITLES or run[-1].lower_ in MODIFIER_TITLES):
        run = run[:-1]
    while run and run[0].lower_ not in TITLES and (run[0].ent_type_ == "NORP" or gazetteer.is_demonym(run[0].text)):
        run = run[1:]
    return run


def _evidence(doc: Doc, title_start: int, start: int, end: int) -> _Mention:
    """Everything the text around one name says about the person it names."""
    text = _clean_text(doc, start, end)
    mention = _Mention(start=start, end=end, text=text)
    after, age = _description_after(doc, end)
    before = _description_before(doc, start, title_start)
    title = _title_run(doc, title_start, start)
    if title:
        mention.strong = True
        if not all(t.lower_ in HONORIFICS for t in title):
            mention.role = _phrase([t for t in title if t.lower_ not in HONORIFICS])
    if before and before[-1].text in POSSESSIVE:
        before = []  # `Men's Draw`: the name is what a possessor owns, not a description of them
    for part in (before, after):
        if not part:
            continue
        phrase = _phrase(part)
        head = _phrase(_head_noun(part))
        if _describes_person(part):
            mention.strong = True
        elif part is after:
            continue  # `Paris, the capital` is not a description of a person
        for d in (phrase, head):
            if d and d not in mention.descriptors and any(ch.isalpha() for ch in d) \
                    and d.lower() not in HONORIFICS:
                mention.descriptors.append(d)
        if mention.role is None and head and _head_noun(part)[-1].lower_ in TITLES and part is after:
            mention.role = head if len(head.split()) > 1 else phrase
        mention.age = mention.age or _age_of(part)
        mention.origin = mention.origin or _origin(part)
    if age is not None:
        mention.age = mention.age or age
        mention.strong = True
    if mention.origin is None and end + 1 < len(doc) and doc[end].lower_ == "from":
        mention.origin = _origin(list(doc[end:end + 4]))
    words = {w.lower() for d in mention.descriptors for w in d.split()} | {
        t.lower_ for t in doc[title_start:start]
    } | {t.lower_ for t in title}
    for gender, cues in GENDERED_WORDS.items():
        if words & cues:
            mention.gender = gender
    return mention


def _given_name(tok: Token) -> bool:
    """A capitalised proper noun right before a person entity that NER left out of it."""
    return tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and tok.whitespace_ == " " \
        and tok.lower_ not in TITLES and tok.lower_ not in OUTLETS and not gazetteer.is_demonym(tok.text) \
        and not gazetteer.load().candidates(tok.text)


def _candidates(doc: Doc, boilerplate: tuple[tuple[int, int], ...]) -> list[tuple[_Mention, bool]]:
    """Each possible person mention, and whether NER called it a person."""
    found: list[tuple[_Mention, bool]] = []
    taken: set[int] = set()
    gaz = gazetteer.load()
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"):
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
        if ent.label_ == "PERSON" and ent_start > 0 and _given_name(doc[ent_start - 1]) and ent.end - ent_start == 1:
            ent_start -= 1
        title_start, start, end = _bare(doc, ent_start, ent.end, titles=ent.label_ == "PERSON")
        if start >= end:
            continue
        if end - start == 1 and start > ent.start and doc[ent.start].lower_ in OUTLETS:
            taken.update(range(ent.start, ent.end))
            continue  # `Breitbart London`, `BBC Russian`: an outlet's edition, not `AFP Viktor Zakharov`
        taken.update(range(ent.start, ent.end))
        is_person = ent.label_ == "PERSON"
        if not is_person and (end - start > 4 or any(t.is_upper and len(t) > 1 and not _INITIAL_RE.match(t.text)
                                                     for t in doc[start:end])):
            continue
        mention = _evidence(doc, title_start, start, end)
        if not is_person and not mention.strong and doc[end - 1].lower_ not in ORG_INTRODUCERS | OUTLET_HEADS \
                and not re.match(r"[A-Z]\.[A-Z]\.", doc[start].text):  # `J.P. Morgan` is a bank
            mention.strong = _name_shape_evidence(doc, start, end)  # `K. Tamberlane`, `Olek Drabowicz (Poland)`
        found.append((mention, is_person))
    runs = _proper_runs_matcher(doc.vocab)(doc) if doc.has_annotation("POS") else []  # tagger-less pipelines
    for _, s, e in runs:
        # An initial NER read as a nationality (`D.` of `D. Cox`) may start a run.
        if any(i in taken or doc[i].ent_type_ and not (i == s and _INITIAL_RE.match(doc[i].text))
               for i in range(s, e)) or len(doc[s:e].text.split()) > 3:
            continue
        span = doc[s:e]
        if inside(boilerplate, span.start_char, span.end_char) or gaz.candidates(span.text):
            continue
        title_start, start, end = _bare(doc, s, e)
        if start < end:
            mention = _evidence(doc, title_start, start, end)
            mention.strong = mention.strong or _name_shape_evidence(doc, start, end)
            found.append((mention, False))
    return found


def _team_evidence(doc: Doc, start: int, end: int) -> bool:
    """Signs that a name is a team or club in this article, not a person: a sports role after it
    (`Galatasaray striker Adrian Knup`), a club's plural before it (`champions Manchester United`,
    `rivals Arsenal`), an opponent of a match (`the game against Everton`), one score after it
    (`routed Baltimore 10-3`, `Everton 2 Chelsea 1`), or a club in brackets after a name
    (`Marc Hottiger ( Everton )`)."""
    if any(t.lower_ in CLUB_MARKERS for t in doc[max(0, start - 1):end + 1]):
        return True
    nxt = doc[end] if end < len(doc) else None
    after = doc[end + 1] if end + 1 < len(doc) else None
    prev = doc[start - 1] if start > 0 else None
    if nxt is not None and nxt.lower_ in TEAM_ROLES and after is not None and after.text[:1].isupper() \
            and after.pos_ == "PROPN":
        return True
    if prev is not None and prev.lower_ in TEAM_PLURALS and prev.text.islower() \
            and (nxt is None or nxt.lower_ not in ("and", ",")):
        return True
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 0 and doc[k].lower_ in OPPONENT_PREPS:
        first = _sent_start(doc, k)
        if any(t.lemma_.lower() in MATCH_WORDS for t in doc[max(first, k - 3):k]):
            return True
    if nxt is not None and nxt.text == "(" and end + 3 < len(doc) and doc[end + 2].text == ")":
        end += 3  # `Varden Rovers (Norway) 2`: past a country in brackets to the score
        nxt, after = doc[end], doc[end + 1] if end + 1 < len(doc) else None
    if nxt is not None and _SCORE_RE.match(nxt.text) and not (after is not None and _SCORE_RE.match(after.text)):
        return True  # one score after a name: a result (tennis sets come in twos and threes)
    if results_line(doc, start, end):
        return True
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")" and start >= 2 \
            and doc[start - 2].pos_ == "PROPN":
        return True
    return False


def _goals(tok: Token | None) -> bool:
    return tok is not None and tok.text.isdigit() and len(tok.text) <= 2


def results_line(doc: Doc, start: int, end: int) -> bool:
    """A name in a line of results, `Everton 2 Chelsea 1`, `Texas 10 CLEVELAND 8`: a team's score
    right after it and, on the same line, the other team's score before it or after the next name."""
    nxt = doc[end] if end < len(doc) else None
    if not _goals(nxt) or "\n" in nxt.text_with_ws or end + 1 >= len(doc):  # type: ignore[union-attr]
        return False
    before = doc[start - 1] if start > 0 else None
    if _goals(before) and "\n" not in before.text_with_ws:  # type: ignore[union-attr]
        return True
    if not doc[end + 1].text[:1].isupper():
        return False
    for tok in doc[end + 2:min(len(doc), end + 9)]:
        if "\n" in tok.text_with_ws and not tok.text.isdigit():
            break
        if _goals(tok):
            return True
    return False


def _city_not_person(doc: Doc, mention: _Mention) -> bool:
    """One word that is the main name of a big city (`Baltimore has won 16 of 22`, `Grozny`) is the
    city or its team unless the text says it is a person."""
    return mention.end - mention.start == 1 and not mention.strong \
        and any(e.kind == "city" and e.population >= 100_000 and e.name == mention.text
                for e in gazetteer.load().candidates(mention.text)) \
        and not _speech_subject(doc, mention.start, mention.end)


def _accept(doc: Doc, mention: _Mention, ner_person: bool) -> bool:
    start, end = mention.start, mention.end
    text = mention.text
    if not text or not any(ch.isalpha() for ch in text) or not text[:1].isupper():
        return False
    if _is_outlet(doc, start, end) or all(t.lower_.rstrip(".") in TITLES for t in doc[start:end]):
        return False
    if end - start > 5 or any(ch.isdigit() for ch in text):
        return False  # `Benfica 1 Braga`, headline runs: not a name
    if any(e.kind in ("country", "region") and gazetteer.fold(e.name) == gazetteer.fold(text)
           for e in gazetteer.load().candidates(text)):
        return False  # `Austria 8.05` in a results table, `Georgia` as a subject
    if not ner_person and not mention.strong and _modifies_noun(doc, start, end):
        return False
    if ner_person:
        if mention.strong:
            return True
        if _city_not_person(doc, mention):
            return False
        return not _place_use(doc, start, end) and not _common_noun_use(doc, start, end)
    if _place_use(doc, start, end) or gazetteer.is_major_place(text):
        return mention.strong and not gazetteer.is_major_place(text)
    if mention.strong:
        return True
    # Speech-verb subjects: only for names NER left unlabelled or misread as a place or nationality;
    # organisations speak too (`Gazprom said`).
    if not _speech_subject(doc, start, end) or doc[start].pos_ != "PROPN":
        return False
    if start > 0 and doc[start - 1].lower_ == "the":
        return False  # `the Kremlin said`: institutions take the article, people do not
    return doc[start].ent_type_ != "ORG" or _personal_pronoun_follows(doc, start, end)


def _personal_pronoun_follows(doc: Doc, start: int, end: int) -> bool:
    """`Karin Holt said she would run`: the next subject under the same verb is `he`/`she`, not `it`/`they`."""
    verb = doc[start:end].root.head
    for tok in doc[end: verb.right_edge.i + 1]:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PRON":
            return tok.lower_ in ("he", "she")
    return False


def _group(mentions: list[_Mention]) -> list[_Entry]:
    """One entry per individual: fuller names first, then the short and misspelt forms that belong to them."""
    entries: list[_Entry] = []
    for mention in sorted(mentions, key=lambda m: (-len(m.text.split()), -len(m.text), m.start)):
        tokens = tuple(mention.text.split())
        entry = _fuller(entries, tokens, mention.start) or next((e for e in entries if e.tokens == tokens), None)
        if entry is None:
            entry = _Entry(tokens=tokens)
            entries.append(entry)
        entry.mentions.append(mention)
    return entries


def _fuller(entries: list[_Entry], tokens: tuple[str, ...], start: int = -1) -> _Entry | None:
    """A longer known name this form is part of (`Putin`), or a close misspelling of (`Lobanovkaya`).
    A surname two people share (`Hillary Clinton`, `Bill Clinton`) means the one named last before
    it; before either is named it stays apart."""
    n = len(tokens)
    exact = [e for e in entries if len(e.tokens) > n and (e.tokens[-n:] == tokens or e.tokens[:n] == tokens)]
    if len(exact) == 1:
        return exact[0]
    if exact:
        surname = [e for e in exact if e.tokens[-n:] == tokens] or exact
        if len(surname) == 1:
            return surname[0]
        last = {id(e): max((m.start for m in e.mentions if m.start < start), default=-1) for e in surname}
        recent = max(surname, key=lambda e: last[id(e)])
        return recent if last[id(recent)] >= 0 else None
    if n == 1 and len(tokens[0]) >= 5:
        close = [e for e in entries if len(e.tokens) > 1 and fuzz.ratio(e.tokens[-1], tokens[0]) >= 88]
        if len(close) == 1:
            return close[0]
    if n > 1:  # one word misspelt, the others equal: `Ira Lobanovkaya`; never initials (`H.W.` vs `W.`)
        close = [e for e in entries if len(e.tokens) == n and _one_word_misspelt(e.tokens, tokens)]
        if len(close) == 1:
            return close[0]
    return None


def _one_word_misspelt(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and min(len(diff[0][0]), len(diff[0][1])) >= 5 and fuzz.ratio(*diff[0]) >= 88


def _propagate(doc: Doc, names: set[str], seen: set[int], boilerplate: tuple[tuple[int, int], ...]) -> list[_Mention]:
    """Other mentions of names already known to be people, whatever NER made of them (`like Oleg`)."""
    extra: list[_Mention] = []
    if not names:
        return extra
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?!\w)")
    for match in pattern.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or span.start in seen or inside(boilerplate, match.start(), match.end()):
            continue
        if span[0].pos_ not in ("PROPN", "NOUN") and span[0].ent_type_ != "PERSON":
            continue
        if span[0].ent_type_ and span[0].ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC"):
            continue
        title_start, start, end = _bare(doc, span.start, span.end)
        if start < end:
            extra.append(_evidence(doc, title_start, start, end))
            seen.update(range(span.start, span.end))
    return extra


def _pronoun_gender(doc: Doc, entries: list[_Entry]) -> dict[int, str]:
    """Gender from `he`/`she` as the next subject after a person who is themselves a subject
    (`Oleg said he always knew`), when no other person is mentioned in between."""
    starts = sorted((m.start, m.end, k) for k, e in enumerate(entries) for m in e.mentions)
    votes: dict[int, Counter[str]] = {}
    for n, (start, end, k) in enumerate(starts):
        if doc[start:end].root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        limit = starts[n + 1][0] if n + 1 < len(starts) else len(doc)
        sent_end = _sent_end(doc, start)
        stop = _sent_end(doc, sent_end) if sent_end < len(doc) else sent_end
        for tok in doc[end: min(limit, stop)]:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PRON":
                gender = PRONOUN_GENDER.get(tok.lower_)
                if gender:
                    votes.setdefault(k, Counter())[gender] += 1
                break
    return {k: c.most_common(1)[0][0] for k, c in votes.items() if len(c) == 1}


def extract_people(doc: Doc, ctx: Context) -> list[Person]:
    """Named individuals, each with all its mentions, aliases and attributes."""
    boilerplate = ctx.boilerplate
    accepted: list[_Mention] = []
    strong_names: set[str] = set()
    ner_names: set[str] = set()
    pending: list[tuple[_Mention, bool]] = []
    candidates = _candidates(doc, boilerplate)
    # A name that is a team once is a team everywhere in the article (`Everton 's Duncan Ferguson`).
    teams = {m.text for m, _ in candidates if not m.strong and _team_evidence(doc, m.start, m.end)}
    for mention, ner_person in candidates:
        if mention.text in teams:
            continue
        if _accept(doc, mention, ner_person):
            accepted.append(mention)
            (strong_names if mention.strong or not ner_person else ner_names).add(mention.text)
        elif ner_person or mention.text:
            pending.append((mention, ner_person))
    # A name that is a person once is a person everywhere in the article (`like Oleg`, `Oleg received`).
    known = strong_names | ner_names
    for mention, ner_person in pending:
        if mention.text in known and not _is_outlet(doc, mention.start, mention.end):
            accepted.append(mention)
    seen = {i for m in accepted for i in range(m.start, m.end)}
    surnames = {n.split()[-1] for n in known if len(n.split()) > 1}
    accepted += [m for m in _propagate(doc, {n for n in known | surnames if len(n) > 2}, seen, boilerplate)
                 if m.text not in teams]
    accepted = _dedupe(accepted)

    entries = _group(accepted)
    entries.sort(key=lambda e: min(m.start for m in e.mentions))
    pronouns = _pronoun_gender(doc, entries)
    people = []
    for k, entry in enumerate(entries):
        people.append(_person(doc, f"p{k + 1}", entry, pronouns.get(k)))
    return people


def _dedupe(mentions: list[_Mention]) -> list[_Mention]:
    out: dict[tuple[int, int], _Mention] = {}
    for m in mentions:
        out.setdefault((m.start, m.end), m)
    return sorted(out.values(), key=lambda m: m.start)


def _person(doc: Doc, pid: str, entry: _Entry, pronoun_gender: str | None) -> Person:
    name = entry.name
    mentions = sorted(entry.mentions, key=lambda m: m.start)
    forms = list(dict.fromkeys(m.text for m in mentions))
    descriptors = list(dict.fromkeys(d for m in mentions for d in m.descriptors))
    genders = {m.gender for m in mentions if m.gender}
    gender = genders.pop() if len(genders) == 1 else None
    spans = []
    for m in mentions:
        start = doc[m.start].idx
        spans.append(Span(start=start, end=start + len(m.text), text=m.text))
    return Person(
        id=pid,
        name=name,
        aliases=[f for f in forms if f != name],
        mentions=spans,
        age=next((m.age for m in mentions if m.age is not None), None),
        descriptors=descriptors,
        role=next((m.role for m in mentions if m.role), None),
        origin=next((m.origin for m in mentions if m.origin), None),
        gender=gender or pronoun_gender,
    )


def name_span(ent: SpacySpan) -> tuple[SpacySpan, SpacySpan | None]:
    """The entity without leading titles and trailing possessive; and the title span if any."""
    title_start, start, end = _bare(ent.doc, ent.start, ent.end)
    name = ent.doc[start:end]
    title = ent.doc[title_start:start] if start > title_start else None
    return name, title


EXTRACTOR = Extractor(provides="people", needs=(), run=extract_people)
