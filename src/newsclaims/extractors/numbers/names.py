"""Numerals inside names are no figures: `Six Nations`, `Channel 4`, `BBC Two`, `Radio 1`, `Formula One`,
`Boeing 737-800`, `PlayStation 2`, `100% Homegrown`.

Decided from the parse and NER, never from lists of names: the numeral sits in a named entity with
other words, or it is written like a name (a capitalised number word inside a sentence), or it stands
next to a proper noun it does not count (`Channel 4`; `4 Chelsea fans` counts fans). In a line written
in title case (`Storm Kills Three In Texas`) capitals tell nothing, so none of this applies there.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsclaims.extractors.numbers.model import Candidate
from newsclaims.lexicon.numbers import (
    MONTHS,
    NOT_NAME_LABELS,
    NUMERIC_LABELS,
    ONES,
    SCALE_WORDS,
    TENS,
    WEEKDAYS,
)
from newsclaims.pipeline.tokens import entity_of, np_head

_NAME_SHAPE = re.compile(r"[^\W\d_][\w&.'’-]*")
"""Letters first, then letters, digits or the marks inside names (`S&P`, `O'Neill`, `Coca-Cola`)."""
_TITLE_WINDOW = 8
"""Tokens either side of a figure looked at to tell a title-case line."""


def in_name(doc: Doc, cand: Candidate) -> bool:
    """The figure's numeral is part of a proper name, so no figure."""
    if cand.category not in ("count", "percent") or cand.qualifier or len(cand.numerals) > 2:
        return False
    token = doc[cand.numerals[0].start]
    if cand.unit is None and _in_name_entity(doc, token, cand):
        return True
    if _title_case(doc, cand):
        return False
    if cand.numerals[0].word:
        return cand.unit is None and len(cand.numerals) == 1 and _capitalised_number_word(doc, cand, token)
    return _after_a_name(doc, cand) or _before_a_name(doc, cand)


def _in_name_entity(doc: Doc, token: Token, cand: Candidate) -> bool:
    """`PlayStation 2`, `Radio 1`, `Windows 95`: the entity holding the numeral has other words besides
    numbers. When they all follow the numeral and it modifies a plural (`20 Serie A appearances`,
    `1,688 Russians`), it is a count."""
    if token.ent_type_ in NUMERIC_LABELS or not token.ent_type_:
        return False  # a NORP entity holding a numeral is a name NER mislabelled (`Windows 95`)
    ent = entity_of(token)
    if ent is None:
        return False
    words = [t for t in ent if t.is_alpha and t.lower_ not in ONES and t.lower_ not in TENS
             and t.lower_ not in SCALE_WORDS and not cand.start <= t.i < cand.end]
    if not words:
        return False
    if any(t.i < cand.start for t in words):
        return True
    head = np_head(_root(doc, cand).head)
    return not (head.i >= cand.end and head.tag_ in ("NNS", "NNPS"))


def _name_word(token: Token) -> bool:
    """A word written as a name: letters with a capital (`BBC`, `iPhone`, `S&P`), neither a month nor a
    day, nor a date, a nationality or another figure."""
    return (_NAME_SHAPE.fullmatch(token.text) is not None and not token.is_lower
            and token.lower_ not in MONTHS and token.lower_ not in WEEKDAYS
            and token.ent_type_ not in NOT_NAME_LABELS)


def _capitalised_number_word(doc: Doc, cand: Candidate, token: Token) -> bool:
    """`the Six Nations`, `Formula One`, `BBC Two`, `Five Live`, `Fantastic Four`: a capitalised number
    word inside a sentence, after or before a capitalised word. After a colon, a quote or a bracket
    it may open a sentence."""
    if not token.text[:1].isupper() or token.is_sent_start or token.i == 0:
        return False
    prev = doc[token.i - 1]
    if prev.is_punct and prev.text not in (",", ";", "&") or prev.is_space or "\n" in prev.whitespace_:
        return False  # after `:`, a quote, a bracket or a line break a sentence may start
    nxt = doc[cand.end] if cand.end < len(doc) else None
    if token.ent_iob_ == "I" and prev.ent_iob_ in ("B", "I"):
        return True  # one entity with the word before it: `Fantastic Four`
    if prev.lower_ in ("of", "'s", "’s") and token.i > 1 and _name_word(doc[token.i - 2]) \
            and not doc[token.i - 2].is_sent_start:
        return True  # `the Group of Eight`, `Ocean's Twelve`
    return (_name_word(prev) and not prev.is_sent_start) or (nxt is not None and _name_word(nxt) and
                                                             not nxt.is_sent_start)


