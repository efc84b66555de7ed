"""Numbers: counts, money, percentages, measures and ages, with normalised values.

spaCy's CARDINAL/MONEY/QUANTITY entities split ranges (`7 to 8,000`), call ages
dates (`35-year-old`), swallow qualifiers (`Over 194,000`) and drop currency
symbols (`(£5,000)`), so numbers are parsed here from the tokens with a small
table-driven grammar: a lexeme flag and a PhraseMatcher find numeral anchors, then each anchor is
grown into numeral -> currency/unit -> compound measure (`6 ft 2 in`) -> range
-> qualifiers, and the result is checked against the exclusions (dates, clock
times, identifiers, `one` as a pronoun, scores and tallies such as `won 3-1`).
Proportions (`four in 10`) are valued as percentages; decade ages (`in his late
20s`) as year ranges. Words-to-numbers libraries (word2number, text2num, number-parser)
work on strings and lose token offsets, so the grammar stays here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span as SpacySpan, Token
from spacy.vocab import Vocab

from newsclaims.pipeline.boilerplate import inside
from newsclaims.extractors.base import Context, Extractor
from newsclaims.lexicon import load_table
from newsclaims.lexicon.people import PERSON_NOUNS
from newsclaims.attribution import figure_source
from newsclaims.pipeline import text_of
from newsclaims.pipeline.matchers import flagged, phrase_matcher, word_flag
from newsclaims.schema import Quantity, Span

# --- tables -------------------------------------------------------------------------------------

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALE_WORDS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
               "lakh": 1e5, "crore": 1e7}
# Abbreviated scales written after digits (`$676m`, `5bn`, `1.5k`); `m` and `b` only with money.
SHORT_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
                "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12}
MONEY_ONLY_SCALES = frozenset({"m", "b"})
SPACED_SCALES = frozenset({"bln", "mln", "bn", "trn"})  # unambiguous even after a space: `102 bln`
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
}
ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                           "ninth"})
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅛": 0.125}
# Vague magnitudes: plural scale words without a numeral (`thousands`, `tens of thousands`).
VAGUE_PLURALS = {"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
                 "trillions": 1e12}
VAGUE_OF_ONLY = {"tens": 10, "scores": 20}  # vague only as `tens of thousands`, `scores of`
VAGUE_DETERMINERS = ("several", "a few", "few", "many", "some", "a couple of", "a couple")
# Qualifier as written -> what it says about the true value relative to the figure.
QUALIFIERS = {
    "about": "approximate", "around": "approximate", "roughly": "approximate",
    "approximately": "approximate", "approx.": "approximate", "approx": "approximate",
    "some": "approximate", "an estimated": "approximate", "estimated": "approximate",
    "circa": "approximate", "c.": "approximate", "ca.": "approximate", "~": "approximate",
    "close to": "upper", "nearly": "upper", "almost": "upper", "just under": "upper",
    "up to": "upper", "as many as": "upper", "as much as": "upper", "as high as": "upper",
    "fewer than": "upper", "less than": "upper", "under": "upper", "below": "upper",
    "no more than": "upper", "not more than": "upper", "at most": "upper", "a maximum of": "upper",
    "less than or equal to": "upper", "<": "upper", "<=": "upper", "≤": "upper",
    "over": "lower", "more than": "lower", "greater than": "lower", "at least": "lower",
    "upwards of": "lower", "above": "lower", "in excess of": "lower", "well over": "lower",
    "just over": "lower", "north of": "lower", "a minimum of": "lower", "no fewer than": "lower",
    "no less than": "lower", "not less than": "lower", "greater than or equal to": "lower",
    "more than or equal to": "lower", "larger than": "lower", "bigger than": "lower",
    "higher than": "lower", "exceeding": "lower", "lower than": "upper", "smaller than": "upper",
    "no greater than": "upper", "not exceeding": "upper", ">": "lower", ">=": "lower", "≥": "lower",
    "only": "exact", "just": "exact", "exactly": "exact", "precisely": "exact", "a mere": "exact",
    "as few as": "lower", "as low as": "lower", "as little as": "lower", "mere": "exact", "plus or minus": "approximate", "+/-": "approximate", "±": "approximate",
}
POST_QUALIFIERS = {
    "or more": "lower", "or over": "lower", "or above": "lower", "and above": "lower",
    "and over": "lower", "and up": "lower", "or higher": "lower", "plus": "lower", "+": "lower",
    "or older": "lower", "and older": "lower", "or younger": "upper",
    "and younger": "upper", "or so": "approximate", "odd": "approximate", "or less": "upper", "or fewer": "upper",
    "or under": "upper", "or below": "upper", "and below": "upper", "and under": "upper",
    "or lower": "upper", "or thereabouts": "approximate", "give or take": "approximate", "at most": "upper", "at least": "lower", "at the most": "upper",
}
MONEY_VERBS = frozenset({"cost", "pay", "spend", "earn", "charge", "fine", "raise", "sell", "buy", "owe",
                         "save", "invest", "donate", "lend", "borrow", "price", "bill", "award", "win",
                         "bet", "refund", "tip", "fund", "value", "sell", "rent"})
MONEY_NOUNS = frozenset({"fine", "fee", "price", "cost", "bill", "rent", "salary", "wage", "fare", "budget",
                         "bonus", "payment", "deposit", "penalty", "charge", "tax", "prize", "reward",
                         "income", "pension", "debt", "loan", "mortgage", "ticket", "bail", "donation"})
RANGE_CONNECTORS = frozenset({"to", "-", "–", "—", "~", "through", "thru", "and", "till", "until", "or"})
DIMENSION_CONNECTORS = frozenset({"x", "×", "by", "*"})
# Verbs of a life event: `at 65` after them is an age (`retired at 65`, `died at 92`).
AGE_VERBS = frozenset({"retire", "die", "marry", "graduate", "debut", "emigrate", "quit", "enlist", "wed"})
AGE_BOUNDS = frozenset({"over", "under", "above", "below"})
AGE_PREFIXES = frozenset({"aged", "age", "ages"})
AGE_UNITS = {"year": "year", "years": "year", "month": "month", "months": "month", "week": "week",
             "weeks": "week", "day": "day", "days": "day", "yr": "year", "yrs": "year"}
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
    "sept.", "oct.", "nov.", "dec.",
})
CLOCK_WORDS = frozenset({
    "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "o’clock", "gmt", "utc", "bst", "cet", "cest",
    "est", "edt", "pst", "pdt", "cst", "cdt", "msk", "eet", "eest", "hrs", "hours", "local", "ist",
})
CLOCK_PREPOSITIONS = frozenset({"at", "by", "until", "till", "before", "after", "from", "around"})
RELATIVE_DATE_WORDS = frozenset({"ago", "earlier", "later", "before", "after", "prior", "hence",
                                 "previously", "since"})
YEAR_PREPOSITIONS = frozenset({"in", "since", "by", "from", "until", "till", "of", "before", "after",
                               "during", "between", "to", "the", "'s", "’s"})
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year",
                        "decade", "century"})
# Nouns that make the following numeral an identifier (`Article 5`, `Flight 17`, `No. 10`).
IDENTIFIER_NOUNS = frozenset({
    "no", "no.", "nos", "nos.", "number", "#", "article", "articles", "section", "chapter",
    "route", "highway", "interstate", "flight", "room", "page", "pages", "p.", "pp.", "platform",
    "gate", "terminal", "phase", "stage", "step", "grade", "level", "bus", "exit", "amendment",
    "paragraph", "clause", "version", "season", "episode", "vol", "vol.", "volume", "issue",
    "item", "resolution", "case", "unit", "ward", "district", "block", "apartment", "apt",
    "apt.", "suite", "floor", "channel", "lane", "junction", "figure", "fig", "fig.", "table",
    "rule", "category", "class", "type", "model", "mark", "tier", "code", "box", "row", "seat",
    "track", "psalm", "verse", "band", "squad", "covid", "covid-", "windows", "iphone", "galaxy",
    "boeing", "airbus", "su", "mig", "tu", "f", "formula", "hurricane", "storm", "vs", "vs.",
    "precinct", "image", "photo", "slide", "picture", "video", "part", "proposition", "prop", "bay", "pier",
})
STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln",
                          "drive", "dr", "way", "place", "pl", "square", "sq", "court", "ct", "terrace",
                          "parkway", "highway", "crescent", "close", "row", "strasse", "straße"})
NAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "FAC", "EVENT", "LAW", "WORK_OF_ART",
                         "GPE", "LOC", "LANGUAGE"})

_DIGITS = re.compile(
    r"^(?P<sign>[+\-−~≈])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<vf>[½¼¾⅓⅔⅕⅛])?(?P<suf>\D.*)?$"
)
_IN_TOKEN_RANGE = re.compile(
    r"^(?P<a>\d[\d,.]*(?:[a-zA-Z]{0,2}|%))[-–—](?P<cur>[$£€¥₽₹])?(?P<b>\d[\d,.]*[a-zA-Z%°º]{0,3})$")
_FRACTION = re.compile(r"^(\d{1,2})/(2|3|4|8|16)$")
_DAY_OR_YEAR = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|0[1-9]|\d{4}")
_ANY_FRACTION = re.compile(r"^(\d{1,3})/(\d{1,4})$")
_SCIENTIFIC = re.compile(r"^[+\-]?\d+(?:\.\d+)?(?:[eE]|[x×]10\^)[+\-]?\d{1,3}$")
_FEET_INCHES = re.compile(r"^(\d)['’](\d{1,2})$")  # `5'11`
_AGE_GROUP = re.compile(r"^(over|under)-(\d{1,3})s$")  # `over-65s`, `under-18s`
_GLUED_CURRENCY = re.compile(r"^([A-Z]{1,3}\$)(\d.*)$")
_CLOCK = re.compile(r"^\d{1,2}[.:]\d{2}$")
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th", "s", "'s", "’s"})
_CLOCK_SUFFIX = frozenset({"am", "pm", "a.m.", "p.m.", "h", "hrs", "gmt", "utc"})


_SCORE = re.compile(r"(\d{1,3})(?:[-–]|[-–]to[-–]|(?P<spaced> to ))(\d{1,3})(?!\d|[,.]\d|%|[-–]\w)")
_DECADE = re.compile(r"(?:(early|mid|late)-)?(\d0|teens|twenties|thirties|forties|fifties|sixties|seventies"
                     r"|eighties|nineties)('?s)?")
SCORE_WORDS = frozenset({
    "win", "won", "beat", "lose", "lost", "defeat", "victory", "loss", "draw", "drew", "tie", "tied",
    "score", "scored", "lead", "led", "trail", "vote", "voted", "votes", "margin", "tally", "edge",
    "rout", "thrash", "triumph", "majority", "ruling", "decision", "verdict", "game", "match", "final",
    "series", "set", "sets", "goal", "goals", "odds", "ratio",
})
# `6 ft 2 in`: the larger unit -> (the smaller unit, how many of it make one).
COMPOUND_UNITS = {"foot": ("inch", 12), "lb": ("oz", 16), "stone": ("lb", 14), "hour": ("minute", 60),
                  "minute": ("second", 60), "m": ("cm", 100), "kg": ("g", 1000), "mile": ("yard", 1760)}
# What `N in M` is said out of: small numbers and round powers of ten (`four in 10`, `1 in 1,000`).
PROPORTION_BASES = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 25, 50, 100, 1000, 10_000, 100_000,
                              1_000_000})
DECADE_WORDS = {"teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                "seventies": 70, "eighties": 80, "nineties": 90}
DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
HALF_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "our", "my", "your", "these", "those",
                              "this", "that"})
ONE_TIME_ADVERBS = frozenset({"day", "night", "morning", "evening", "afternoon", "week", "year"})
POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "our", "its"})


UNITS: dict[str, tuple[str, ...]] = load_table("units")  # form -> (unit, category)
CURRENCY_PREFIXES: dict[str, str] = {k: v[0] for k, v in load_table("currency_prefixes").items()}
# A capital C or F alone after a figure is a temperature scale (`25 C`, `98.6 F`).
BARE_TEMPERATURES = {"c": "celsius", "f": "fahrenheit"}
CURRENCY_SUFFIX_SYMBOLS = frozenset({"$", "€", "£", "¥", "₽", "₹", "₴", "₺", "₩", "₪", "₦"})
_UNIT_MAX_TOKENS = 4


# --- the grammar ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Numeral:
    """A bare number: tokens [start, end), its value and how it was written."""

    start: int
    end: int
    value: float
    scale: float = 1.0  # scale word/suffix applied last (`million`), carried across ranges
    digits: str | None = None  # the written digits when plain (`7`, `8,000`), for `7 to 8,000`
    word: bool = False
    glued_unit: tuple[str, str] | None = None  # (`celsius`, `measure`) from `30C`
    post: str | None = None  # `+` glued to the digits
    low: float | None = None  # the low end of a range written as one token (`20–30`)


@dataclass
class Candidate:
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    category: str = "count"
    qualifier: str | None = None
    bound: str = "exact"
    vague: bool = False
    numerals: list[Numeral] = field(default_factory=list)
    unit_token: int | None = None  # first token of a written unit, for `counted`
    hyphen_unit: bool = False  # `5,000-mile border`: the unit is an adjective


def _lower(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def _joined(doc: Doc, i: int) -> bool:
    """No whitespace between token i and token i+1."""
    return 0 <= i < len(doc) - 1 and not doc[i].whitespace_


def _digit_text(text: str, money: bool) -> tuple[float, float, str | None, tuple[str, str] | None, str | None] | None:
    """Digits with what is glued to them: (value, scale, plain digits, glued unit, `+`)."""
    match = _DIGITS.match(text)
    if not match:
        return None
    digits = match.group("num")
    if re.fullmatch(r"\d+,\d{1,2}", digits):
        digits = digits.replace(",", ".")  # `€2,50`: a decimal comma
    value = float(digits.replace(",", ""))
    if match.group("sign") in ("-", "−"):
        value = -value
    if match.group("vf"):
        value += VULGAR_FRACTIONS[match.group("vf")]
    suffix = match.group("suf")
    if not suffix:
        return value, 1.0, digits, None, None
    low = suffix.lower()
    if len(suffix) == 1 and suffix.isupper() and suffix not in ("C", "F", "K", "M", "B", "L"):
        return None  # `5G`, `3D`: names, not units
    if suffix in ("M", "B", "Bn", "BN", "MN", "Mn") or (low == "m" and not money and "." in digits):
        money = True  # `8.2m` people: decimals with a glued m are millions far more often than metres
    if low in SHORT_SCALES and (money or low not in MONEY_ONLY_SCALES):
        return value * SHORT_SCALES[low], SHORT_SCALES[low], None, None, None
    if suffix in ("C", "F", "°C", "°F", "ºC", "ºF"):
        return value, 1.0, digits, ("celsius" if suffix.endswith("C") else "fahrenheit", "measure"), None
    if low == "+":
        return value, 1.0, digits, None, "+"
    if low in UNITS and low not in _ORDINAL_SUFFIX:
        return value, 1.0, digits, UNITS[low][:2], None
    return None  # `21st`, `1990s`, `3pm`, `5x10`, `4G`: not a quantity we read


def _in_token_range(doc: Doc, i: int, money: bool) -> Numeral | None:
    """`20–30`, `10-$20`, `5m-£10` written as one token: a Numeral for the high end, carrying the low."""
    match = _IN_TOKEN_RANGE.match(doc[i].text)
    if not match:
        return None
    money = money or bool(match.group("cur"))
    low, high = _digit_text(match.group("a"), money), _digit_text(match.group("b"), money)
    if low is None or high is None or low[4] or low[3] and (low[3][0] != "percent" or high[3]):
        return None  # a unit glued to the low end only when it is `%` (`2.5%-3` `%`)
    if re.fullmatch(r"\d{3}", match.group("a")) and re.fullmatch(r"\d{4}", match.group("b")):
        return None  # `555-1234`: a phone number
    value, scale, digits, glued, post = high
    end = i + 1
    nxt = _lower(doc, end)
    if nxt.endswith(".") and nxt[:-1] in SHORT_SCALES and (end + 1 == len(doc) or doc[end + 1].is_sent_start):
        nxt = nxt[:-1]  # `£1m-£2m.` at the end of a sentence
    if scale == 1.0 and not glued and _joined(doc, i) and nxt in SHORT_SCALES and (
            money or nxt not in MONEY_ONLY_SCALES):
        scale = SHORT_SCALES[nxt]
        value, digits, end = value * scale, None, end + 1
    elif scale == 1.0 and not glued and nxt in SCALE_WORDS:
        scale = SCALE_WORDS[nxt]
        value, digits, end = value * scale, None, end + 1
    low_value = low[0] * (scale if low[1] == 1.0 and low[0] * scale < value else 1.0)
    if not low_value < value:
        return None
    currency = CURRENCY_PREFIXES.get(match.group("cur") or "")
    glued = glued or ((currency, "money") if currency else None)
    return Numeral(i, end, value, scale, digits, glued_unit=glued, post=post, low=low_value)


def _digits_numeral(doc: Doc, i: int, money: bool) -> Numeral | None:
    token = doc[i]
    fraction = _FRACTION.match(token.text)
    if fraction:
        num, den = int(fraction.group(1)), int(fraction.group(2))
        return Numeral(i, i + 1, num / den) if num < den else None
    fraction = _ANY_FRACTION.match(token.text)
    if fraction and _lower(doc, i + 1) == "of" and _lower(doc, i - 1) not in ("on", "from", "until", "by"):
        num, den = int(fraction.group(1)), int(fraction.group(2))  # `7/12 of the members`, not `on 7/12`
        return Numeral(i, i + 1, num / den) if 0 < num < den else None
    feet = _FEET_INCHES.match(token.text)
    if feet and int(feet.group(2)) < 12:
        end = i + 1 if not (_joined(doc, i) and _lower(doc, i + 1) in ('"', "''", "”")) else i + 2
        return Numeral(i, end, int(feet.group(1)) + int(feet.group(2)) / 12, glued_unit=("foot", "measure"))
    if _SCIENTIFIC.match(token.text):
        return Numeral(i, i + 1, float(re.sub(r"[x×]10\^", "e", token.text)))  # `1e6`, `3x10^8`
    if token.text in VULGAR_FRACTIONS:
        return Numeral(i, i + 1, VULGAR_FRACTIONS[token.text])
    ranged = _in_token_range(doc, i, money)
    if ranged is not None:
        return ranged
    parsed = _digit_text(token.text, money)
    if parsed is None:
        return None
    value, scale, digits, glued, post = parsed
    end = i + 1
    if scale != 1.0 or glued or post:
        return Numeral(i, end, value, scale, digits, glued_unit=glued, post=post)
    # `1 000 000`: thousands separated by (thin) spaces
    spaced = ("\u00a0", "\u202f", "\u2009")
    if len(digits) <= 3 and end + 1 < len(doc) and all(
            re.fullmatch(r"\d{3}", doc[k].text) and doc[k - 1].whitespace_ == " " for k in (end, end + 1)):
        spaced += (" ",)  # `1 234 567`
    while (end < len(doc) and re.fullmatch(r"\d{3}", doc[end].text) and "," not in digits
           and "." not in digits and doc[end - 1].whitespace_ in spaced):
        value = value * 1000 + float(doc[end].text)
        end += 1
    # `2 1/2 miles`
    if end < len(doc) and _FRACTION.match(doc[end].text) and "." not in digits:
        frac = _digits_numeral(doc, end, money)
        if frac is not None:
            value += frac.value if value >= 0 else -frac.value
            end += 1
    if _lower(doc, end) == "and" and _lower(doc, end + 1) in ("a", "an") and _lower(doc, end + 2) == "half" \
            and "." not in digits:
        value += 0.5 if value >= 0 else -0.5  # `3 and a half`
        end += 3
    nxt = _lower(doc, end)
    if nxt in ("m.", "bn.", "k.", "mn.") and _joined(doc, end - 1) and (
            end + 1 == len(doc) or doc[end + 1].is_sent_start or doc[end + 1].text[:1].isupper()):
        nxt = nxt[:-1]  # `is 8.2m.` at the end of a sentence
    if nxt == "m" and _joined(doc, end - 1) and "." in digits:
        money = True
    if nxt in SCALE_WORDS or nxt in ("dozen", "dozens"):
        scale = SCALE_WORDS.get(nxt, 12)
        value *= scale
        end += 1
        while _lower(doc, end) in SCALE_WORDS and SCALE_WORDS[_lower(doc, end)] > 100:  # `3 hundred thousand`
            scale = SCALE_WORDS[_lower(doc, end)]
            value *= scale
            end += 1
    elif nxt in SHORT_SCALES and (_joined(doc, end - 1) or (money and nxt not in ("m", "b", "k"))
                                  or nxt in SPACED_SCALES) and (
            money or nxt not in MONEY_ONLY_SCALES or doc[end].text in ("M", "B")):
        scale = SHORT_SCALES[nxt]
        value *= scale
        end += 1
    return Numeral(i, end, value, scale, digits if scale == 1.0 else None)


def _words_numeral(doc: Doc, i: int) -> Numeral | None:
    """`twenty-five`, `two million`, `one hundred and five`, `a dozen`, `half a million`, `two thirds`."""
    total, current, prev, j, n = 0.0, 0.0, None, i, len(doc)
    scale = 1.0
    start_word = _lower(doc, i)
    if start_word in ("a", "an") and DENOMINATORS.get(_lower(doc, i + 1), 1) > 1 \
            and not _lower(doc, i + 1).endswith("s") and _lower(doc, i + 2) == "of":
        value = 1 / DENOMINATORS[_lower(doc, i + 1)]
        if _lower(doc, i + 3) in ("a", "an") and _lower(doc, i + 4) in SCALE_WORDS:
            scale = SCALE_WORDS[_lower(doc, i + 4)]  # `a quarter of a million`
            return Numeral(i, i + 5, value * scale, scale, word=True)
        return Numeral(i, i + 2, value, word=True)  # `a third of`
    if start_word == "half" and doc[i].tag_ == "PDT" and _lower(doc, i + 1) in HALF_DETERMINERS:
        return Numeral(i, i + 1, 0.5, word=True)  # `half the money`
    if start_word in ("a", "an") and _lower(doc, i + 1) == "couple" and _lower(doc, i + 2) == "of" \
            and _lower(doc, i + 3) not in SCALE_WORDS and _lower(doc, i + 3) != "dozen":
        return Numeral(i, i + 2, 2, word=True)  # `a couple of beers`; `a couple of hundred` is vague
    if start_word == "half" and _lower(doc, i + 1) == "of" and (i == 0 or doc[i - 1].tag_ not in (
            "DT", "JJ", "JJS", "JJR", "PRP$", "POS") and _lower(doc, i - 1) not in ("first", "second")):
        return Numeral(i, i + 1, 0.5, word=True)
    if start_word in ("a", "an"):
        if _lower(doc, i + 1) not in SCALE_WORDS and _lower(doc, i + 1) != "dozen":
            return None
        current, prev, j = 1.0, "a", i + 1
    elif start_word == "half" and _lower(doc, i + 1) in ("a", "an") and (
            _lower(doc, i + 2) in SCALE_WORDS or _lower(doc, i + 2) == "dozen"):
        current, prev, j = 0.5, "a", i + 2
    elif start_word == "half" and _lower(doc, i + 1) in ("a", "an") and _lower(doc, i + 2) in UNITS:
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
        elif w in ("-", "–") and prev == "tens" and _joined(doc, j - 1) and _joined(doc, j) \
                and _lower(doc, j + 1) in ONES and 0 < ONES[_lower(doc, j + 1)] < 10:
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
        elif w == "point" and prev in ("ones", "tens", "tens_ones") and _lower(doc, j + 1) in ONES \
                and ONES[_lower(doc, j + 1)] < 10:
            j += 1
            places = ""
            while j < n and _lower(doc, j) in ONES and ONES[_lower(doc, j)] < 10:
                places += str(ONES[_lower(doc, j)])
                j += 1
            current += float("0." + places)
            prev = "point"
            continue
        elif w == "and" and prev in ("hundred", "scale") and (
                _lower(doc, j + 1) in ONES or _lower(doc, j + 1) in TENS):
            prev = "and"
        elif w == "and" and prev in ("ones", "tens", "tens_ones") and _lower(doc, j + 1) in ("a", "an") \
                and _lower(doc, j + 2) == "half":
            current += 0.5
            j += 3
            prev = "half"
            continue
        else:
            break
        j += 1
    if prev is None or prev in ("and", "a") or j == i:
        return None
    k = j + 1 if _lower(doc, j) in ("-", "–") and _joined(doc, j - 1) else j
    if prev == "tens" and _lower(doc, k) in ORDINAL_WORDS:
        return None  # `twenty-first`: an ordinal
    value = total + current
    # `two thirds`, `one-third`, `three quarters`
    k = j + 1 if _lower(doc, j) in ("-", "–") and _joined(doc, j - 1) else j
    den = DENOMINATORS.get(_lower(doc, k))
    if den and prev in ("ones", "tens", "tens_ones") and value < den and not (den == 2 and value > 1):
        plural = _lower(doc, k).endswith("s")
        if plural == (value > 1) or den == 2:
            return Numeral(i, k + 1, value / den, word=True)
    return Numeral(i, j, value, scale, word=True)


def _numeral(doc: Doc, i: int, money: bool = False) -> Numeral | None:
    text = doc[i].text
    if text[0].isdigit() or text[0] in "+-−.~≈" or text in VULGAR_FRACTIONS:
        return _digits_numeral(doc, i, money)
    return _words_numeral(doc, i)


def _unit_at(doc: Doc, i: int) -> tuple[int, str, str] | None:
    """Longest unit or currency word starting at token i -> (end, unit, category)."""
    for size in range(min(_UNIT_MAX_TOKENS, len(doc) - i), 0, -1):
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


def _age_suffix(doc: Doc, i: int) -> tuple[int, str] | None:
    """`-year-old`, ` years old`, `-years-old`, ` years of age`, `-month-old` starting at token i."""
    j = i + 1 if _lower(doc, i) in ("-", "–") else i
    unit = AGE_UNITS.get(_lower(doc, j))
    if unit is None:
        return None
    j += 1
    if _lower(doc, j) in ("-", "–"):
        j += 1
    if _lower(doc, j) in ("old", "olds"):
        return j + 1, unit
    if _lower(doc, j) == "of" and _lower(doc, j + 1) == "age":
        return j + 2, unit
    return None


def _pounds_are_money(doc: Doc, numeral: Numeral, end: int) -> bool:
    """`5 million pounds`, `paid 50 pounds`, `for 10 pounds` are money; `weighs 10 pounds` is not."""
    if _lower(doc, end) in ("a", "an", "per") and _lower(doc, end + 1) in TIME_UNITS:
        return True  # `1,500 pounds a month`: a rate in money
    if numeral.scale >= 1e6 or _lower(doc, numeral.start - 1) in ("for", "worth", "of", "cost", "costs", "pay"):
        return _lower(doc, end) != "of" or numeral.scale >= 1e6
    verb = next((a for a in doc[numeral.start].ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.lemma_.lower() == "be" and _lower(doc, end) != "of":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.lemma_.lower() in MONEY_NOUNS  # `the fine was 80 pounds`
    return verb is not None and verb.lemma_.lower() in MONEY_VERBS and _lower(doc, end) != "of"


def _money_context(doc: Doc, i: int) -> bool:
    """The figure is a price: governed by `cost`, `pay`, ... or after `worth` / `valued at`."""
    token = doc[i]
    if _lower(doc, i - 1) in ("worth", "for") or (_lower(doc, i - 1) == "at" and _lower(doc, i - 2) == "valued"):
        return True
    if i > 0 and doc[i - 1].lemma_.lower() in MONEY_VERBS:
        return True  # `the stadium cost 100m`, even when the tagger calls `cost` a noun
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in MONEY_VERBS


def _glued_m_is_million(doc: Doc, i: int) -> bool:
    """`80m` is 80 million when money is talked of or people are counted (`10m residents`), else metres."""
    if not re.fullmatch(r"\d{1,3}(?:,\d{3})*m\.?", doc[i].text) and not (
            re.fullmatch(r"\d{1,3}", doc[i].text) and _joined(doc, i) and _lower(doc, i + 1) in ("m", "m.")):
        return False
    nxt = doc[i + 1] if doc[i].text[-1] in "m." else (doc[i + 2] if i + 2 < len(doc) else None)
    if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.lower_ not in UNITS:
        return True
    if nxt is not None and nxt.tag_ in ("NN", "JJ"):
        return False  # `the 100m final`: a distance naming a race
    return _money_context(doc, i)


def _simple(doc: Doc, i: int) -> Candidate | None:
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
    elif i > 1 and doc[i - 2].text + doc[i - 1].text in CURRENCY_PREFIXES and _joined(doc, i - 2):
        # `Rs. 2,000` and `$US 500`, split by the tokenizer
        currency = CURRENCY_PREFIXES[doc[i - 2].text + doc[i - 1].text]
        start = i - 2
    else:
        glued = _glued_currency(doc, i)
        if glued is not None:
            return glued
    millions = not currency and _glued_m_is_million(doc, i)
    numeral = _numeral(doc, i, money=bool(currency) or millions)
    if numeral is None:
        return None
    if start == i and _lower(doc, i - 1) in ("minus", "negative") and numeral.value > 0 \
            and _lower(doc, i - 2) != "or":
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
    if _lower(doc, k) == "grand" and numeral.scale == 1.0 and cand.value is not None and cand.low is None:
        cand.value, cand.end, cand.category = cand.value * 1000, k + 1, "money"  # `10 grand`: no currency
        cand.unit = currency
        return cand
    age = _age_suffix(doc, k)
    if age and not currency:
        cand.end, cand.unit, cand.category = age[0], age[1], "age"
        return cand
    if numeral.glued_unit is None:
        hyphen = _lower(doc, k) in ("-", "–") and _joined(doc, k - 1) and _joined(doc, k)
        unit = _unit_at(doc, k + 1 if hyphen else k)
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
    if cand.unit in ("degree", "celsius", "fahrenheit") and _lower(doc, cand.end) == "below" \
            and _lower(doc, cand.end + 1) == "zero" and cand.value is not None and cand.value > 0:
        cand.value, cand.end = -cand.value, cand.end + 2  # `40 degrees below zero`
    if cand.category == "times":
        cand.category = "count"
    return cand


def _glued_currency(doc: Doc, i: int) -> Candidate | None:
    """`AU$120,000`, `NZ$80`, `HK$10m`: a currency code the tokenizer left glued to its digits."""
    match = _GLUED_CURRENCY.match(doc[i].text)
    if match is None or match.group(1) not in CURRENCY_PREFIXES:
        return None
    parsed = _digit_text(match.group(2), True)
    if parsed is None or parsed[3] is not None or parsed[4] is not None:
        return None
    value, scale, end = parsed[0], parsed[1], i + 1
    nxt = _lower(doc, end)
    if scale == 1.0 and nxt in SCALE_WORDS:
        value, end = value * SCALE_WORDS[nxt], end + 1
    elif scale == 1.0 and _joined(doc, i) and nxt.rstrip(".") in SHORT_SCALES:
        value, end = value * SHORT_SCALES[nxt.rstrip(".")], end + 1  # `HK$10 m.` at a sentence end
    numeral = Numeral(i, end, value, word=False)
    return Candidate(i, end, value=value, unit=CURRENCY_PREFIXES[match.group(1)], category="money",
                     numerals=[numeral])


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


def _range(doc: Doc, first: Candidate) -> Candidate:
    """Join `X to Y`, `X-Y`, `between X and Y`, `from X to Y` into one range."""
    k = first.end
    conn = _lower(doc, k)
    if first.low is not None or conn not in RANGE_CONNECTORS or k + 1 >= len(doc):
        return first
    before = _lower(doc, first.start - 1)
    if conn == "and" and before != "between" and not _between_before(doc, first.start):
        return first
    if conn in ("-", "–") and first.numerals[-1].word:
        return first  # `one-two punch`
    if conn == "—" and (doc[k - 1].whitespace_ or doc[k].whitespace_):
        return first  # `four in 10 — 38 percent`: an aside, not a range
    if conn in ("till", "until") and before != "from":
        return first
    if conn == "or" and (first.qualifier or _lower(doc, k + 1) in ("more", "so", "less", "fewer")):
        return first  # `5 or more`, `300 or so` are qualifiers
    if first.category == "age" and first.end - first.numerals[0].end > 1:
        return first  # `5-year-old to 10-year-old` is rare; keep them apart
    second = _simple(doc, k + 1)
    if second is None and _lower(doc, k + 1) in ("minus", "negative"):
        second = _simple(doc, k + 2)  # `minus 3 to minus 5 degrees`
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
    return Candidate(
        first.start, second.end, low=low, high=high, unit=second.unit or first.unit,
        category=second.category if second.unit else first.category,
        numerals=first.numerals + second.numerals,
        unit_token=second.unit_token or first.unit_token, hyphen_unit=second.hyphen_unit,
    )


def _age_prefix(doc: Doc, cand: Candidate) -> Candidate:
    """`aged 29`, `age 65`, `ages 18 to 25`: the prefix makes it an age and joins the span."""
    if cand.category != "count":
        return cand
    if _lower(doc, cand.start - 1) in AGE_PREFIXES:
        return replace(cand, start=cand.start - 1, unit="year", category="age")
    prev = doc[cand.start - 1] if cand.start > 0 else None
    if prev is not None and prev.lower_ in AGE_BOUNDS and cand.start > 1 and cand.unit is None and (
            doc[cand.start - 2].lower_ in AGE_PREFIXES or _is_person_noun(doc[cand.start - 2])) and cand.value is not None \
            and 0 < cand.value <= 120 and (cand.end >= len(doc) or doc[cand.end].tag_ not in ("NNS", "NNPS")):
        return replace(cand, unit="year", category="age")  # `kids under 5`, `aged over 65`
    if prev is not None and prev.lower_ == "at" and prev.head.lemma_.lower() in AGE_VERBS and cand.value is not None \
            and 0 < cand.value <= 120 and cand.low is None and (cand.end >= len(doc) or doc[cand.end].pos_ not in (
                "NOUN", "PROPN")):
        return replace(cand, unit="year", category="age")  # `he retired at 65`
    if _lower(doc, cand.end) in ("-", "–") and _lower(doc, cand.end + 1) == "something" and cand.value is not None \
            and cand.value in (20, 30, 40, 50, 60, 70, 80, 90) and _joined(doc, cand.end - 1):
        return replace(cand, end=cand.end + 2, value=None, low=cand.value, high=cand.value + 9, unit="year",
                       category="age", bound="approximate")  # `a 30-something banker`
    if _is_copula_age(doc, cand):
        return replace(cand, unit="year", category="age")  # `my daughter is 7`, `she is twenty-one`
    if prev is not None and prev.lemma_.lower() == "turn" and prev.pos_ in ("VERB", "AUX") and (
            cand.end >= len(doc) or doc[cand.end].pos_ not in ("NOUN", "PROPN")) and cand.low is None:
        return replace(cand, unit="year", category="age")  # `she turned 70 on Friday`
    if _lower(doc, cand.start - 1) == "of" and _lower(doc, cand.start - 2) in ("age", "ages"):
        return replace(cand, unit="year", category="age")  # `at the age of 30`
    if _lower(doc, cand.start - 1) in ("between", "from") and _lower(doc, cand.start - 2) in AGE_PREFIXES:
        return replace(cand, unit="year", category="age")
    return cand


def _is_copula_age(doc: Doc, cand: Candidate) -> bool:
    """A bare figure a person `is`: `My son is 5.`, `She is twenty-one.`"""
    if cand.unit or cand.end < len(doc) and doc[cand.end].pos_ in ("NOUN", "PROPN", "ADJ"):
        return False
    if _lower(doc, cand.end) in ("of", "who", "that") or doc[cand.start].lower_ == "one":
        return False  # `he is one of the few`, `the only one who stayed`
    values = (cand.value,) if cand.low is None else (cand.low, cand.high)
    if any(v is None or not 0 < v <= 120 for v in values):
        return False
    token = doc[cand.numerals[-1].end - 1]
    if token.dep_ not in ("attr", "acomp") or token.head.lemma_.lower() != "be":
        return False
    subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lower_ in ("he", "she") or subject.ent_type_ == "PERSON"
                                    or _is_person_noun(subject))


def _qualify(doc: Doc, cand: Candidate) -> Candidate:
    """Find the qualifier before (`more than`) or after (`or more`, `+`) the figure."""
    best = None
    for size in (5, 4, 3, 2, 1):
        s = cand.start - size
        if s < 0 or any(t.is_sent_start for t in doc[s + 1:cand.start + 1]):
            continue
        words = " ".join(t.lower_ for t in doc[s:cand.start])
        if words in QUALIFIERS:
            best = (words, QUALIFIERS[words])
            break
    if best is not None and best[0] in ("about", "over", "under") and doc[cand.start - 1].dep_ == "prep" \
            and doc[cand.start - 1].head.pos_ == "VERB" and doc[cand.start - 1].head.lemma_ not in ("be", "cost") \
            and best[0] == "about":
        best = None  # `care about two things`: a preposition, not a qualifier
    if best is None and doc[cand.start].text[:1] in ("~", "≈"):
        best = ("~", "approximate")  # `~50`
    if best is None and _lower(doc, cand.start - 1) in ("a", "an") and _lower(doc, cand.start - 2) in QUALIFIERS:
        best = (_lower(doc, cand.start - 2), QUALIFIERS[_lower(doc, cand.start - 2)])  # `nearly a dozen`
    end = cand.end
    if best is None:
        numeral = cand.numerals[-1]
        if numeral.post:
            best = (numeral.post, POST_QUALIFIERS[numeral.post])
        else:
            k = end + 1 if _lower(doc, end) in ("-", "–") and _joined(doc, end - 1) else end
            for size in (3, 2, 1):
                words = " ".join(t.lower_ for t in doc[k:k + size])
                if words in POST_QUALIFIERS and (size > 1 or words in ("+", "plus", "odd")):
                    best = (words, POST_QUALIFIERS[words])
                    break
    if best is None:
        return cand
    person_before = cand.start > 0 and _is_person_noun(doc[cand.start - 1]) and best[0] in POST_QUALIFIERS \
        and best[0].endswith(("under", "over", "up", "below", "above"))
    if (best[0].endswith(("older", "younger")) or person_before) and cand.category == "count" \
            and cand.unit is None and cand.value is not None and 0 < cand.value <= 120:
        return replace(cand, qualifier=best[0], bound=best[1], unit="year", category="age")  # `18 or older`
    return replace(cand, qualifier=best[0], bound=best[1])


def _vague(doc: Doc, i: int) -> Candidate | None:
    """`thousands`, `tens of thousands`, `hundreds of`, `several hundred`."""
    w = _lower(doc, i)
    if w in VAGUE_OF_ONLY or w in VAGUE_PLURALS:
        end = i + 1
        if _lower(doc, i + 1) == "of" and _lower(doc, i + 2) in VAGUE_PLURALS:
            end = i + 3
        elif w in VAGUE_OF_ONLY and _lower(doc, i + 1) != "of":
            return None
        if w in ("dozens", "hundreds") and _lower(doc, i - 1) in ("the",) and _lower(doc, end) != "of":
            return None
        cand = Candidate(i, end, vague=True, category="vague", bound="approximate")
    elif w in SCALE_WORDS or w == "dozen":
        for det in VAGUE_DETERMINERS:
            n = det.count(" ") + 1
            if " ".join(t.lower_ for t in doc[max(0, i - n):i]) == det:
                cand = Candidate(i - n, i + 1, vague=True, category="vague", bound="approximate")
                break
        else:
            return None
    else:
        return None
    # `millions of dollars`: the unit of what is counted
    if _lower(doc, cand.end) == "of":
        unit = _unit_at(doc, cand.end + 1)
        if unit:
            cand.unit = unit[1]
    return cand


# --- exclusions -------------------------------------------------------------------------------------


def _is_year(doc: Doc, cand: Candidate) -> bool:
    for numeral in cand.numerals:
        if numeral.digits and re.fullmatch(r"\d{4}", numeral.digits) and 1000 <= numeral.value <= 2100:
            if _month_before(doc, numeral.start):
                return True
            token = doc[numeral.start]
            head = token.head
            counts_noun = (token.dep_ == "nummod" and head.i > token.i and head.tag_ in ("NNS", "NNPS")
                           and _lower(doc, cand.start - 1) not in YEAR_PREPOSITIONS)
            if not counts_noun:
                return True
    return False


def _month_before(doc: Doc, i: int) -> bool:
    """`Sept. 21`, `Sept, 21`, `Sept. 9, 2013`: a month (and day) right before token i.

    Only a day (1-31) or a year can follow a month: `In March, 40,000 refugees` is a count.
    """
    if not 0 <= i < len(doc) or not _DAY_OR_YEAR.fullmatch(doc[i].text):
        return False
    if _lower(doc, i - 1) in MONTHS:
        return True
    if _lower(doc, i - 1) in (",", ".") and _lower(doc, i - 2) in MONTHS:
        # `In May, 20 people died`: a count of a plural noun, not the 20th
        return not (_lower(doc, i - 1) == "," and i + 1 < len(doc) and doc[i + 1].tag_ in ("NNS", "NNPS"))
    return (_lower(doc, i - 1) == "," and doc[i - 2].is_digit and len(doc[i - 2]) <= 2 and i >= 3
            and (_lower(doc, i - 3) in MONTHS or _lower(doc, i - 3).rstrip(",") in MONTHS))


def _is_date_or_time(doc: Doc, cand: Candidate) -> bool:
    first, last = cand.numerals[0], cand.numerals[-1]
    before, after = _lower(doc, cand.start - 1), _lower(doc, cand.end)
    if _month_before(doc, cand.start):
        return True
    if after in MONTHS or (after == "of" and _lower(doc, cand.end + 1) in MONTHS):
        return True
    if after in CLOCK_WORDS and after not in ("hours",):
        return True
    if after == "hours" and _CLOCK.match(doc[last.start].text):
        return True
    if first.digits and _CLOCK.match(first.digits.replace(",", ".")) and "." in first.digits:
        if doc[first.start].ent_type_ == "TIME" or before in CLOCK_PREPOSITIONS:
            return True
    if cand.unit in TIME_UNITS and after in RELATIVE_DATE_WORDS - {"since", "before", "after"}:
        return True
    if cand.unit in TIME_UNITS and after == "from" and _lower(doc, cand.end + 1) == "now":
        return True
    return False


def _entity_of(token: Token) -> SpacySpan | None:
    """The entity a token is in, found from its IOB tags (no scan over doc.ents)."""
    if token.ent_iob_ in ("O", ""):
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _is_identifier(doc: Doc, cand: Candidate) -> bool:
    first = cand.numerals[0]
    token = doc[first.start]
    after = _lower(doc, cand.end)
    if token.is_sent_start and after in (")", ".") and first.digits and first.digits.isdigit() \
            and len(cand.numerals) == 1 and cand.unit is None:
        return True  # list markers `1)`, `2.`
    if cand.end < len(doc) and doc[cand.end].pos_ == "PROPN" and doc[cand.end].text[:1].isupper():
        k = cand.end
        while k < len(doc) and doc[k].pos_ == "PROPN" and k - cand.end < 4:
            if doc[k].lower_.rstrip(".") in STREET_WORDS:
                return True  # `100 Haven Avenue`
            k += 1
    if first.digits and re.fullmatch(r"\d{5}", first.digits) and _lower(doc, cand.start - 1) == "," \
            and doc[cand.start - 2].pos_ == "PROPN":
        return True  # `New York, NY, 10032`
    if first.digits and re.fullmatch(r"0\d+", first.digits) or re.fullmatch(r"0\d+", after):
        return True  # `0199`: a code or phone number, not a count
    prev = doc[cand.start - 1] if cand.start > 0 else None
    if prev is not None and prev.text == "." and cand.start >= 2 and doc[cand.start - 2].lower_ in ("no", "nos", "vol"):
        return True
    if prev is not None and prev.lower_ in IDENTIFIER_NOUNS:
        if prev.lower_ in ("number", "level", "class", "type", "case", "unit", "block", "mark",
                           "model", "code", "box", "row", "track", "band", "squad", "step", "stage",
                           "phase", "tier", "figure", "rule", "category", "f", "su", "mig", "tu") \
                and not (prev.text[:1].isupper() or prev.lower_ in ("f", "su", "mig", "tu")):
            return False
        return True
    if prev is not None and prev.text in ("-", "–") and not prev.whitespace_ and cand.start >= 2 \
            and doc[cand.start - 2].is_alpha and not doc[cand.start - 2].whitespace_ \
            and doc[cand.start - 2].lower_ not in ONES and doc[cand.start - 2].lower_ not in TENS:
        return True  # `MH-17`, `Su-35`
    if prev is not None and prev.like_url:
        return True
    if cand.end < len(doc) and _joined(doc, cand.end - 1) and doc[cand.end].is_alpha and cand.unit is None:
        return True  # `5G`, `737MAX`: glued to letters that are not a unit
    if first.word and token.text[:1].isupper() and not token.is_sent_start and prev is not None \
            and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.lower_ not in MONTHS:
        return True  # `Radio Four`, `Ocean's Eleven`
    if token.ent_type_ in NAME_LABELS and cand.unit is None:
        ent = _entity_of(token)
        if ent is not None and any(t.is_alpha and t.lower_ not in ONES and t.lower_ not in TENS
                                   and t.lower_ not in SCALE_WORDS and t.i not in range(cand.start, cand.end)
                                   for t in ent):
            return True
    return False


def _is_pronoun_one(doc: Doc, cand: Candidate) -> bool:
    """`one of the few`, `one man`, `no one`: `one` without a unit, qualifier or partner numeral."""
    numeral = cand.numerals[0]
    if len(cand.numerals) > 1 or cand.unit or cand.category != "count":
        return False
    if not (numeral.word and numeral.end - numeral.start == 1 and doc[numeral.start].lower_ == "one"):
        return False
    nxt = doc[cand.end + 1] if cand.end + 1 < len(doc) else None
    if _lower(doc, cand.end) in ("or", "to") and nxt is not None and (nxt.lower_ in ONES or nxt.lower_ in TENS
                                                                       or nxt.is_digit):
        return False  # `one or two`
    return not cand.qualifier or _lower(doc, cand.start - 2) in ("the", "this", "that", "which")


def _is_person_noun(token: Token) -> bool:
    """`woman`, `Kids` (a proper-noun lemma at a sentence start), `patients`."""
    words = (token.lemma_.lower(), token.lower_, token.lower_[:-1] if token.lower_.endswith("s") else "")
    return any(w in PERSON_NOUNS for w in words)


def _is_age_apposition(doc: Doc, cand: Candidate) -> bool:
    """`Ilya, 29,` and `Ilya (29)`: a bare small integer set off right after a name."""
    if cand.unit or len(cand.numerals) != 1:
        return False
    numeral = cand.numerals[0]
    if not numeral.digits or not numeral.digits.isdigit():
        return False
    if not 1 <= numeral.value <= 115 or cand.start < 2:
        return False
    opener, name = doc[cand.start - 1].text, doc[cand.start - 2]
    closer = doc[cand.end].text if cand.end < len(doc) else ""
    pairs = {",": {",", ".", ";", ":", "—", "–"}, "(": {")"}}
    if opener not in pairs or closer not in pairs[opener]:
        return False
    if name.ent_type_ == "PERSON" or _is_person_noun(name):
        return True  # `Marta, 41,` and `The woman, 34,`
    token = doc[numeral.start]
    return (name.pos_ == "PROPN" and name.text[:1].isupper() and name.ent_type_ not in ("DATE", "NORP")
            and (token.dep_ == "appos" or token.ent_type_ == "DATE"))


# --- context: what, when, who ------------------------------------------------------------------------


def _noun_phrase(token: Token, floor: int = 0) -> str:
    """The noun with its compounds and adjectives to the left: `EU countries`, `Russian men`."""
    left = token.i
    for child in sorted(token.lefts, reverse=True):
        if child.dep_ in ("compound", "amod", "nmod") and child.i >= max(left - 3, floor) \
                and child.i == left - 1:
            left = min(left, child.i)
    doc = token.doc
    return doc[left:token.i + 1].text


def _counted(doc: Doc, cand: Candidate) -> str | None:
    """What the figure counts, from the parse: `1,688 Russians`, `thousands of cars`, `5,000-mile border`."""
    end = cand.end
    if cand.hyphen_unit and end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
        noun = doc[end]
        while noun.i + 1 < len(doc) and noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head
        return _noun_phrase(noun, end)
    if _lower(doc, end) == "of" and end + 1 < len(doc):
        pobj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ in ("NOUN", "PROPN", "PRON"):
            return _noun_phrase(pobj)
    if cand.category == "age":
        return "age" if end >= len(doc) or doc[end].pos_ not in ("NOUN", "PROPN") else f"age of {doc[end].text}"
    if cand.unit and cand.category in ("measure",):
        return None
    last = doc[cand.numerals[-1].end - 1] if cand.numerals else doc[cand.end - 1]
    for token in (last, doc[cand.numerals[-1].start] if cand.numerals else doc[cand.start]):
        head = token.head
        if token.dep_ in ("nummod", "quantmod", "compound", "amod") and head.i >= cand.end \
                and head.pos_ in ("NOUN", "PROPN") and head.i - cand.end < 6:
            return _noun_phrase(head, cand.end)
    if cand.end < len(doc) and doc[cand.end].pos_ in ("NOUN", "PROPN") and doc[cand.end].tag_ in ("NNS", "NNPS"):
        return doc[cand.end].text
    return None


def _governor(token: Token) -> int:
    """Index of the verb whose clause holds the token (the token itself when it is the root)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor.i
    return token.sent.root.i if token.pos_ not in ("VERB", "AUX") else token.i


