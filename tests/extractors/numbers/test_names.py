"""Numerals inside names are no figures, decided from the parse, NER and capitals (no lists of names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.numbers.helpers import numbers_of

NAMES = [
    ("Scotland seek a first Six Nations victory at the eighth attempt.", "Six"),
    ("The show moves to Channel 4 next year.", "4"),
    ("The quiz returns on BBC Two in May.", "Two"),
    ("He presents the breakfast show on Radio 1.", "1"),
    ("He presents on Radio 1 and Five Live.", "Five"),
    ("The Formula One season starts in March.", "One"),
    ("The airline ordered ten Boeing 737-800 jets.", "737"),
    ("Sony sold 2 million PlayStation 2 consoles.", "PlayStation 2"),
    ("The FTSE 100 index fell 0.4 per cent.", "100"),
    ("Ras Kwame is host of 100% Homegrown on Radio 1's digital station.", "100%"),
    ("Leaders of the G8 met in Scotland.", "8"),
    ("The Boeing 737 landed safely.", "737"),
    ("He told BBC Radio Four on Monday.", "Four"),
    ("The G20 and the Group of Eight agreed.", "Eight"),
    ("The film Ocean's Twelve took $40m.", "Twelve"),
    ("The S&P 500 rose 1% on Monday.", "500"),
    ("He created the Fantastic Four characters.", "Four"),
    ("Gorgonzola 3 opened in May, with takings of $40m.", "3"),
    ("Bluefin 2 and its rival took $90m between them.", "2"),
]


@pytest.mark.parametrize(("sentence", "text"), NAMES)
def test_a_numeral_inside_a_name_is_no_figure(nlp: Language, sentence: str, text: str) -> None:
    numbers = numbers_of(nlp(sentence))
    assert all(text not in n.text and n.text not in text for n in numbers), [n.text for n in numbers]


COUNTS = [
    ("Some 300 Labour MPs signed the letter.", "300"),
    ("About 20 Chelsea fans were arrested.", "20"),
    ("Only 1,688 Russians crossed that day.", "1,688"),
    ("In Iraq 50 people died on Sunday.", "50"),
    ("She has won 3 Oscars.", "3"),
    ("Storm Kills Three In Texas", "Three"),
    ("He said: Three people died.", "Three"),
    ("Sony sold 2 million PlayStation 2 consoles.", "2 million"),
    ("The airline ordered ten Boeing 737-800 jets.", "ten"),
    ("Labour won 356 seats and the Tories 197.", "197"),
    ("Adriano has scored 14 goals in 20 Serie A appearances.", "20"),
    ("Mr Straw said some countries in the enlarged 25 nation EU disagree.", "25"),
]


@pytest.mark.parametrize(("sentence", "text"), COUNTS)
def test_counts_beside_names_or_in_title_case_lines_stay_figures(nlp: Language, sentence: str, text: str) -> None:
    assert text in [n.text for n in numbers_of(nlp(sentence))]
