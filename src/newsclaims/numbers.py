"""Numbers: counts, money, percentages, measures and ages, with normalised values."""

from __future__ import annotations

import re

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span as SpacySpan

from newsclaims.boilerplate import inside
from newsclaims.schema import Quantity

NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000,
    "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000,
}
VAGUE = {"hundreds", "thousands", "millions", "billions", "dozens", "tens of thousands",
         "hundreds of thousands", "tens of millions", "hundreds of millions", "scores"}
CURRENCY_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₽": "RUB", "₹": "INR"}
CURRENCY_WORDS = {
    "ruble": "RUB", "rubles": "RUB", "roubles": "RUB", "rouble": "RUB", "dollar": "USD",
    "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "yen": "JPY", "yuan": "CNY", "rupees": "INR", "hryvnias": "UAH", "tenge": "KZT", "lari": "GEL",
}
MEASURE_UNITS = {
    "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km", "km": "km",
    "mile": "mile", "miles": "mile", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute", "day": "day",
    "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
    "year": "year", "years": "year", "kilogram": "kg", "kilograms": "kg", "kg": "kg",
    "ton": "ton", "tons": "ton", "tonnes": "ton", "foot": "foot", "feet": "foot",
    "inch": "inch", "inches": "inch", "percent": "percent", "per cent": "percent", "%": "percent",
}
QUALIFIERS = {
    "about": "approximate", "around": "approximate", "roughly": "approximate",
    "approximately": "approximate", "nearly": "upper", "almost": "upper", "some": "approximate",
    "over": "lower", "more than": "lower", "at least": "lower", "upwards of": "lower",
    "up to": "upper", "fewer than": "upper", "less than": "upper", "under": "upper",
    "as high as": "upper", "as many as": "upper", "only": "exact", "just": "exact",
}
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+"
_RANGE_RE = re.compile(rf"^\s*({_NUM})\s*(?:to|-|–|—|and)\s*({_NUM})\s*(.*)$", re.IGNORECASE)


def _matcher(doc: Doc) -> Matcher:
    matcher = Matcher(doc.vocab)
    matcher.add("AGE", [[{"LIKE_NUM": True}, {"ORTH": "-"}, {"LOWER": {"IN": ["year", "years"]}},
                         {"ORTH": "-"}, {"LOWER": "old"}]])
    matcher.add("AGE", [[{"LOWER": {"IN": ["aged", "age"]}}, {"LIKE_NUM": True}]])
    return matcher


def parse_amount(text: str) -> float | None:
    """`2.5 million` -> 2500000, `8,000` -> 8000, `three` -> 3, `£5bn` -> 5e9."""
    words = text.lower().replace("-", " ").split()
    total, current, seen = 0.0, 0.0, False
    for word in words:
        digits = re.fullmatch(rf"[^\d.]*({_NUM})([a-z]*)", word)
        if digits:
            current += float(digits.group(1).replace(",", ""))
            seen = True
            if digits.group(2) in SCALES:
                current *= SCALES[digits.group(2)]
        elif word in UNITS_WORDS:
            current += UNITS_WORDS[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES and seen:
            total += max(current, 1) * SCALES[word]
            current = 0.0
        elif word in ("and", "a"):
            continue
        else:
            break
    if not seen:
        return None
    return total + current


def _as_number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == int(value) else value


def _describe(span: SpacySpan, label: str) -> dict:
    text = span.text
    lower = text.lower()
    fields: dict = {}
    for words, bound in sorted(QUALIFIERS.items(), key=lambda kv: -len(kv[0])):
        if lower.startswith(words + " "):
            fields["qualifier"], fields["bound"] = words, bound
            lower = lower[len(words) + 1:]
            break
    if lower in VAGUE or lower.endswith(" of"):
        fields.update(vague=True, category="vague")
        return fields
    for symbol, code in CURRENCY_SYMBOLS.items():
        if symbol in text:
            fields.update(unit=code, category="money")
    for word in re.findall(r"[a-z%]+", lower):
        if word in CURRENCY_WORDS:
            fields.update(unit=CURRENCY_WORDS[word], category="money")
        elif word in MEASURE_UNITS and "unit" not in fields:
            unit = MEASURE_UNITS[word]
            fields.update(unit=unit, category="percent" if unit == "percent" else "measure")
    if label == "AGE":
        fields.update(unit="year", category="age")
    match = _RANGE_RE.match(lower.lstrip("$£€"))
    if match:
        low, high = parse_amount(match.group(1)), parse_amount(match.group(2) + " " + match.group(3))
        if low is not None and high is not None:
            scale = high / float(match.group(2).replace(",", "")) if match.group(3) else 1.0
            if low < high / 100 and "," in match.group(2) and "," not in match.group(1):
                scale = 1000.0 ** match.group(2).count(",")  # 7 to 8,000: magnitude carries
            fields["low"], fields["high"] = _as_number(low * scale), _as_number(high)
            return fields
    fields["value"] = _as_number(parse_amount(lower))
    return fields


def extract_numbers(doc: Doc, boilerplate: tuple[tuple[int, int], ...] = ()) -> list[Quantity]:
    spans: list[tuple[SpacySpan, str]] = []
    for match_id, start, end in _matcher(doc)(doc):
        spans.append((doc[start:end], "AGE"))
    taken = {i for span, _ in spans for i in range(span.start, span.end)}
    for ent in doc.ents:
        if ent.label_ not in NUMBER_LABELS or taken & set(range(ent.start, ent.end)):
            continue
        if ent.label_ == "CARDINAL" and ent.text.lower() == "one":
            continue
        spans.append((ent, ent.label_))
    numbers = []
    for span, label in sorted(spans, key=lambda s: s[0].start_char):
        if inside(boilerplate, span.start_char, span.end_char):
            continue
        fields = _describe(span, label)
        if not fields.get("vague") and fields.get("value") is None and "low" not in fields:
            continue
        numbers.append(Quantity(id=f"n{len(numbers) + 1}", start=span.start_char,
                                end=span.end_char, text=span.text, **fields))
    return numbers