def _time(doc: Doc, text: str, cand: Candidate, sent: SpacySpan, dates: list[tuple[int, int, int, int]],
          taken: list[tuple[int, int]]) -> Span | None:
    """The DATE entity of the figure's clause (same governing verb), else the nearest close one."""
    if cand.category == "age":
        return None
    lo = bisect_right(dates, (sent.start, -1, -1, -1))
    anchor = doc[cand.numerals[0].start] if cand.numerals else doc[cand.start]
    verb = None
    best, best_rank = None, None
    for date in dates[lo:]:
        start, end = date[0], date[1]
        if start >= sent.end:
            break
        if end > sent.end or any(s < end and start < e for s, e in taken):
            continue
        if doc[end - 1].dep_ in ("compound", "nmod", "amod", "poss", "nummod") and doc[end - 1].head.i >= end:
            continue  # `the 2019 level`: a year naming a baseline, not when the figure applies
        distance = min(abs(start - cand.end), abs(cand.start - end))
        if verb is None:
            verb = _governor(anchor)
        same_clause = _governor(doc[end - 1]) == verb
        if not same_clause and distance > 12:
            continue
        last = doc[cand.end - 1]
        attached = any(a.i in (anchor.i, last.i) for a in doc[end - 1].ancestors)  # `1.5 million in 2010`
        rank = (not attached, not same_clause, distance, start < cand.start)
        if best_rank is None or rank < best_rank:
            best, best_rank = date, rank
    if best is None:
        return None
    return Span(start=best[2], end=best[3], text=text[best[2]:best[3]])