def _after_a_name(doc: Doc, cand: Candidate) -> bool:
    """`Channel 4`, `FTSE 100`, `Boeing 737-800`: digits right after a proper noun. `Iraq 50 people`
    is a count: a figure that counts a noun after a place or a person's name stays one."""
    if cand.unit is not None or cand.start == 0:
        return False
    if len(cand.numerals) == 2 and doc[cand.numerals[1].start - 1].text != "-":
        return False  # `Boeing 737-800`, but not `Leeds 2 to 3`
    prev = doc[cand.start - 1]
    named = prev.pos_ == "PROPN" and prev.tag_ != "NNPS" or _opening_name(doc, prev, cand)
    if not (named and _name_word(prev)) or prev.whitespace_ != " ":
        return False  # `the Tories 197`: a plural name is a group, the figure its count
    counts = _counted_noun(doc, cand)
    return counts is None or prev.ent_type_ in ("ORG", "PRODUCT", "FAC", "EVENT", "WORK_OF_ART", "LAW")


def _opening_name(doc: Doc, prev: Token, cand: Candidate) -> bool:
    """`Shrek 2 took ...`: a capitalised word opening the sentence, which the tagger calls a common noun
    when it does not know the name, is one when the figure after it ends the phrase (a verb or `and`
    follows): a figure stands before what it counts."""
    nxt = doc[cand.end] if cand.end < len(doc) else None
    return prev.is_sent_start and prev.tag_ == "NN" and nxt is not None and nxt.pos_ in ("VERB", "AUX", "CCONJ")


def _before_a_name(doc: Doc, cand: Candidate) -> bool:
    """`100% Homegrown`, `5 Live`: the figure modifies a singular proper noun, not a thing it counts
    (`300 Labour MPs`, `1,688 Russians`, `3 Oscars` are counts)."""
    head = _root(doc, cand).head
    if head.i < cand.end or head.i - cand.end > 2 or np_head(head).tag_ != "NNP":
        return False  # `20 Serie A appearances` counts appearances, `25 nation EU` nations
    return head.tag_ == "NNP" and _name_word(head) and not head.is_sent_start and not any(
        t.is_punct for t in doc[cand.end:head.i])


def _root(doc: Doc, cand: Candidate) -> Token:
    """The figure's last token whose head lies outside it."""
    span = doc[cand.start:cand.end]
    return next((t for t in reversed(span) if not cand.start <= t.head.i < cand.end), span[-1])


def _counted_noun(doc: Doc, cand: Candidate) -> Token | None:
    """The common noun after the figure that it counts (`50 people`), if any."""
    head = _root(doc, cand).head
    if head.i >= cand.end and head.pos_ == "NOUN" and head.i - cand.end < 4:
        return head
    return None


def _title_case(doc: Doc, cand: Candidate) -> bool:
    """The figure stands in a line written in title case: every content word of its sentence near it is
    capitalised (`Storm Kills Three In Texas`). A bounded window, so the cost does not grow with the
    sentence."""
    lo = cand.start
    while lo > max(0, cand.start - _TITLE_WINDOW) and not doc[lo].is_sent_start:
        lo -= 1
    hi = cand.end
    while hi < min(len(doc), cand.end + _TITLE_WINDOW) and not doc[hi].is_sent_start:
        hi += 1
    words = [t for t in doc[lo:hi]
             if t.is_alpha and len(t) > 3 and not t.is_stop and not cand.start <= t.i < cand.end]
    return len(words) >= 2 and all(t.text[:1].isupper() for t in words)
