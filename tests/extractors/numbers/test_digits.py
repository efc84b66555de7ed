"""Numerals in digits: separators, decimals, glued scales, fractions, feet and inches, scientific."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.numbers.helpers import Expected, Form, check_form

FORMS: list[Form] = [
    ("The committee received 1,234,567 letters.", "1,234,567", 1234567, None, None),
    ("The club sold 2.5 million tickets.", "2.5 million", 2_500_000, None, None),
    ("The app has 1.5k reviews.", "1.5k", 1500, None, None),
    ("The pipe is 2 1/2 miles long.", "2 1/2 miles", 2.5, "mile", None),
    ("The city has 8.2m residents.", "8.2m", 8_200_000, None, None),
    ("The box held 3 dozen eggs.", "3 dozen", 36, None, None),
    ("The app has 1M users.", "1M", 1_000_000, None, None),
    ("My cousin is 3 and a half.", "3 and a half", 3.5, None, None),
    ("Nearly 5/8 of the seats were empty.", "5/8", 0.625, None, "nearly"),
    ("Some 3/10 of the loans failed.", "3/10", 0.3, None, "some"),
    ("We ordered 4 dozen bagels.", "4 dozen", 48, None, None),
    ("The invoice came to 4,321.75 in total.", "4,321.75", 4321.75, None, None),
    ("The gauge read -7.5 at noon.", "-7.5", -7.5, None, None),
    ("The sample held 2e5 cells.", "2e5", 200_000, None, None),
    ("The deficit reached 96 bln in July.", "96 bln", 96e9, None, None),
    ("The forward is 6'1\" and quick.", "6'1\"", 6 + 1 / 12, "foot", None),
    ("Stir in ½ teaspoon of cumin.", "½ teaspoon", 0.5, "tsp", None),
    # mixed numbers, suffixes, negatives
    ("Add 1 3/4 cups of flour.", "1 3/4 cups", 1.75, "cup", None),
    ("The pipe is 2 1/4 miles long.", "2 1/4 miles", 2.25, "mile", None),
    ("The trip took 2 and three quarters days.", "2 and three quarters days", 2.75, "day", None),
    ("The firm earned 5K last year.", "5K", 5000, None, None),
    ("Public debt hit $1.2tn.", "$1.2tn", 1.2e12, "USD", None),
    ("The loss was -$3m.", "-$3m", -3_000_000, "USD", None),
    ("The gauge read minus 5 at dawn.", "minus 5", -5, None, None),
    ("Real wages grew negative 3 percent.", "negative 3 percent", -3, "percent", None),
]


@pytest.mark.parametrize(("sentence", "span", "expected", "unit", "qualifier"), FORMS)
def test_digits_read_with_separators_scales_and_fractions(
    nlp: Language, sentence: str, span: str, expected: Expected, unit: str | None, qualifier: str | None
) -> None:
    check_form(nlp, sentence, span, expected, unit, qualifier)
