"""What the numbers tests share: run the extractor on a parsed sentence and check one figure."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsclaims.extractors import Context
from newsclaims.extractors.numbers import extract_numbers
from newsclaims.schema import Quantity

Expected = float | tuple[float, float] | None
"""A figure's value, or its (low, high) range."""
Form = tuple[str, str, Expected, str | None, str | None]
"""sentence, span text, value or (low, high), unit, qualifier."""


def numbers_of(doc: Doc) -> list[Quantity]:
    return extract_numbers(doc, Context.of(doc))


def find(numbers: list[Quantity], text: str) -> Quantity:
    """The first figure whose span text is `text` (fails, listing what was found, when none is)."""
    matches = [n for n in numbers if n.text == text]
    assert matches, f"{text!r} not found in {[n.text for n in numbers]}"
    return matches[0]


def check_form(nlp: Language, sentence: str, span: str, expected: Expected, unit: str | None,
               qualifier: str | None) -> Quantity:
    """The figure `span` of `sentence` has exactly this value (or range), unit and qualifier."""
    doc = nlp(sentence)
    number = find(numbers_of(doc), span)
    assert doc.text[number.start:number.end] == number.text
    if isinstance(expected, tuple):
        assert (number.low, number.high) == pytest.approx(expected)
        assert number.value is None
    else:
        assert number.value == pytest.approx(expected)
        assert number.low is None and number.high is None
    assert number.unit == unit
    assert number.qualifier == qualifier
    assert not number.vague
    return number
