"""An organisation's name cut out of what NER or a proper-noun run gives: where it starts and ends.

NER runs names into the words around them (`the Tampa Bay Buccaneers American football team`,
`United board`, `Lib Dem Treasury spokesman`, `Air Force 1st Lt.`) and stops inside others
(`BBC Radio` | `Five Live`); a comma ends a name except in the list of a ministry's fields
(`Department for Culture, Media and Sport`).
"""

from __future__ import annotations

from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsclaims import gazetteer
from newsclaims.lexicon.organisations import (
    NOT_ORG_HEADS,
    ORG_HEAD_KIND,
    PARTIES,
    PARTY_FORMS,
    SEATS_OF_POWER,
)
from newsclaims.lexicon.people import TITLES
from newsclaims.pipeline.matchers import phrase_matcher
from newsclaims.pipeline.tokens import POSSESSIVE

BROADCAST_HEADS = frozenset("radio tv television channel".split())
"""Words after which a station's own name follows: `BBC Radio Five Live`, `BBC Radio 4`."""


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An entity's tokens without a leading article, possessive ending, trailing punctuation, and the
    words NER ran on with: a nationality, a lower-case noun, an ordinal, a title or a portfolio."""
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    for i in range(start + 1, end):
        if doc[i].text == "(" or doc[i].text == "," and not fields_list(doc, start, i, end) \
                or doc[i].text in POSSESSIVE[:2] and i + 1 < end and doc[end - 1].lower_ not in NOT_ORG_HEADS:
            end = i  # `Shanghai Automotive Industry Corporation (SAIC`, `Roma's Olivier Dacourt`, `X, Y`
            break
    while end - start > 1:
        last = doc[end - 1]
        if last.lower_ in TITLES and last.text[:1].isupper() \
                or last.is_alpha and last.text.islower() and last.lower_ not in ORG_HEAD_KIND \
                or any(ch.isdigit() for ch in last.text) and any(ch.isalpha() for ch in last.text) \
                or gazetteer.is_demonym(last.text):
            end -= 1  # `UKIP MEP`, `United board`, `Air Force 1st`, `Tampa Bay Buccaneers American`
        elif last.text in POSSESSIVE or last.is_punct or last.is_space:
            end -= 1
        else:
            break
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, party_before_portfolio(doc, start, end)


def fields_list(doc: Doc, start: int, comma: int, end: int) -> bool:
    """`Department for Culture, Media and Sport`: the comma is inside the list of fields a body's name
    ends with (a `for`/`of` before it, only capitalised words, commas and one `and` after it)."""
    if not any(doc[k].lower_ in ("for", "of") for k in range(start + 1, comma)):
        return False
    rest = doc[comma + 1:end]
    return any(t.lower_ == "and" for t in rest) and all(
        t.text in (",", "and") or t.text[:1].isupper() and t.is_alpha for t in rest)


def party_before_portfolio(doc: Doc, start: int, end: int) -> int:
    """`Lib Dem Treasury spokesman`: a party's name, then the portfolio of the title after it."""
    if end >= len(doc) or doc[end].lower_ not in TITLES or end - start < 2:
        return end
    for k in range(end - 1, start, -1):
        if doc[start:k].text.casefold() in PARTIES or doc[start:k].text.casefold() in PARTY_FORMS:
            return k
    return end


def broadcast_end(doc: Doc, end: int) -> int:
    """`BBC Radio` `Five Live`, `BBC Radio` `4`: a station's name NER stopped after `Radio`."""
    if end >= len(doc) or doc[end - 1].lower_ not in BROADCAST_HEADS:
        return end
    k = end
    while k < len(doc) and k < end + 2 and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].like_num) \
            and doc[k - 1].whitespace_:
        k += 1
    return k


def fields_end(doc: Doc, start: int, end: int) -> int:
    """`the Department for Culture` `, Media and Sport`: NER's name stopped at the comma of the list
    of fields it ends with; the end of the list."""
    if end >= len(doc) or doc[end].text != "," or not any(t.lower_ in ("for", "of") for t in doc[start:end]):
        return end
    k = end
    while k + 1 < len(doc) and doc[k].text in (",", "and") and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha:
        k += 2
        if doc[k - 2].text == "and":
            return k
    return end


@cache
def named_phrases(vocab: Vocab) -> PhraseMatcher:
    """Parties and seats of power of more than one word (`Liberal Democrat`, `No 10`), which NER
    splits or misses; labelled with their kind."""
    return phrase_matcher(vocab, "LOWER", {
        "party": [tuple(f.split()) for f in PARTY_FORMS if " " in f],
        "government": [tuple(s.split()) for s in SEATS_OF_POWER | {"no 10", "no. 10"} if " " in s],
    })
