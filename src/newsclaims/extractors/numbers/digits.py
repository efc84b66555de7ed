"""Numerals written in digits: separators, decimal commas, glued scales and units (`$676m`, `30C`,
`1.5k`), ranges inside one token (`20–30`), fractions (`2 1/2`, `½`), feet and inches (`5'11`),
scientific notation, and thousands split by spaces (`1 000 000`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsclaims.extractors.numbers.model import Numeral, joined, lower_at
from newsclaims.extractors.numbers.words import and_fraction, words_numeral
from newsclaims.lexicon.numbers import (
    CURRENCY_PREFIXES,
    MONEY_ONLY_SCALES,
    SCALE_WORDS,
    SHORT_SCALES,
    SPACED_SCALES,
    UNITS,
    VULGAR_FRACTIONS,
)

_DIGITS = re.compile(
    r"^(?P<sign>[+\-−~≈])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<vf>[½¼¾⅓⅔⅕⅛])?(?P<suf>\D.*)?$"
)
_IN_TOKEN_RANGE = re.compile(
    r"^(?P<a>\d[\d,.]*(?:[a-zA-Z]{0,3}|%))[-–—~](?P<cur>[$£€¥₽₹])?(?P<b>\d[\d,.]*[a-zA-Z%°º]{0,3})$")
_FRACTION = re.compile(r"^(\d{1,2})/(2|3|4|8|16)$")
_ANY_FRACTION = re.compile(r"^(\d{1,3})/(\d{1,4})$")
_SCIENTIFIC = re.compile(r"^[+\-]?\d+(?:\.\d+)?(?:[eE]|[x×]10\^)[+\-]?\d{1,3}$")
_FEET_INCHES = re.compile(r"^(\d)['’](\d{1,2})$")  # `5'11`
_GLUED_WORDS = frozenset(UNITS) | frozenset(SHORT_SCALES)
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th", "s", "'s", "’s"})


def digit_text(text: str, money: bool) -> tuple[float, float, str | None, tuple[str, str] | None, str | None] | None:
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
    if len(suffix) > 1 and suffix.endswith(".") and suffix[:-1].lower() in _GLUED_WORDS:
        suffix = suffix[:-1]  # `60W.`: the sentence's full stop (left out of the span at the end)
    low = suffix.lower()
    if len(suffix) == 1 and suffix.isupper() and suffix not in ("C", "F", "K", "M", "B", "L", "W", "V"):
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
    low, high = digit_text(match.group("a"), money), digit_text(match.group("b"), money)
    if low is None or high is None or low[4] or low[3] and (low[3][0] != "percent" or high[3]):
        return None  # a unit glued to the low end only when it is `%` (`2.5%-3` `%`)
    if re.fullmatch(r"\d{3}", match.group("a")) and re.fullmatch(r"\d{4}", match.group("b")):
        return None  # `555-1234`: a phone number
    value, scale, digits, glued, post = high
    end = i + 1
    nxt = lower_at(doc, end)
    if nxt.endswith(".") and nxt[:-1] in SHORT_SCALES and (end + 1 == len(doc) or doc[end + 1].is_sent_start):
        nxt = nxt[:-1]  # `£1m-£2m.` at the end of a sentence
    if scale == 1.0 and not glued and joined(doc, i) and nxt in SHORT_SCALES and (
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


def digits_numeral(doc: Doc, i: int, money: bool) -> Numeral | None:
    token = doc[i]
    fraction = _FRACTION.match(token.text)
    if fraction:
        num, den = int(fraction.group(1)), int(fraction.group(2))
        return Numeral(i, i + 1, num / den) if num < den else None
    fraction = _ANY_FRACTION.match(token.text)
    if fraction and lower_at(doc, i + 1) == "of" and lower_at(doc, i - 1) not in ("on", "from", "until", "by"):
        num, den = int(fraction.group(1)), int(fraction.group(2))  # `7/12 of the members`, not `on 7/12`
        return Numeral(i, i + 1, num / den) if 0 < num < den else None
    feet = _FEET_INCHES.match(token.text)
    if feet and int(feet.group(2)) < 12:
        end = i + 1 if not (joined(doc, i) and lower_at(doc, i + 1) in ('"', "''", "”")) else i + 2
        return Numeral(i, end, int(feet.group(1)) + int(feet.group(2)) / 12, glued_unit=("foot", "measure"))
    if _SCIENTIFIC.match(token.text):
        return Numeral(i, i + 1, float(re.sub(r"[x×]10\^", "e", token.text)))  # `1e6`, `3x10^8`
    if token.text in VULGAR_FRACTIONS:
        return Numeral(i, i + 1, VULGAR_FRACTIONS[token.text])
    ranged = _in_token_range(doc, i, money)
    if ranged is not None:
        return ranged
    parsed = digit_text(token.text, money)
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
        frac = digits_numeral(doc, end, money)
        if frac is not None:
            value += frac.value if value >= 0 else -frac.value
            end += 1
    fraction = and_fraction(doc, end) if "." not in digits else None
    if fraction is not None:
        value += fraction[0] if value >= 0 else -fraction[0]  # `3 and a half`, `2 and three quarters`
        end = fraction[1]
    nxt = lower_at(doc, end)
    if nxt in ("m.", "bn.", "k.", "mn.") and joined(doc, end - 1) and (
            end + 1 == len(doc) or doc[end + 1].is_sent_start or doc[end + 1].text[:1].isupper()):
        nxt = nxt[:-1]  # `is 8.2m.` at the end of a sentence
    if nxt == "m" and joined(doc, end - 1) and "." in digits:
        money = True
    if nxt in SCALE_WORDS or nxt in ("dozen", "dozens"):
        scale = SCALE_WORDS.get(nxt, 12)
        value *= scale
        end += 1
        while lower_at(doc, end) in SCALE_WORDS and SCALE_WORDS[lower_at(doc, end)] > 100:  # `3 hundred thousand`
            scale = SCALE_WORDS[lower_at(doc, end)]
            value *= scale
            end += 1
    elif nxt in SHORT_SCALES and (joined(doc, end - 1) or (money and nxt not in ("m", "b", "k"))
                                  or nxt in SPACED_SCALES) and (
            money or nxt not in MONEY_ONLY_SCALES or doc[end].text in ("M", "B")):
        scale = SHORT_SCALES[nxt]
        value *= scale
        end += 1
    return Numeral(i, end, value, scale, digits if scale == 1.0 else None)


def read_numeral(doc: Doc, i: int, money: bool = False) -> Numeral | None:
    text = doc[i].text
    if text[0].isdigit() or text[0] in "+-−.~≈" or text in VULGAR_FRACTIONS:
        return digits_numeral(doc, i, money)
    return words_numeral(doc, i)