# --- driver ------------------------------------------------------------------------------------------


# Single words a number can start from, besides what spaCy's LIKE_NUM already covers.
_ANCHOR_WORDS = frozenset(
    set(ONES) | set(TENS) | set(SCALE_WORDS) | set(VAGUE_PLURALS) | set(VAGUE_OF_ONLY) | {"dozen", "half"}
    | set(DECADE_WORDS) | {f"{p}-{w}" for p in DECADE_PARTS for w in DECADE_WORDS} | set(VULGAR_FRACTIONS)
)
# `+5`, `.5`, `US$5`, `mid-90s`, `over-65s`
_ANCHOR_RE = re.compile(r"(?:[+\-−~≈]?\.?\d|[A-Z]{1,3}\$\d|(?i:(?:early|mid|late)-\d0'?s|(?:over|under)-\d{1,3}s)$)")


def _is_anchor_word(word: str) -> bool:
    return word.lower() in _ANCHOR_WORDS or _ANCHOR_RE.match(word) is not None


@lru_cache(maxsize=8)
def _anchor_lookups(vocab: Vocab) -> tuple[int, PhraseMatcher]:
    """The lexeme flag of one-word anchors and a matcher of two-word ones (`a dozen`, `a third`)."""
    pairs = sorted(set(SCALE_WORDS) | set(DENOMINATORS) | {"dozen", "a", "an", "of", "couple"})
    two_words = phrase_matcher(vocab, "LOWER", {"NUM": [(first, w) for first in ("a", "an", "half") for w in pairs]})
    return word_flag(vocab, _is_anchor_word), two_words


