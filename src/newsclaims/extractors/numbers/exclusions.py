"""Numerals that are no figures: years and dates (`Sept. 21, 2019`), clock times, identifiers
(`Article 5`, `MH-17`, `100 Haven Avenue`, phone numbers), names (`Radio Four`), `one` as a pronoun,
and scores and tallies (`won 3-1`, `a 5-to-4 vote`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsclaims.extractors.numbers.ages import age_suffix
from newsclaims.extractors.numbers.model import Candidate, Numeral, joined, lower_at
from newsclaims.extractors.numbers.names import in_name
from newsclaims.lexicon.numbers import (
    CLOCK_PREPOSITIONS,
    CLOCK_WORDS,
    IDENTIFIER_NOUNS,
    IDENTIFIERS_WHEN_CAPITALISED,
    MONTHS,
    ONE_TIME_ADVERBS,
    ONES,
    RELATIVE_DATE_WORDS,
    SCORE_WORDS,
    STREET_WORDS,
    TENS,
    TIME_UNITS,
    YEAR_PREPOSITIONS,
)
from newsclaims.pipeline import text_of

_SCORE = re.compile(r"(\d{1,3})(?:[-–]|[-–]to[-–]|(?P<spaced> to ))(\d{1,3})(?!\d|[,.]\d|%|[-–]\w)")
_DAY_OR_YEAR = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|0[1-9]|\d{4}")
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_CLOCK = re.compile(r"^\d{1,2}[.:]\d{2}$")


def _is_year(doc: Doc, cand: Candidate) -> bool:
    """A four-digit figure from 1000 to 2100 is a year when a month, NER or a possessive says so, or
    nothing says it counts: a plural noun it counts (`2000 people`), a bound (`above 1000`), NER calling
    it a cardinal outside a year's prepositions, or a partner no year could be (`1000-5000`)."""
    plain = [n for n in cand.numerals
             if n.digits and re.fullmatch(r"\d{4}", n.digits) and 1000 <= n.value <= 2100]
    if not plain or cand.low is not None and (len(plain) < len(cand.numerals) or not 1000 <= cand.low):
        return False  # `1000-5000`; but `2020-21` is a season
    for numeral in plain:
        token = doc[numeral.start]
        if _month_before(doc, numeral.start) or token.ent_type_ == "DATE" \
                or lower_at(doc, numeral.end) in ("'s", "’s"):
            return True
        head = token.head
        if token.dep_ in ("compound", "nummod", "amod", "nmod") and head.i > token.i \
                and head.tag_ in ("NN", "NNP"):
            return True  # `her 2000 Senate campaign`, `the 2016 candidate`: a year naming a thing
        after_year_word = lower_at(doc, cand.start - 1) in YEAR_PREPOSITIONS
        counts_noun = (token.dep_ == "nummod" and head.i > token.i and head.tag_ in ("NNS", "NNPS")
                       and not after_year_word)
        bounded = cand.qualifier is not None and cand.bound in ("lower", "upper")
        cardinal = token.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY") and not after_year_word
        if not (counts_noun or bounded or cardinal):
            return True
    return False


def _month_before(doc: Doc, i: int) -> bool:
    """`Sept. 21`, `Sept, 21`, `Sept. 9, 2013`: a month (and day) right before token i.

    Only a day (1-31) or a year can follow a month: `In March, 40,000 refugees` is a count.
    """
    if not 0 <= i < len(doc) or not _DAY_OR_YEAR.fullmatch(doc[i].text):
        return False
    if lower_at(doc, i - 1) in MONTHS:
        return True
    if lower_at(doc, i - 1) in (",", ".") and lower_at(doc, i - 2) in MONTHS:
        # `In May, 20 people died`: a count of a plural noun, not the 20th
        return not (lower_at(doc, i - 1) == "," and i + 1 < len(doc) and doc[i + 1].tag_ in ("NNS", "NNPS"))
    return (lower_at(doc, i - 1) == "," and doc[i - 2].is_digit and len(doc[i - 2]) <= 2 and i >= 3
            and (lower_at(doc, i - 3) in MONTHS or lower_at(doc, i - 3).rstrip(",") in MONTHS))


