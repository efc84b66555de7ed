"""Figures made of two numerals: ranges (`7 to 8,000`, `between 20 and 30`, `$5-10 million`, with the
magnitude and unit carried across), proportions (`four in 10`), compound measures (`6 ft 2 in`),
opposite bounds (`more than 30 and less than 50`), `2 dollars and 50 cents`, dimensions (`10 x 12 feet`)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from newsclaims.extractors.numbers.ages import age_suffix
from newsclaims.extractors.numbers.change import change_of, is_change_word
from newsclaims.extractors.numbers.digits import read_numeral
from newsclaims.extractors.numbers.model import Candidate, joined, lower_at
from newsclaims.extractors.numbers.units import simple, unit_at
from newsclaims.lexicon.numbers import (
    COMPOUND_UNITS,
    CURRENCY_PREFIXES,
    DIMENSION_CONNECTORS,
    PROPORTION_BASES,
    RANGE_CONNECTORS,
)

_PHONE = re.compile(r"\d{3}-\d{4}")


def _carry(low: Candidate, high: Candidate) -> float:
    """The low end's value once the high end's magnitude is carried across (`7 to 8,000`)."""
    lo_num, hi_num = low.numerals[0], high.numerals[-1]
    value = lo_num.value
    if hi_num.scale > 1 and lo_num.scale == 1 and value * hi_num.scale < hi_num.value:
        return value * hi_num.scale
    lo_digits = lo_num.digits or (str(int(value)) if lo_num.word and value.is_integer() and value > 0 else None)
    if lo_digits and hi_num.digits and "," in hi_num.digits and "," not in lo_digits and "." not in lo_digits:
        lead = hi_num.digits.split(",")[0]
        if len(lead) == len(lo_digits):
            carried = value * 1000 ** hi_num.digits.count(",")
            if carried < hi_num.value:
                return carried
    return value


def _between_before(doc: Doc, start: int) -> bool:
    """`between the ages of 18 and 29`: `between` a few words before, with no punctuation in between."""
    for k in range(start - 1, max(-1, start - 5), -1):
        if doc[k].lower_ == "between":
            return True
        if doc[k].is_punct:
            return False
    return False


def join_range(doc: Doc, first: Candidate) -> Candidate:
    """Join `X to Y`, `X-Y`, `between X and Y`, `from X to Y` into one range."""
    k = first.end
    conn = lower_at(doc, k)
    if first.low is not None or conn not in RANGE_CONNECTORS or k + 1 >= len(doc):
        return first
    before = lower_at(doc, first.start - 1)
    if conn == "and" and before != "between" and not _between_before(doc, first.start):
        return first
    if conn in ("-", "–") and first.numerals[-1].word:
        return first  # `one-two punch`
    if conn == "-" and joined(doc, k - 1) and joined(doc, k) \
            and _PHONE.fullmatch(doc[first.start:k + 2].text):
        return first  # `555-1234`: a phone number
    if conn == "—" and (doc[k - 1].whitespace_ or doc[k].whitespace_):
        return first  # `four in 10 — 38 percent`: an aside, not a range
    if conn in ("till", "until") and before != "from":
        return first
    if before == "from" and conn in ("to", "-", "–") and is_change_word(doc[first.start - 1].head):
        return first  # `rose from 40 to 55 percent`: two levels of one change, not a range
    if conn == "or" and (first.qualifier or lower_at(doc, k + 1) in ("more", "so", "less", "fewer")):
        return first  # `5 or more`, `300 or so` are qualifiers
    if first.category == "age" and first.end - first.numerals[0].end > 1:
        return first  # `5-year-old to 10-year-old` is rare; keep them apart
    second = simple(doc, k + 1)
    if second is None and lower_at(doc, k + 1) in ("minus", "negative"):
        second = simple(doc, k + 2)  # `minus 3 to minus 5 degrees`
    if second is None or second.start != k + 1 or second.low is not None:
        return first
    low = _carry(first, second)
    high = second.value
    if low is not None and high is not None and low < 0 and high < 0 and high < low:
        low, high = high, low  # `minus 3 to minus 5`: the range is -5..-3
    year = first.numerals[0].digits
    if year and re.fullmatch(r"(1[89]|20)\d\d", year) and not first.unit:
        if second.numerals[0].digits and len(second.numerals[0].digits) in (2, 4) and not second.unit:
            return replace(first, end=second.end, numerals=first.numerals + second.numerals)  # `2020-21`
        return first  # `in 2000 to 1.5 million`: a year, then a new figure
    if low is None or high is None or not low < high:
        return first
    if first.unit and second.unit and first.unit != second.unit:
        return first
    if conn == "or" and first.unit and not second.unit:
        return first  # `0.19 percent or 123.89 points`: the same change said two ways
    if conn == "to" and before != "from" and first.unit and not second.unit and not (
            first.category == "money" and second.numerals[-1].scale > 1 and first.numerals[-1].scale == 1):
        return first  # `fell 0.4 per cent to 13,176`: a change and a level; but `$2 to 3 billion`
    if conn == "to" and before != "from" and first.unit != "percent" and _amount_of_change(doc, first):
        return first  # `crude rose $1.64 to $47.10`: the amount, then the level after
    return Candidate(
        first.start, second.end, low=low, high=high, unit=second.unit or first.unit,
        category=second.category if second.unit else first.category,
        numerals=first.numerals + second.numerals,
        unit_token=second.unit_token or first.unit_token, hyphen_unit=second.hyphen_unit,
    )


def _amount_of_change(doc: Doc, first: Candidate) -> bool:
    """The figure is the amount of a rise or fall (`rose $1.64`), so a `to` after it gives the new level."""
    change = change_of(doc, first)
    return change is not None and change.role == "amount"


def proportion(doc: Doc, first: Candidate) -> Candidate | None:
    """`four in 10`, `one in five`, `nine out of ten`: a proportion, valued as a percentage."""
    if first.unit or first.category != "count" or first.low is not None or len(first.numerals) != 1:
        return None
    k = first.end
    if lower_at(doc, k) == "in":
        k += 1
    elif lower_at(doc, k) == "out" and lower_at(doc, k + 1) == "of":
        k += 2
    else:
        return None
    if k >= len(doc) or CURRENCY_PREFIXES.get(doc[k].text):
        return None
    second = read_numeral(doc, k)
    if second is None or second.glued_unit or second.low is not None or first.value is None:
        return None
    if second.digits and re.fullmatch(r"\d{4}", second.digits):
        return None  # `3 in 2020`
    if unit_at(doc, second.end) is not None or age_suffix(doc, second.end):
        return None  # `3 in 10 days`
    if not 0 < first.value < second.value:
        return None
    if lower_at(doc, first.end) == "in" and second.value not in PROPORTION_BASES:
        return None  # `hit 55 in 60 balls`: a count and a second count, not a proportion
    return Candidate(first.start, second.end, value=100 * first.value / second.value, unit="percent",
                     category="percent", numerals=first.numerals + [second])


def compound_measure(doc: Doc, first: Candidate) -> Candidate:
    """`6 ft 2 in`, `5 feet 11 inches`, `2 hours 30 minutes`: one measure in the larger unit."""
    sub = COMPOUND_UNITS.get(first.unit or "")
    if sub is None or first.value is None or first.low is not None or first.end >= len(doc):
        return first
    sub_unit, factor = sub
    numeral = read_numeral(doc, first.end)
    if numeral is None or not numeral.digits and not numeral.word or numeral.glued_unit or numeral.low is not None:
        return first
    if not 0 <= numeral.value < factor:
        return first
    end = numeral.end
    unit = unit_at(doc, end)
    if unit is not None and unit[1] == sub_unit:
        end = unit[0]
    elif sub_unit == "inch" and (lower_at(doc, end) == "in" or unit is None):
        end = end + 1 if lower_at(doc, end) == "in" else end  # `6 ft 2 in`, `5 ft 11`
    elif sub_unit == "cm" and unit is None and numeral.digits and numeral.digits.isdigit():
        pass  # `1 metre 80`
    else:
        return first
    if lower_at(doc, end) in ("and",) or end < len(doc) and doc[end].pos_ == "NOUN" and unit is None:
        return first
    return replace(first, end=end, value=first.value + numeral.value / factor,
                   numerals=first.numerals + [numeral])


def _bound_pair(doc: Doc, prev: Candidate, cand: Candidate) -> Candidate | None:
    """`more than 30 and less than 50` / `under 50 but over 30`: opposite bounds joined into one range."""
    if prev.low is not None or cand.low is not None or prev.vague or cand.vague or not cand.qualifier:
        return None
    if prev.value is None or cand.value is None or {prev.bound, cand.bound} != {"lower", "upper"}:
        return None
    low, high = (prev, cand) if prev.bound == "lower" else (cand, prev)
    if not low.value < high.value or (prev.unit and cand.unit and prev.unit != cand.unit):
        return None
    between = [t.lower_ for t in doc[prev.end:cand.start]]
    qualifier = cand.qualifier.split()
    if between[-len(qualifier):] != qualifier or between[:-len(qualifier)] not in (["and"], ["but"], [","]):
        return None
    return Candidate(prev.start, cand.end, low=low.value, high=high.value, unit=cand.unit or prev.unit,
                     category=cand.category if cand.unit else prev.category,
                     qualifier=f"{prev.qualifier} ... {cand.qualifier}",
                     numerals=prev.numerals + cand.numerals, unit_token=cand.unit_token or prev.unit_token)


def merge_bounds(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Join neighbours that are one figure: opposite bounds, and `2 dollars and 50 cents`."""
    merged: list[Candidate] = []
    for cand in found:
        prev = merged[-1] if merged else None
        pair = _bound_pair(doc, prev, cand) if prev is not None else None
        if pair is not None:
            merged[-1] = pair
            continue
        if (prev is not None and cand.unit == "cent" and prev.category == "money" and prev.value is not None
                and cand.value is not None and [t.lower_ for t in doc[prev.end:cand.start]] == ["and"]
                and prev.unit not in ("cent", None)):
            merged[-1] = replace(prev, end=cand.end, value=prev.value + cand.value / 100)
            continue
        if (prev is not None and prev.unit is None and prev.category == "count" and cand.category == "measure"
                and [t.lower_ for t in doc[prev.end:cand.start]] in ([w] for w in DIMENSION_CONNECTORS)):
            merged[-1] = replace(prev, unit=cand.unit, category="measure")  # `10 x 12 feet`: both in feet
        merged.append(cand)
    return merged