def _anchors(doc: Doc) -> list[int]:
    """Tokens a number can start from, in order."""
    flag, two_words = _anchor_lookups(doc.vocab)
    return sorted(set(flagged(doc, flag, like_num=True)) | {start for _, start, _ in two_words(doc)})


def _candidate(doc: Doc, i: int) -> Candidate | None:
    vague = _vague(doc, i)
    if vague is not None:
        return vague
    decade = _decade_age(doc, i)
    if decade is not None:
        return decade
    group = _AGE_GROUP.match(doc[i].lower_)
    if group is not None:  # `free travel for over-65s`
        age = int(group.group(2))
        return Candidate(i, i + 1, value=age, unit="year", category="age", qualifier=group.group(1),
                         bound=QUALIFIERS[group.group(1)], numerals=[Numeral(i, i + 1, age)])
    first = _simple(doc, i)
    if first is None:
        return None
    score = _score(doc, first)
    if score is not None:
        return score
    proportion = _proportion(doc, first)
    if proportion is not None:
        return _qualify(doc, proportion)
    first = _compound_measure(doc, first)
    cand = _range(doc, first)
    cand = _age_prefix(doc, cand)
    if cand.start > 0 and _lower(doc, cand.start - 1) == "between" and cand.low is None:
        return cand
    return _qualify(doc, cand)