def _is_date_or_time(doc: Doc, cand: Candidate) -> bool:
    first, last = cand.numerals[0], cand.numerals[-1]
    before, after = lower_at(doc, cand.start - 1), lower_at(doc, cand.end)
    if _month_before(doc, cand.start):
        return True
    if after in MONTHS or (after == "of" and lower_at(doc, cand.end + 1) in MONTHS):
        return True
    if first.digits and _HHMM.fullmatch(first.digits) and after in CLOCK_WORDS | {"slot"}:
        return True  # `the 2300 slot`, `0800 GMT`: a 24-hour clock time
    if before in ("past", "to") and lower_at(doc, cand.start - 2) in ("half", "quarter") \
            and first.value <= 12:
        return True  # `half past ten`, `quarter to six`
    if after in CLOCK_WORDS and after not in ("hours",):
        return True
    if after == "hours" and _CLOCK.match(doc[last.start].text):
        return True
    if first.digits and _CLOCK.match(first.digits.replace(",", ".")) and "." in first.digits:
        if doc[first.start].ent_type_ == "TIME" or before in CLOCK_PREPOSITIONS:
            return True
    if cand.unit in TIME_UNITS and after in RELATIVE_DATE_WORDS - {"since", "before", "after"}:
        return True
    if cand.unit in TIME_UNITS and after == "from" and lower_at(doc, cand.end + 1) == "now":
        return True
    return False


def _is_identifier(doc: Doc, cand: Candidate) -> bool:
    first = cand.numerals[0]
    token = doc[first.start]
    after = lower_at(doc, cand.end)
    if token.is_sent_start and after in (")", ".") and first.digits and first.digits.isdigit() \
            and len(cand.numerals) == 1 and cand.unit is None:
        return True  # list markers `1)`, `2.`
    if cand.end < len(doc) and doc[cand.end].pos_ == "PROPN" and doc[cand.end].text[:1].isupper():
        k = cand.end
        while k < len(doc) and doc[k].pos_ == "PROPN" and k - cand.end < 4:
            if doc[k].lower_.rstrip(".") in STREET_WORDS:
                return True  # `100 Haven Avenue`
            k += 1
    if first.digits and re.fullmatch(r"\d{5}", first.digits) and lower_at(doc, cand.start - 1) == "," \
            and doc[cand.start - 2].pos_ == "PROPN":
        return True  # `New York, NY, 10032`
    if first.digits and re.fullmatch(r"0\d+", first.digits) or re.fullmatch(r"0\d+", after):
        return True  # `0199`: a code or phone number, not a count
    if first.digits and first.digits.isdigit() and _after_a_code(doc, cand.start):
        return True  # `0800 123 456`: the groups after a leading zero
    prev = doc[cand.start - 1] if cand.start > 0 else None
    if prev is not None and prev.text == "." and cand.start >= 2 and doc[cand.start - 2].lower_ in ("no", "nos", "vol"):
        return True
    if prev is not None and prev.lower_ in IDENTIFIER_NOUNS:
        if prev.lower_ in IDENTIFIERS_WHEN_CAPITALISED and not prev.text[:1].isupper():
            return False
        return True
    if prev is not None and prev.text in ("-", "–") and not prev.whitespace_ and cand.start >= 2 \
            and (doc[cand.start - 2].is_alpha or doc[cand.start - 2].is_digit) \
            and not doc[cand.start - 2].whitespace_ \
            and doc[cand.start - 2].lower_ not in ONES and doc[cand.start - 2].lower_ not in TENS:
        return True  # `MH-17`, `Su-35`, the `1234` of `555-1234`
    if lower_at(doc, cand.end) == "-" and joined(doc, cand.end - 1) and joined(doc, cand.end) \
            and doc[cand.end + 1].is_digit and cand.low is None:
        return True  # the `555` of `555-1234`: a range would have been joined
    if prev is not None and prev.like_url:
        return True
    if cand.end < len(doc) and joined(doc, cand.end - 1) and doc[cand.end].is_alpha and cand.unit is None:
        return True  # `5G`, `737MAX`: glued to letters that are not a unit
    return False


