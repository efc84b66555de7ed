"""Numerals written in words: compounds (`twenty-five`, `one hundred and five`), scales (`two million`,
`a dozen`, `half a million`), decimals (`zero point five`), halves (`one and a half`) and fractions
(`two thirds`, `a quarter of a million`, `half the money`)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsclaims.extractors.numbers.model import Numeral, joined, lower_at
from newsclaims.lexicon.numbers import (
    DENOMINATORS,
    FRACTION_INTRODUCERS,
    HALF_DETERMINERS,
    ONES,
    ORDINAL_WORDS,
    SCALE_WORDS,
    STANDALONE_FRACTION_STOPS,
    TENS,
    UNITS,
)


def words_numeral(doc: Doc, i: int) -> Numeral | None:
    """`twenty-five`, `two million`, `one hundred and five`, `a dozen`, `half a million`, `two thirds`."""
    total, current, prev, j, n = 0.0, 0.0, None, i, len(doc)
    scale = 1.0
    start_word = lower_at(doc, i)
    if start_word in ("a", "an") and DENOMINATORS.get(lower_at(doc, i + 1), 1) > 1 \
            and not lower_at(doc, i + 1).endswith("s") and lower_at(doc, i + 2) == "of":
        value = 1 / DENOMINATORS[lower_at(doc, i + 1)]
        if lower_at(doc, i + 3) in ("a", "an") and lower_at(doc, i + 4) in SCALE_WORDS:
            scale = SCALE_WORDS[lower_at(doc, i + 4)]  # `a quarter of a million`
            return Numeral(i, i + 5, value * scale, scale, word=True)
        return Numeral(i, i + 2, value, word=True)  # `a third of`
    if start_word == "half" and doc[i].tag_ == "PDT" and lower_at(doc, i + 1) in HALF_DETERMINERS:
        return Numeral(i, i + 1, 0.5, word=True)  # `half the money`
    if start_word in ("a", "an") and lower_at(doc, i + 1) == "couple" and lower_at(doc, i + 2) == "of" \
            and lower_at(doc, i + 3) not in SCALE_WORDS and lower_at(doc, i + 3) != "dozen":
        return Numeral(i, i + 2, 2, word=True)  # `a couple of beers`; `a couple of hundred` is vague
    if start_word == "half" and lower_at(doc, i + 1) == "of" and (i == 0 or doc[i - 1].tag_ not in (
            "DT", "JJ", "JJS", "JJR", "PRP$", "POS") and lower_at(doc, i - 1) not in ("first", "second")):
        return Numeral(i, i + 1, 0.5, word=True)
    share = _standalone_fraction(doc, i)
    if share is not None:
        return share
    if start_word in ("a", "an"):
        if lower_at(doc, i + 1) not in SCALE_WORDS and lower_at(doc, i + 1) != "dozen":
            return None
        current, prev, j = 1.0, "a", i + 1
    elif start_word == "half" and lower_at(doc, i + 1) in ("a", "an") and (
            lower_at(doc, i + 2) in SCALE_WORDS or lower_at(doc, i + 2) == "dozen"):
        current, prev, j = 0.5, "a", i + 2
    elif start_word == "half" and lower_at(doc, i + 1) in ("a", "an") and lower_at(doc, i + 2) in UNITS:
        return Numeral(i, i + 2, 0.5, word=True)  # `half an hour`, `half a mile`
    while j < n:
        w = doc[j].lower_
        if w in ONES:
            if prev in ("ones", "tens_ones") or (prev == "tens" and ONES[w] >= 10) or prev == "a":
                break
            current += ONES[w]
            prev = "tens_ones" if prev == "tens" else "ones"
        elif w in TENS:
            if prev in ("ones", "tens", "tens_ones", "a"):
                break
            current += TENS[w]
            prev = "tens"
        elif w in ("-", "–") and prev == "tens" and joined(doc, j - 1) and joined(doc, j) \
                and lower_at(doc, j + 1) in ONES and 0 < ONES[lower_at(doc, j + 1)] < 10:
            pass
        elif w == "hundred":
            if prev in (None, "hundred"):
                break
            current = (current or 1.0) * 100
            scale, prev = 100.0, "hundred"
        elif w in SCALE_WORDS:
            if prev is None:
                break
            total += (current or 1.0) * SCALE_WORDS[w]
            current, scale, prev = 0.0, SCALE_WORDS[w], "scale"
        elif w == "dozen":
            if prev is None:
                break
            current = (current or 1.0) * 12
            prev = "dozen"
        elif w == "point" and prev in ("ones", "tens", "tens_ones") and lower_at(doc, j + 1) in ONES \
                and ONES[lower_at(doc, j + 1)] < 10:
            j += 1
            places = ""
            while j < n and lower_at(doc, j) in ONES and ONES[lower_at(doc, j)] < 10:
                places += str(ONES[lower_at(doc, j)])
                j += 1
            current += float("0." + places)
            prev = "point"
            continue
        elif w == "and" and prev in ("hundred", "scale") and (
                lower_at(doc, j + 1) in ONES or lower_at(doc, j + 1) in TENS):
            prev = "and"
        elif w in ("and", "-", "–") and prev in ("ones", "tens", "tens_ones") \
                and and_fraction(doc, j) is not None:
            part, j = and_fraction(doc, j)  # type: ignore[misc]
            current += part
            prev = "half"
            continue
        else:
            break
        j += 1
    if prev is None or prev in ("and", "a") or j == i:
        return None
    k = j + 1 if lower_at(doc, j) in ("-", "–") and joined(doc, j - 1) else j
    if prev == "tens" and lower_at(doc, k) in ORDINAL_WORDS:
        return None  # `twenty-first`: an ordinal
    value = total + current
    # `two thirds`, `one-third`, `three quarters`
    k = j + 1 if lower_at(doc, j) in ("-", "–") and joined(doc, j - 1) else j
    den = DENOMINATORS.get(lower_at(doc, k))
    if den and prev in ("ones", "tens", "tens_ones") and value < den and not (den == 2 and value > 1):
        plural = lower_at(doc, k).endswith("s")
        if plural == (value > 1) or den == 2:
            return Numeral(i, k + 1, value / den, word=True)
    return Numeral(i, j, value, scale, word=True)


def and_fraction(doc: Doc, j: int) -> tuple[float, int] | None:
    """`and a half`, `and a quarter`, `and three quarters`, `-and-a-half` at token j (the `and`, or the
    hyphen before it): (the fraction, the end of its tokens)."""
    words: list[str] = []
    k = j
    while len(words) < 3 and k < len(doc):
        if doc[k].text in ("-", "–") and joined(doc, k - 1) and joined(doc, k):
            k += 1  # `one-and-a-half`
            continue
        words.append(doc[k].lower_)
        k += 1
    if len(words) < 3 or words[0] != "and":
        return None
    count, word = words[1], words[2]
    den = DENOMINATORS.get(word)
    if den is None:
        return None
    if count in ("a", "an") and not word.endswith("s"):
        return 1 / den, k
    if count in ONES and 1 < ONES[count] < den and word.endswith("s"):
        return ONES[count] / den, k
    return None


def _standalone_fraction(doc: Doc, i: int) -> Numeral | None:
    """`cut by a third`, `rose to half`, `A third said no`: a fraction word that stands for a share by
    itself, after a word that introduces an amount or as a clause's subject. Not `the first half`,
    `a third term`, `half past ten`, `half as many` (a multiplier)."""
    first = lower_at(doc, i)
    if first in ("a", "an"):
        word, end = lower_at(doc, i + 1), i + 2
    elif first == "half":
        word, end = first, i + 1
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and (prev.tag_ in ("DT", "JJ", "JJS", "JJR", "PRP$", "POS", "CD")
                                 or prev.lower_ in ("first", "second", "other", "in")):
            return None
    else:
        return None
    den = DENOMINATORS.get(word)
    if den is None or word.endswith("s"):
        return None
    nxt = doc[end] if end < len(doc) else None
    before = doc[i - 1] if i > 0 else None
    opens = before is None or doc[i].is_sent_start or before.is_punct
    if not (before is not None and before.lower_ in FRACTION_INTRODUCERS
            or opens and nxt is not None and nxt.tag_ in ("VBD", "VBZ", "VBP", "MD")):
        return None  # `slid in a third`, `a third in as many months`: ordinals; `half joking`
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM")
                            or nxt.pos_ == "ADJ" and nxt.ent_type_ != "DATE"
                            or nxt.lower_ in STANDALONE_FRACTION_STOPS
                            or joined(doc, end - 1) and not nxt.is_punct or nxt.text in ("-", "–")):
        return None
    return Numeral(i, end, 1 / den, word=True)