def _plain_int(numeral: Numeral) -> bool:
    return bool(numeral.digits) and numeral.digits.isdigit() and len(numeral.digits) <= 3


def _score(doc: Doc, first: Candidate) -> Candidate | None:
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
    if end is None or _lower(doc, end) in ("-", "–") or _age_suffix(doc, end):
        return None
    a, b = int(match.group(1)), int(match.group(3))
    floor = doc[numeral.start].sent.start if doc.has_annotation("SENT_START") else 0
    window = doc[max(0, numeral.start - 8, floor):min(len(doc), end + 2)]
    if match.group("spaced") and a < b or _lower(doc, first.start - 1) in ("from", "between"):
        return None  # `from 0 to 100`: a range
    if (a < b or match.group("spaced")) and not any(t.lemma_.lower() in SCORE_WORDS or t.lower_ in SCORE_WORDS for t in window):
        return None
    return Candidate(first.start, end, category="score", numerals=[numeral])


def _proportion(doc: Doc, first: Candidate) -> Candidate | None:
    """`four in 10`, `one in five`, `nine out of ten`: a proportion, valued as a percentage."""
    if first.unit or first.category != "count" or first.low is not None or len(first.numerals) != 1:
        return None
    k = first.end
    if _lower(doc, k) == "in":
        k += 1
    elif _lower(doc, k) == "out" and _lower(doc, k + 1) == "of":
        k += 2
    else:
        return None
    if k >= len(doc) or CURRENCY_PREFIXES.get(doc[k].text):
        return None
    second = _numeral(doc, k)
    if second is None or second.glued_unit or second.low is not None or first.value is None:
        return None
    if second.digits and re.fullmatch(r"\d{4}", second.digits):
        return None  # `3 in 2020`
    if _unit_at(doc, second.end) is not None or _age_suffix(doc, second.end):
        return None  # `3 in 10 days`
    if not 0 < first.value < second.value:
        return None
    if _lower(doc, first.end) == "in" and second.value not in PROPORTION_BASES:
        return None  # `hit 55 in 60 balls`: a count and a second count, not a proportion
    return Candidate(first.start, second.end, value=100 * first.value / second.value, unit="percent",
                     category="percent", numerals=first.numerals + [second])