def _after_a_code(doc: Doc, i: int) -> bool:
    """Token i follows a run of digit groups, separated by single spaces, that starts with a zero or a `+`."""
    k = i - 1
    while k >= 0 and k >= i - 4 and doc[k].whitespace_ == " " and re.fullmatch(r"\+?\d{2,5}", doc[k].text):
        if doc[k].text[0] in "0+":
            return True
        k -= 1
    return False


def _is_pronoun_one(doc: Doc, cand: Candidate) -> bool:
    """`one of the few`, `one man`, `no one`: `one` without a unit, qualifier or partner numeral."""
    numeral = cand.numerals[0]
    if len(cand.numerals) > 1 or cand.unit or cand.category != "count":
        return False
    if not (numeral.word and numeral.end - numeral.start == 1 and doc[numeral.start].lower_ == "one"):
        return False
    nxt = doc[cand.end + 1] if cand.end + 1 < len(doc) else None
    if lower_at(doc, cand.end) in ("or", "to") and nxt is not None and (nxt.lower_ in ONES or nxt.lower_ in TENS
                                                                       or nxt.is_digit):
        return False  # `one or two`
    return not cand.qualifier or lower_at(doc, cand.start - 2) in ("the", "this", "that", "which")


def _plain_int(numeral: Numeral) -> bool:
    return bool(numeral.digits) and numeral.digits.isdigit() and len(numeral.digits) <= 3


def score(doc: Doc, first: Candidate) -> Candidate | None:
    """`won 3-1`, `a 5-to-4 vote`, `voted 52-48`: a score or tally, one excluded span, not two counts.

    A hyphen pair whose first figure is not smaller cannot be a range, so it is a score; a rising pair
    (`lost 1-3`) is a score only next to a word of winning, losing or voting.
    """
    numeral = first.numerals[0]
    if first.unit or len(first.numerals) != 1 or not _plain_int(numeral) or numeral.low is not None:
        return None
    start_char = doc[numeral.start].idx
    match = _SCORE.match(text_of(doc), start_char)
    if match is None:
        return None
    end = next((t.i + 1 for t in doc[numeral.start:numeral.start + 5] if t.idx + len(t) == match.end()), None)
    if end is None or lower_at(doc, end) in ("-", "–") or age_suffix(doc, end):
        return None
    a, b = int(match.group(1)), int(match.group(3))
    lo = max(0, numeral.start - 8)
    floor = next((k for k in range(numeral.start, lo, -1) if doc[k].is_sent_start), lo)
    window = doc[floor:min(len(doc), end + 2)]  # up to 8 words back, within the sentence
    if match.group("spaced") and a < b or lower_at(doc, first.start - 1) in ("from", "between"):
        return None  # `from 0 to 100`: a range
    if (a < b or match.group("spaced")) and not any(t.lemma_.lower() in SCORE_WORDS or t.lower_ in SCORE_WORDS for t in window):
        return None
    return Candidate(first.start, end, category="score", numerals=[numeral])


def excluded(doc: Doc, cand: Candidate) -> bool:
    if cand.vague:
        return False
    if cand.category == "score":
        return True
    if cand.category in ("count",) and cand.unit is None:
        if _is_year(doc, cand) or _is_identifier(doc, cand) or _is_pronoun_one(doc, cand):
            return True
    if in_name(doc, cand):
        return True
    if cand.category in ("count", "measure") and _is_date_or_time(doc, cand):
        return True
    first = doc[cand.start]
    if first.lower_ == "one" and first.is_sent_start and cand.end - cand.start == 2 \
            and lower_at(doc, cand.end - 1) in ONE_TIME_ADVERBS:
        return True  # `One day I will go`: an adverb of time, not a duration
    return False
