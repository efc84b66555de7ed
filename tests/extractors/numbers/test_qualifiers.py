"""Qualifiers before and after a figure, the bound each states, and vague magnitudes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.numbers.helpers import Expected, Form, check_form, find, numbers_of

FORMS: list[Form] = [
    ("Over 194,000 people left.", "194,000", 194000, None, "over"),
    ("The toll could be as high as 1.2 million.", "1.2 million", 1_200_000, None, "as high as"),
    ("Some 300,000 reservists were called up.", "300,000", 300000, None, "some"),
    ("At least three regions closed their borders.", "three", 3, None, "at least"),
    ("Fewer than 40 firms replied.", "40", 40, None, "fewer than"),
    ("Roughly 15 boats sank.", "15", 15, None, "roughly"),
    ("Up to 60 flights were cancelled.", "60", 60, None, "up to"),
    ("More than a dozen witnesses spoke.", "a dozen", 12, None, "more than"),
    ("They expect 50 or more guests.", "50", 50, None, "or more"),
    ("The hall seats 500+ people.", "500", 500, None, "+"),
    ("The margin of error is plus or minus 3 percentage points.", "3 percentage points", 3,
     "percentage point", "plus or minus"),
    ("Only one of the 40 members voted.", "one", 1, None, "only"),
    ("Less than half of the staff came.", "half", 0.5, None, "less than"),
    ("As few as 10 seats changed hands.", "10", 10, None, "as few as"),
    ("The hall seats 40-odd people.", "40", 40, None, "odd"),
    ("The hall seats 300 people or so.", "300", 300, None, None),
    ("The hall seats 300 or so people.", "300", 300, None, "or so"),
    ("Some reports say ~40 boats sank.", "~40", 40, None, "~"),
    ("We need 200 or greater.", "200", 200, None, "or greater"),
    ("Up to 2000 people came.", "2000", 2000, None, "up to"),
]


@pytest.mark.parametrize(("sentence", "span", "expected", "unit", "qualifier"), FORMS)
def test_qualifiers_are_kept_as_written(
    nlp: Language, sentence: str, span: str, expected: Expected, unit: str | None, qualifier: str | None
) -> None:
    check_form(nlp, sentence, span, expected, unit, qualifier)


BOUNDS = [
    ("About 50 boats sank.", "approximate"),
    ("Nearly 50 boats sank.", "upper"),
    ("Up to 50 boats sank.", "upper"),
    ("More than 50 boats sank.", "lower"),
    ("At least 50 boats sank.", "lower"),
    ("Only 50 boats sank.", "exact"),
    ("Exactly 50 boats sank.", "exact"),
]


@pytest.mark.parametrize(("sentence", "bound"), BOUNDS)
def test_qualifier_maps_to_what_it_says_about_the_bound(nlp: Language, sentence: str, bound: str) -> None:
    (number,) = numbers_of(nlp(sentence))
    assert number.bound == bound


VAGUE = [
    ("Thousands of people marched.", "Thousands"),
    ("Tens of thousands of people marched.", "Tens of thousands"),
    ("Hundreds of thousands of people marched.", "Hundreds of thousands"),
    ("Police arrested hundreds of protesters.", "hundreds"),
    ("Millions watched the final.", "Millions"),
    ("Dozens of homes flooded.", "Dozens"),
    ("Several thousand troops arrived.", "Several thousand"),
    ("A few hundred fans waited.", "A few hundred"),
]


@pytest.mark.parametrize(("sentence", "span"), VAGUE)
def test_vague_magnitudes_are_numbers_without_value(nlp: Language, sentence: str, span: str) -> None:
    number = find(numbers_of(nlp(sentence)), span)
    assert number.vague and number.value is None and number.low is None