def _compound_measure(doc: Doc, first: Candidate) -> Candidate:
    """`6 ft 2 in`, `5 feet 11 inches`, `2 hours 30 minutes`: one measure in the larger unit."""
    sub = COMPOUND_UNITS.get(first.unit or "")
    if sub is None or first.value is None or first.low is not None or first.end >= len(doc):
        return first
    sub_unit, factor = sub
    numeral = _numeral(doc, first.end)
    if numeral is None or not numeral.digits and not numeral.word or numeral.glued_unit or numeral.low is not None:
        return first
    if not 0 <= numeral.value < factor:
        return first
    end = numeral.end
    unit = _unit_at(doc, end)
    if unit is not None and unit[1] == sub_unit:
        end = unit[0]
    elif sub_unit == "inch" and (_lower(doc, end) == "in" or unit is None):
        end = end + 1 if _lower(doc, end) == "in" else end  # `6 ft 2 in`, `5 ft 11`
    elif sub_unit == "cm" and unit is None and numeral.digits and numeral.digits.isdigit():
        pass  # `1 metre 80`
    else:
        return first
    if _lower(doc, end) in ("and",) or end < len(doc) and doc[end].pos_ == "NOUN" and unit is None:
        return first
    return replace(first, end=end, value=first.value + numeral.value / factor,
                   numerals=first.numerals + [numeral])


