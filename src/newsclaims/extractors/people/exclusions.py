"""What a name is not: outlets, places, capitalised common nouns, modifiers, big cities; and the
decision that weighs them against NER and the evidence for a person."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsclaims import gazetteer
from newsclaims.extractors.entities.works import AWARD_NOUNS, headline_line
from newsclaims.extractors.people.evidence import Mention, speech_subject
from newsclaims.extractors.people.support import conjuncts
from newsclaims.lexicon.organisations import ORG_INTRODUCERS, OUTLET_HEADS, OUTLETS
from newsclaims.lexicon.people import TITLES
from newsclaims.pipeline.tokens import SUBJECT_DEPS

PLACE_HEADS = frozenset(
    "region regions oblast oblasts province provinces state states city cities town towns village "
    "villages district districts county counties republic border borders crossing area areas".split()
)
"""Nouns that make a preceding name a place: `the Kurgan region`, `Tyumen oblast`."""

_DOMAIN_RE = re.compile(r"\.(?:com|eu|ru|org|net|co|uk|ua|info|news)\b", re.IGNORECASE)


def is_outlet(doc: Doc, start: int, end: int) -> bool:
    """A news outlet or agency: a known one, a web domain, an outlet's last word, or introduced as one."""
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


def place_use(doc: Doc, start: int, end: int, beside: bool = True) -> bool:
    """`the Kurgan and Tyumen regions`, `Kurgan region`: a name modifying a place noun; with `beside`,
    also a name coordinated with a place (`Kurgan and Omsk`)."""
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in PLACE_HEADS:
        return True
    root = doc[start:end].root
    head = root.head
    if beside and root.dep_ == "conj" and head.ent_type_ in ("GPE", "LOC"):
        return True
    if root.dep_ in ("compound", "amod", "conj", "nmod") and head.lower_ in PLACE_HEADS:
        return True
    for child in root.children:
        if beside and child.dep_ == "conj" and child.ent_type_ in ("GPE", "LOC") and child.head.lower_ in PLACE_HEADS:
            return True
    return False


def common_noun_use(doc: Doc, start: int, end: int) -> bool:
    """`Border agents at ...`: one capitalised word at the start of a sentence modifying a plain noun."""
    if end - start != 1:
        return False
    tok = doc[start]
    return tok.is_sent_start and tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN" \
        and tok.head.text[:1].islower()


def modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """`the former Wimbledon champion`: a name used as a modifier of a common noun is not a person's name."""
    last = doc[end - 1]
    nxt = doc[end] if end < len(doc) else None
    return last.dep_ in ("compound", "amod", "nmod") and nxt is not None and nxt.pos_ == "NOUN" \
        and nxt.text[:1].islower()


def in_a_title(doc: Doc, start: int, end: int) -> bool:
    """`Day of the Jackal`: one capitalised word joined by `of the` to another that is no place or
    organisation is part of a longer name (a work), not a person's (`Sampras of the U.S.` is)."""
    if end - start != 1:
        return False

    def other(tok: Token) -> bool:
        return tok.text[:1].isupper() and tok.ent_type_ not in ("GPE", "LOC", "ORG", "NORP", "FAC")

    after = end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ == "the" and other(doc[end + 2]) \
        and (end + 3 >= len(doc) or not doc[end + 3].text[:1].isupper())
    before = start >= 3 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of" \
        and other(doc[start - 3]) and not doc[start - 3].is_sent_start \
        and (start < 4 or not doc[start - 4].text[:1].isupper())
    return after or before


_OPENING = frozenset("'‘\"“")
_CLOSING = frozenset("'’\"”")


def quoted_word(doc: Doc, i: int) -> bool:
    """One word between quotation marks (`sees 'Hope,'`): a word the writer quotes, not a person."""
    before = doc[i - 1].text if i > 0 else ""
    after = [t.text for t in doc[i + 1:i + 3]]
    return before in _OPENING and bool(after) and (after[0] in _CLOSING or after[0] == "," and after[1:2] and after[1] in _CLOSING)


_FUNCTION_WORDS = frozenset("of and the for a an in on to at with by from".split())


