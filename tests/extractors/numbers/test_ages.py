"""Ages: `-year-old`, `aged`, copulas, appositions, life events, decades of life, age groups."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.numbers.helpers import Expected, Form, check_form

FORMS: list[Form] = [
    ("A 35-year-old teacher spoke first.", "35-year-old", 35, "year", None),
    ("The victim, aged 29, was a nurse.", "aged 29", 29, "year", None),
    ("My nephew is five years old.", "five years old", 5, "year", None),
    ("The baby is 18 months old.", "18 months old", 18, "month", None),
    ("Men under age 65 were called up.", "age 65", 65, "year", "under"),
    ("Marta, 41, runs a bakery.", "41", 41, "year", None),
    ("The mayor met Jonas Berg, 52, on Friday.", "52", 52, "year", None),
    ("The mayor met Ana (37) on Friday.", "37", 37, "year", None),
    ("Volunteers aged between 18 and 65 applied.", "18 and 65", (18, 65), "year", None),
    ("He died at the age of 30 in Rome.", "30", 30, "year", None),
    ("The toddler is two and a half years old.", "two and a half years old", 2.5, "year", None),
    ("Children aged 5 to 10 can enter.", "aged 5 to 10", (5, 10), "year", None),
    ("Ads target 18-25-year-olds.", "18-25-year-olds", (18, 25), "year", None),
    ("Voters between the ages of 18 and 29 turned out.", "18 and 29", (18, 29), "year", None),
    ("The singer turned 80 last week.", "80", 80, "year", None),
    ("The suspect is in his 30s.", "30s", (30, 39), "year", None),
    ("Witnesses saw a woman in her late 50s.", "late 50s", (57, 59), "year", "late"),
    ("Both are in their early twenties.", "early twenties", (20, 23), "year", "early"),
    ("He was in his mid-40s.", "mid-40s", (44, 46), "year", "mid"),
    ("The 61-year-old's lawyer declined to comment.", "61-year-old", 61, "year", None),
    ("The driver, 27, was unhurt.", "27", 27, "year", None),
    ("Children under 12 ride free.", "12", 12, "year", "under"),
    ("Residents aged over 70 get the jab first.", "70", 70, "year", "over"),
    ("Students aged between 16 and 19 took part.", "16 and 19", (16, 19), "year", None),
    ("Voters must be 18 or older.", "18", 18, "year", "or older"),
    ("Bus passes for over-60s were cut.", "over-60s", 60, "year", "over"),
    ("Under-16s must wear helmets.", "Under-16s", 16, "year", "under"),
    ("Over 70s can claim the grant.", "Over 70s", 70, "year", "over"),
    ("Renters in their thirties and forties are leaving.", "forties", (40, 49), "year", None),
    ("The judge retired at 68 last spring.", "68", 68, "year", None),
    ("A 40-something teacher won the lottery.", "40-something", (40, 49), "year", None),
    ("Kids 12 and under skate free.", "12", 12, "year", "and under"),
    ("My nephew is 9.", "9", 9, "year", None),
    ("He is thirty-four.", "thirty-four", 34, "year", None),
    ("The score is 9.", "9", 9, None, None),
]


@pytest.mark.parametrize(("sentence", "span", "expected", "unit", "qualifier"), FORMS)
def test_ages_are_read_in_years_from_every_phrasing(
    nlp: Language, sentence: str, span: str, expected: Expected, unit: str | None, qualifier: str | None
) -> None:
    check_form(nlp, sentence, span, expected, unit, qualifier)