def _decade_age(doc: Doc, i: int) -> Candidate | None:
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
    if _lower(doc, end) in ("'s", "’s") and _joined(doc, i) and tens.isdigit():
        end += 1  # `20 's`
    elif not tens.isdigit() or match.group(3):
        pass
    else:
        return None
    if mod is None and _lower(doc, start - 1) in DECADE_PARTS:
        mod, start = _lower(doc, start - 1), start - 1
    elif mod is None and _lower(doc, start - 1) == "-" and _lower(doc, start - 2) in DECADE_PARTS:
        mod, start = _lower(doc, start - 2), start - 2
    if _lower(doc, start - 1) in AGE_BOUNDS and tens.isdigit() and mod is None:
        age = float(base)  # `over 60s get free tickets`: an age group
        bound = QUALIFIERS[_lower(doc, start - 1)]
        return Candidate(start - 1, end, value=age, unit="year", category="age", qualifier=_lower(doc, start - 1),
                         bound=bound, numerals=[Numeral(i, end, age)])
    listed = _lower(doc, start - 1) in ("and", "or", "to") and start > 1 and _DECADE.fullmatch(doc[start - 2].lower_)
    if _lower(doc, start - 1) not in POSSESSIVES and not listed:
        return None  # `the 1990s`, `the sixties`: decades of the calendar
    lo, hi = DECADE_PARTS.get(mod or "", (0, 9))
    if base == 10:
        lo = max(lo, 3)
    return Candidate(start, end, low=base + lo, high=base + hi, unit="year", category="age",
                     qualifier=mod, bound="approximate" if mod else "exact", numerals=[Numeral(i, end, base)])


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