def in_a_long_name(doc: Doc, start: int, end: int) -> bool:
    """`Mar Del Sur Lado Bajo`: a name in a run of five capitalised words or more is part of a longer
    name (a song's, a film's) that NER cut short; no person's name runs so long. Titles before it do
    not count (`Deputy Prime Minister Ann Lyle`), nor does a headline line written in title case."""
    def capital(tok: Token) -> bool:  # not a title's `Of`: `The Rise And Fall Of Ann Lyle` names a person
        return tok.is_alpha and tok.is_title and tok.lower_ not in TITLES and tok.lower_ not in _FUNCTION_WORDS

    right = 0
    while end + right < len(doc) and right < 3 and capital(doc[end + right]) \
            and doc[end + right - 1].whitespace_ == " ":
        right += 1
    left = 0
    while start - left > 0 and left < 3 and capital(doc[start - left - 1]) \
            and doc[start - left - 1].whitespace_ == " " and not doc[start - left].is_sent_start:
        left += 1
    if left and start - left > 0 and doc[start - left - 1].lower_ in ("of", "for", "and", "&"):
        left = 0  # the end of an office: `Secretary for Near Eastern Affairs Ann Lyle`
    return (end - start) + left + right >= 5 and left + right >= 2 and not headline_line(doc, start)


def city_not_person(doc: Doc, mention: Mention) -> bool:
    """One word that is the main name of a big city (`Baltimore has won 16 of 22`, `Grozny`) is the
    city or its team unless the text says it is a person."""
    return mention.end - mention.start == 1 and not mention.strong \
        and any(e.kind == "city" and e.population >= 100_000 and e.name == mention.text
                for e in gazetteer.load().candidates(mention.text)) \
        and not speech_subject(doc, mention.start, mention.end)


def accept(doc: Doc, mention: Mention, ner_person: bool) -> bool:
    """Whether one candidate is a person, weighing NER's guess against the evidence for and against."""
    start, end = mention.start, mention.end
    text = mention.text
    if not text or not any(ch.isalpha() for ch in text) or not text[:1].isupper():
        return False
    if is_outlet(doc, start, end) or all(t.lower_.rstrip(".") in TITLES for t in doc[start:end]):
        return False
    if end - start > 5 or any(ch.isdigit() for ch in text):
        return False  # `Benfica 1 Braga`, headline runs: not a name
    if end - start == 1 and (gazetteer.is_demonym(text) or text.casefold().rstrip("s") in AWARD_NOUNS):
        return False  # `Africans`; `the Oscar`: a nationality, an award
    if not mention.strong and end - start == 1 and (quoted_word(doc, start) or start > 0 and doc[start - 1].lower_ == "the"):
        return False  # `sees 'Hope,'`; `the Blues`, `the Premiership`: a word quoted or a name with an article
    if any(e.kind in ("country", "region") and gazetteer.fold(e.name) == gazetteer.fold(text)
           for e in gazetteer.load().candidates(text)):
        return False  # `Austria 8.05` in a results table, `Georgia` as a subject
    if not ner_person and not mention.strong and modifies_noun(doc, start, end):
        return False
    if not mention.strong and in_a_title(doc, start, end):
        return False
    if ner_person:
        if mention.strong:
            return True
        if in_a_long_name(doc, start, end):
            return False
        if city_not_person(doc, mention):
            return False
        # A full name NER calls a person, in a list with other people, stays one beside a word NER
        # misread as a place (`strikes from Osvaldo (2), Marco Ferri, Nando and Pieter Kluyt`).
        listed = [t for c in conjuncts(doc[start:end].root) for t in (c, *c.children) if t is c or t.dep_ == "appos"]
        listed_with_people = end - start > 1 and any(t.ent_type_ == "PERSON" and not start <= t.i < end for t in listed)
        return not place_use(doc, start, end, beside=not listed_with_people) and not common_noun_use(doc, start, end)
    if place_use(doc, start, end) or gazetteer.is_major_place(text):
        return mention.strong and not gazetteer.is_major_place(text)
    if mention.strong:
        return True
    # Speech-verb subjects: only for names NER left unlabelled or misread as a place or nationality;
    # organisations speak too (`Gazprom said`).
    if not speech_subject(doc, start, end) or doc[start].pos_ != "PROPN":
        return False
    if start > 0 and doc[start - 1].lower_ == "the":
        return False  # `the Kremlin said`: institutions take the article, people do not
    return doc[start].ent_type_ != "ORG" or _personal_pronoun_follows(doc, start, end)


def _personal_pronoun_follows(doc: Doc, start: int, end: int) -> bool:
    """`Karin Holt said she would run`: the next subject under the same verb is `he`/`she`, not `it`/`they`."""
    verb = doc[start:end].root.head
    for tok in doc[end: verb.right_edge.i + 1]:
        if tok.dep_ in SUBJECT_DEPS and tok.pos_ == "PRON":
            return tok.lower_ in ("he", "she")
    return False
