"""Units and currencies around a numeral: currency symbols and codes before or after (`$5`, `EUR 15`,
`5€`, `AU$120`), unit words (`km/h`, `sq km`, `25 C`), ages (`-year-old`), `pounds` as money or
weight, `80m` as millions or metres. `simple` grows one numeral into a figure with its unit."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from newsclaims.extractors.numbers.ages import age_suffix
from newsclaims.extractors.numbers.digits import digit_text, read_numeral
from newsclaims.extractors.numbers.model import Candidate, Numeral, joined, lower_at
from newsclaims.lexicon.numbers import (
    BARE_TEMPERATURES,
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIX_SYMBOLS,
    MONEY_NOUNS,
    MONEY_VERBS,
    SCALE_WORDS,
    SHORT_SCALES,
    TIME_UNITS,
    UNIT_MAX_TOKENS,
    UNITS,
)

_GLUED_CURRENCY = re.compile(r"^(?P<sign>[-−])?(?P<cur>[A-Z]{1,3}\$|[$£€¥₹₽]|[A-Z]{3})(?P<num>\d.*)$")


def unit_at(doc: Doc, i: int) -> tuple[int, str, str] | None:
    """Longest unit or currency word starting at token i -> (end, unit, category)."""
    for size in range(min(UNIT_MAX_TOKENS, len(doc) - i), 0, -1):
        toks = doc[i:i + size]
        keys = [" ".join(t.lower_ for t in toks)]
        if size > 1 and all(not t.whitespace_ for t in toks[:-1]):
            keys.append("".join(t.lower_ for t in toks))  # `km/h`; never `m in` -> `min`
        if keys[0].endswith(".") and len(keys[0]) > 1 and (
                i + size == len(doc) or doc[i + size].is_sent_start):
            keys.append(keys[0][:-1])  # `20 degree C.`, `3 m.` at the end of a sentence
        for key in keys:
            if key in UNITS:
                unit, category = UNITS[key][:2]
                if size == 1 and len(key) == 1 and key.isalpha() and doc[i].text.isupper() \
                        and key not in ("l",):
                    continue  # `5 M`, `3 B`: not units
                return i + size, unit, category
            if size == 1 and key in BARE_TEMPERATURES and doc[i].text[0].isupper() and not (
                    i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and not doc[i + 1].is_punct):
                return i + 1, BARE_TEMPERATURES[key], "measure"  # `25 C`, `98.6 F`, not `Plan B Street`
    return None


def _pounds_are_money(doc: Doc, numeral: Numeral, end: int) -> bool:
    """`5 million pounds`, `paid 50 pounds`, `for 10 pounds` are money; `weighs 10 pounds` is not."""
    if lower_at(doc, end) in ("a", "an", "per") and lower_at(doc, end + 1) in TIME_UNITS:
        return True  # `1,500 pounds a month`: a rate in money
    if numeral.scale >= 1e6 or lower_at(doc, numeral.start - 1) in ("for", "worth", "of", "cost", "costs", "pay"):
        return lower_at(doc, end) != "of" or numeral.scale >= 1e6
    verb = next((a for a in doc[numeral.start].ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.lemma_.lower() == "be" and lower_at(doc, end) != "of":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.lemma_.lower() in MONEY_NOUNS  # `the fine was 80 pounds`
    return verb is not None and verb.lemma_.lower() in MONEY_VERBS and lower_at(doc, end) != "of"


def _money_context(doc: Doc, i: int) -> bool:
    """The figure is a price: governed by `cost`, `pay`, ... or after `worth` / `valued at`."""
    token = doc[i]
    if lower_at(doc, i - 1) in ("worth", "for") or (lower_at(doc, i - 1) == "at" and lower_at(doc, i - 2) == "valued"):
        return True
    if i > 0 and doc[i - 1].lemma_.lower() in MONEY_VERBS:
        return True  # `the stadium cost 100m`, even when the tagger calls `cost` a noun
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in MONEY_VERBS


def _glued_m_is_million(doc: Doc, i: int) -> bool:
    """`80m` is 80 million when money is talked of or people are counted (`10m residents`), else metres."""
    if not re.fullmatch(r"\d{1,3}(?:,\d{3})*m\.?", doc[i].text) and not (
            re.fullmatch(r"\d{1,3}", doc[i].text) and joined(doc, i) and lower_at(doc, i + 1) in ("m", "m.")):
        return False
    nxt = doc[i + 1] if doc[i].text[-1] in "m." else (doc[i + 2] if i + 2 < len(doc) else None)
    if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.lower_ not in UNITS:
        return True
    if nxt is not None and nxt.tag_ in ("NN", "JJ"):
        return False  # `the 100m final`: a distance naming a race
    return _money_context(doc, i)


def simple(doc: Doc, i: int) -> Candidate | None:
    """A numeral with its currency, scale and unit, starting at token i (which may be a currency)."""
    currency = CURRENCY_PREFIXES.get(doc[i].text)
    start = i
    if currency:
        if i + 1 >= len(doc):
            return None
        i += 1
    elif i > 0 and doc[i - 1].text in CURRENCY_PREFIXES:
        currency = CURRENCY_PREFIXES[doc[i - 1].text]
        start = i - 1
    elif i > 1 and doc[i - 2].text + doc[i - 1].text in CURRENCY_PREFIXES and joined(doc, i - 2):
        # `Rs. 2,000` and `$US 500`, split by the tokenizer
        currency = CURRENCY_PREFIXES[doc[i - 2].text + doc[i - 1].text]
        start = i - 2
    else:
        glued = _glued_currency(doc, i)
        if glued is not None:
            return glued
    millions = not currency and _glued_m_is_million(doc, i)
    numeral = read_numeral(doc, i, money=bool(currency) or millions)
    if numeral is None:
        return None
    if start == i and lower_at(doc, i - 1) in ("minus", "negative") and numeral.value > 0 \
            and lower_at(doc, i - 2) != "or":
        numeral = replace(numeral, value=-numeral.value)
        start = i - 1
    cand = Candidate(start, numeral.end, value=numeral.value, numerals=[numeral])
    if numeral.low is not None:
        cand.value, cand.low, cand.high = None, numeral.low, numeral.value
    if currency:
        cand.unit, cand.category = currency, "money"
    elif millions and numeral.scale == 1e6 and _money_context(doc, i):
        cand.category = "money"  # `the club paid 80m for him`: money, currency unsaid
    if numeral.glued_unit:
        cand.unit, cand.category = numeral.glued_unit
        cand.unit_token = numeral.start
    k = numeral.end
    if not currency and not numeral.glued_unit and k < len(doc) and doc[k].text in CURRENCY_SUFFIX_SYMBOLS:
        cand.unit, cand.category, cand.end = CURRENCY_PREFIXES[doc[k].text], "money", k + 1  # `5€`
        return cand
    if k < len(doc) and doc[k].text == "grand" and numeral.scale == 1.0 and cand.value is not None \
            and cand.low is None:
        cand.value, cand.end, cand.category = cand.value * 1000, k + 1, "money"  # `10 grand`: no currency
        cand.unit = currency
        return cand
    age = age_suffix(doc, k)
    if age and not currency:
        cand.end, cand.unit, cand.category = age[0], age[1], "age"
        return cand
    if numeral.glued_unit is None:
        hyphen = lower_at(doc, k) in ("-", "–") and joined(doc, k - 1) and joined(doc, k)
        unit = unit_at(doc, k + 1 if hyphen else k)
        if unit is not None:
            end, name, category = unit
            if currency:
                if category == "money":
                    cand.end = end  # `$5 US dollars`
            elif not (hyphen and category == "money"):
                cand.unit, cand.category, cand.end = name, category, end
                cand.unit_token, cand.hyphen_unit = (k + 1 if hyphen else k), hyphen
                if name == "lb" and _pounds_are_money(doc, numeral, end):
                    cand.unit, cand.category = "GBP", "money"
    if cand.unit in ("degree", "celsius", "fahrenheit") and lower_at(doc, cand.end) == "below" \
            and lower_at(doc, cand.end + 1) == "zero" and cand.value is not None and cand.value > 0:
        cand.value, cand.end = -cand.value, cand.end + 2  # `40 degrees below zero`
    if cand.category == "times":
        cand.category = "count"
    return cand


def _glued_currency(doc: Doc, i: int) -> Candidate | None:
    """`AU$120,000`, `NZ$80`, `HK$10m`, `-$3m`, `EUR5`: a currency the tokenizer left glued to its digits."""
    match = _GLUED_CURRENCY.match(doc[i].text)
    if match is None or match.group("cur") not in CURRENCY_PREFIXES:
        return None
    parsed = digit_text(match.group("num"), True)
    if parsed is None or parsed[3] is not None or parsed[4] is not None:
        return None
    value, scale, end = parsed[0], parsed[1], i + 1
    nxt = lower_at(doc, end)
    if scale == 1.0 and nxt in SCALE_WORDS:
        value, end = value * SCALE_WORDS[nxt], end + 1
    elif scale == 1.0 and joined(doc, i) and nxt.rstrip(".") in SHORT_SCALES:
        value, end = value * SHORT_SCALES[nxt.rstrip(".")], end + 1  # `HK$10 m.` at a sentence end
    if match.group("sign"):
        value = -value
    numeral = Numeral(i, end, value, word=False)
    return Candidate(i, end, value=value, unit=CURRENCY_PREFIXES[match.group("cur")], category="money",
                     numerals=[numeral])