def _merge_bounds(doc: Doc, found: list[Candidate]) -> list[Candidate]:
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


def _excluded(doc: Doc, cand: Candidate) -> bool:
    if cand.vague:
        return False
    if cand.category == "score":
        return True
    if cand.category in ("count",) and cand.unit is None:
        if _is_year(doc, cand) or _is_identifier(doc, cand) or _is_pronoun_one(doc, cand):
            return True
    if cand.category in ("count", "measure") and _is_date_or_time(doc, cand):
        return True
    first = doc[cand.start]
    if first.lower_ == "one" and first.is_sent_start and cand.end - cand.start == 2 \
            and _lower(doc, cand.end - 1) in ONE_TIME_ADVERBS:
        return True  # `One day I will go`: an adverb of time, not a duration
    return False


def _final_stop(doc: Doc, last: int) -> int:
    """1 when the figure's last token carries the sentence's full stop (`3 m.`, `HK$10m.`), else 0."""
    token = doc[last]
    if len(token.text) < 2 or not token.text.endswith(".") or token.text[-2] == ".":
        return 0
    if last + 1 < len(doc) and not doc[last + 1].is_sent_start and not doc[last + 1].is_space \
            and doc[last + 1].text[:1] not in ('"', "'", "”", "’", ")"):
        return 0
    return 1 if re.search(r"\d[a-zA-Z]{1,3}\.$|^[a-zA-Z°º]{1,4}\.$", token.text) else 0


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    rounded = round(value, 6)
    return int(rounded) if rounded == int(rounded) else rounded


def extract_numbers(doc: Doc, ctx: Context) -> list[Quantity]:
    """Every quantitative expression in the doc, with value or range, unit, qualifier and context."""
    boilerplate = ctx.boilerplate
    starts = _anchors(doc)
    found: list[Candidate] = []
    last_end = 0
    for i in starts:
        if i < last_end:
            continue
        cand = _candidate(doc, i)
        if cand is None or cand.start < last_end:
            continue
        last_end = cand.end
        if _excluded(doc, cand):
            if _lower(doc, cand.end) == "of" and cand.end + 1 < len(doc) and doc[cand.end + 1].is_digit \
                    and doc[cand.start].lower_ != "one":
                last_end = cand.end + 2  # `Image 1 of 5`, `Page 2 of 3`
            continue
        if _is_age_apposition(doc, cand):
            cand.unit, cand.category = "year", "age"
        found.append(cand)
    found = _merge_bounds(doc, found)
    taken = [(c.start, c.end) for c in found]
    dates = sorted((e.start, e.end, e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE")
    text = text_of(doc)
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    sent_starts = [sent.start for sent in sents]
    numbers: list[Quantity] = []
    for cand in found:
        span = doc[cand.start:cand.end]
        if inside(boilerplate, span.start_char, span.end_char):
            continue
        anchor = doc[cand.numerals[0].start] if cand.numerals else doc[cand.start]
        sent = sents[max(0, bisect_right(sent_starts, cand.start) - 1)]
        end_char = span.end_char - _final_stop(doc, cand.end - 1)
        numbers.append(Quantity(
            id=f"n{len(numbers) + 1}", start=span.start_char, end=end_char, text=text[span.start_char:end_char],
            value=_number(cand.value) if cand.low is None and not cand.vague else None,
            low=_number(cand.low), high=_number(cand.high), unit=cand.unit,
            qualifier=cand.qualifier, bound=cand.bound, vague=cand.vague,
            category=cand.category if cand.category in ("count", "money", "percent", "measure", "age",
                                                         "vague") else "count",
            counted=_counted(doc, cand), time=_time(doc, text, cand, sent, dates, taken), source=figure_source(doc, anchor, sent, taken),
        ))
    return numbers


EXTRACTOR = Extractor(provides="numbers", needs=(), run=extract_numbers)
