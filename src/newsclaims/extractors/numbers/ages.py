"""Ages: `-year-old`, `aged 29`, `kids under 5`, `retired at 65`, `my daughter is 7`, `turned 70`,
`Marta, 41,`, decades of life (`in his late 20s`, `a 30-something`) and age groups (`over-65s`)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsclaims.extractors.numbers.model import Candidate, Numeral, joined, lower_at
from newsclaims.lexicon.numbers import (
    AGE_BOUNDS,
    AGE_PREFIXES,
    AGE_UNITS,
    AGE_VERBS,
    APPOSITION_AGE_MAX,
    APPOSITION_AGE_MIN,
    DECADE_PARTS,
    DECADE_WORDS,
    POSSESSIVES,
    QUALIFIERS,
    stated_age,
)
from newsclaims.lexicon.people import PERSON_NOUNS
from newsclaims.pipeline.tokens import SUBJECT_DEPS

_DECADE = re.compile(r"(?:(early|mid|late)-)?(\d0|teens|twenties|thirties|forties|fifties|sixties|seventies"
                     r"|eighties|nineties)('?s)?")
_AGE_GROUP = re.compile(r"^(over|under)-(\d{1,3})s$")  # `over-65s`, `under-18s`


def age_suffix(doc: Doc, i: int) -> tuple[int, str] | None:
    """`-year-old`, ` years old`, `-years-old`, ` years of age`, `-month-old` starting at token i."""
    j = i + 1 if lower_at(doc, i) in ("-", "–") else i
    unit = AGE_UNITS.get(lower_at(doc, j))
    if unit is None:
        return None
    j += 1
    if lower_at(doc, j) in ("-", "–"):
        j += 1
    if lower_at(doc, j) in ("old", "olds"):
        return j + 1, unit
    if lower_at(doc, j) == "of" and lower_at(doc, j + 1) == "age":
        return j + 2, unit
    return None


def age_prefix(doc: Doc, cand: Candidate) -> Candidate:
    """`aged 29`, `age 65`, `ages 18 to 25`: the prefix makes it an age and joins the span."""
    if cand.category != "count":
        return cand
    if lower_at(doc, cand.start - 1) in AGE_PREFIXES:
        return replace(cand, start=cand.start - 1, unit="year", category="age")
    prev = doc[cand.start - 1] if cand.start > 0 else None
    if prev is not None and prev.lower_ in AGE_BOUNDS and cand.start > 1 and cand.unit is None and (
            doc[cand.start - 2].lower_ in AGE_PREFIXES or is_person_noun(doc[cand.start - 2])) and cand.value is not None \
            and stated_age(cand.value) and (cand.end >= len(doc) or doc[cand.end].tag_ not in ("NNS", "NNPS")):
        return replace(cand, unit="year", category="age")  # `kids under 5`, `aged over 65`
    if prev is not None and prev.lower_ == "at" and prev.head.lemma_.lower() in AGE_VERBS and cand.value is not None \
            and stated_age(cand.value) and cand.low is None and (cand.end >= len(doc) or doc[cand.end].pos_ not in (
                "NOUN", "PROPN")):
        return replace(cand, unit="year", category="age")  # `he retired at 65`
    if lower_at(doc, cand.end) in ("-", "–") and lower_at(doc, cand.end + 1) == "something" and cand.value is not None \
            and cand.value in (20, 30, 40, 50, 60, 70, 80, 90) and joined(doc, cand.end - 1):
        return replace(cand, end=cand.end + 2, value=None, low=cand.value, high=cand.value + 9, unit="year",
                       category="age", bound="approximate")  # `a 30-something banker`
    if _is_copula_age(doc, cand):
        return replace(cand, unit="year", category="age")  # `my daughter is 7`, `she is twenty-one`
    if prev is not None and prev.lemma_.lower() == "turn" and prev.pos_ in ("VERB", "AUX") and (
            cand.end >= len(doc) or doc[cand.end].pos_ not in ("NOUN", "PROPN")) and cand.low is None:
        return replace(cand, unit="year", category="age")  # `she turned 70 on Friday`
    if lower_at(doc, cand.start - 1) == "of" and lower_at(doc, cand.start - 2) in ("age", "ages"):
        return replace(cand, unit="year", category="age")  # `at the age of 30`
    if lower_at(doc, cand.start - 1) in ("between", "from") and lower_at(doc, cand.start - 2) in AGE_PREFIXES:
        return replace(cand, unit="year", category="age")
    return cand


def _is_copula_age(doc: Doc, cand: Candidate) -> bool:
    """A bare figure a person `is`: `My son is 5.`, `She is twenty-one.`"""
    if cand.unit or cand.end < len(doc) and doc[cand.end].pos_ in ("NOUN", "PROPN", "ADJ"):
        return False
    if lower_at(doc, cand.end) in ("of", "who", "that") or doc[cand.start].lower_ == "one":
        return False  # `he is one of the few`, `the only one who stayed`
    values = (cand.value,) if cand.low is None else (cand.low, cand.high)
    if any(v is None or not stated_age(v) for v in values):
        return False
    token = doc[cand.numerals[-1].end - 1]
    if token.dep_ not in ("attr", "acomp") or token.head.lemma_.lower() != "be":
        return False
    subject = next((c for c in token.head.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and (subject.lower_ in ("he", "she") or subject.ent_type_ == "PERSON"
                                    or is_person_noun(subject))


def is_person_noun(token: Token) -> bool:
    """`woman`, `Kids` (a proper-noun lemma at a sentence start), `patients`."""
    words = (token.lemma_.lower(), token.lower_, token.lower_[:-1] if token.lower_.endswith("s") else "")
    return any(w in PERSON_NOUNS for w in words)


def is_age_apposition(doc: Doc, cand: Candidate) -> bool:
    """`Ilya, 29,` and `Ilya (29)`: a bare small integer set off right after a name."""
    if cand.unit or len(cand.numerals) != 1:
        return False
    numeral = cand.numerals[0]
    if not numeral.digits or not numeral.digits.isdigit():
        return False
    if not APPOSITION_AGE_MIN <= numeral.value <= APPOSITION_AGE_MAX or cand.start < 2:
        return False
    opener, name = doc[cand.start - 1].text, doc[cand.start - 2]
    closer = doc[cand.end].text if cand.end < len(doc) else ""
    pairs = {",": {",", ".", ";", ":", "—", "–"}, "(": {")"}}
    if opener not in pairs or closer not in pairs[opener]:
        return False
    if name.ent_type_ == "PERSON" or is_person_noun(name):
        return True  # `Marta, 41,` and `The woman, 34,`
    token = doc[numeral.start]
    return (name.pos_ == "PROPN" and name.text[:1].isupper() and name.ent_type_ not in ("DATE", "NORP")
            and (token.dep_ == "appos" or token.ent_type_ == "DATE"))


def decade_age(doc: Doc, i: int) -> Candidate | None:
    """`in his 40s`, `a man in his late 20s`, `in their mid-thirties`: an age range over a decade."""
    match = _DECADE.fullmatch(doc[i].text.lower())
    if match is None:
        return None
    start, mod = i, match.group(1)
    tens = match.group(2)
    base = int(tens) if tens.isdigit() else DECADE_WORDS.get(tens)
    if base is None:
        return None
    end = i + 1
    if lower_at(doc, end) in ("'s", "’s") and joined(doc, i) and tens.isdigit():
        end += 1  # `20 's`
    elif not tens.isdigit() or match.group(3):
        pass
    else:
        return None
    if mod is None and lower_at(doc, start - 1) in DECADE_PARTS:
        mod, start = lower_at(doc, start - 1), start - 1
    elif mod is None and lower_at(doc, start - 1) == "-" and lower_at(doc, start - 2) in DECADE_PARTS:
        mod, start = lower_at(doc, start - 2), start - 2
    if lower_at(doc, start - 1) in AGE_BOUNDS and tens.isdigit() and mod is None:
        age = float(base)  # `over 60s get free tickets`: an age group
        bound = QUALIFIERS[lower_at(doc, start - 1)]
        return Candidate(start - 1, end, value=age, unit="year", category="age", qualifier=lower_at(doc, start - 1),
                         bound=bound, numerals=[Numeral(i, end, age)])
    listed = lower_at(doc, start - 1) in ("and", "or", "to") and start > 1 and _DECADE.fullmatch(doc[start - 2].lower_)
    if lower_at(doc, start - 1) not in POSSESSIVES and not listed:
        return None  # `the 1990s`, `the sixties`: decades of the calendar
    lo, hi = DECADE_PARTS.get(mod or "", (0, 9))
    if base == 10:
        lo = max(lo, 3)
    return Candidate(start, end, low=base + lo, high=base + hi, unit="year", category="age",
                     qualifier=mod, bound="approximate" if mod else "exact", numerals=[Numeral(i, end, base)])


def age_group(doc: Doc, i: int) -> Candidate | None:
    """`free travel for over-65s`: an age group written as one word."""
    group = _AGE_GROUP.match(doc[i].lower_)
    if group is None:
        return None
    age = int(group.group(2))
    return Candidate(i, i + 1, value=age, unit="year", category="age", qualifier=group.group(1),
                     bound=QUALIFIERS[group.group(1)], numerals=[Numeral(i, i + 1, age)])
