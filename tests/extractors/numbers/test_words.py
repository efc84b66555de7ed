"""Numerals in words: compounds, scales, `and`, decimals, halves and fractions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.numbers.helpers import Expected, Form, check_form

FORMS: list[Form] = [
    ("She has three dogs and a cat.", "three", 3, None, None),
    ("They planted twenty five trees.", "twenty five", 25, None, None),
    ("They planted twenty-five trees.", "twenty-five", 25, None, None),
    ("The village has two hundred and fifty-three residents.", "two hundred and fifty-three", 253, None, None),
    ("Officials counted two million ballots.", "two million", 2_000_000, None, None),
    ("The studio bought a dozen cameras.", "a dozen", 12, None, None),
    ("The bakery sold half a dozen cakes.", "half a dozen", 6, None, None),
    ("The fund gained one and a half million members.", "one and a half million", 1_500_000, None, None),
    ("A million visitors came.", "A million", 1_000_000, None, None),
    ("Two thirds of voters agreed.", "Two thirds", 2 / 3, None, None),
    ("A quarter of the budget went on roads.", "A quarter", 0.25, None, None),
    ("They counted one hundred and twelve birds.", "one hundred and twelve", 112, None, None),
    ("They counted fifteen hundred cars.", "fifteen hundred", 1500, None, None),
    ("The dose is zero point five grams.", "zero point five grams", 0.5, "g", None),
    ("Three-quarters of the wells ran dry.", "Three-quarters", 0.75, None, None),
    ("Half of the flats were empty.", "Half", 0.5, None, None),
    ("Nearly half the staff left.", "half", 0.5, None, "nearly"),
    ("A quarter of a million people marched.", "A quarter of a million", 250_000, None, None),
    ("A fifth of the crop was lost.", "A fifth", 0.2, None, None),
    ("The choir has thirty-two singers.", "thirty-two", 32, None, None),
    ("The shelter took in one hundred and seven dogs.", "one hundred and seven", 107, None, None),
    ("We stayed a couple of nights.", "a couple", 2, None, None),
    ("Seven hundred volunteers came.", "Seven hundred", 700, None, None),
    ("Nine hundred and ninety-nine lanterns rose.", "Nine hundred and ninety-nine", 999, None, None),
    ("The bus ride took half an hour.", "half an hour", 0.5, "hour", None),
    # compounds without `and`, with `and` after any scale, and fractions after `and`
    ("They counted one hundred twenty-three birds.", "one hundred twenty-three", 123, None, None),
    ("Three hundred and thirty one people attended.", "Three hundred and thirty one", 331, None, None),
    ("There were fifty two entries.", "fifty two", 52, None, None),
    ("They raised two thousand and two hundred pounds.", "two thousand and two hundred pounds", 2200, "GBP", None),
    ("The club has two thousand five hundred members.", "two thousand five hundred", 2500, None, None),
    ("A thousand and one nights passed.", "A thousand and one", 1001, None, None),
    ("The city has one million two hundred thousand residents.", "one million two hundred thousand", 1_200_000,
     None, None),
    ("A hundred and fifty people came.", "A hundred and fifty", 150, None, None),
    ("He ran one-and-a-half miles.", "one-and-a-half miles", 1.5, "mile", None),
    ("Two and a half million people watched.", "Two and a half million", 2_500_000, None, None),
    ("Half a billion dollars was spent.", "Half a billion dollars", 500_000_000, "USD", None),
    ("The walk took five and a quarter hours.", "five and a quarter hours", 5.25, "hour", None),
    ("The climb took two and three quarters hours.", "two and three quarters hours", 2.75, "hour", None),
    ("The rate is three point one four percent.", "three point one four percent", 3.14, "percent", None),
    ("One-fifth of staff agreed.", "One-fifth", 0.2, None, None),
    ("Two dozen roses were sold.", "Two dozen", 24, None, None),
    # a fraction word standing alone after a word of amount, or as the subject
    ("They cut costs by a third.", "a third", 1 / 3, None, None),
    ("Turnout could rise to half.", "half", 0.5, None, None),
    ("The economy mattered for a third, and tax for a quarter.", "a quarter", 0.25, None, None),
    ("A quarter said they would not vote.", "A quarter", 0.25, None, None),
]


@pytest.mark.parametrize(("sentence", "span", "expected", "unit", "qualifier"), FORMS)
def test_number_words_read_as_one_value(
    nlp: Language, sentence: str, span: str, expected: Expected, unit: str | None, qualifier: str | None
) -> None:
    check_form(nlp, sentence, span, expected, unit, qualifier)
