"""A figure's context: what it counts, when it applies, and who says so."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.numbers.helpers import find, numbers_of


def test_counted_comes_from_the_noun_the_figure_modifies(nlp: Language) -> None:
    numbers = numbers_of(nlp("Only 1,688 Russians crossed, and thousands of cars waited at a 5,000-mile border."))
    assert [n.counted for n in numbers] == ["Russians", "cars", "border"]


def test_counted_follows_an_of_phrase(nlp: Language) -> None:
    (four, five) = numbers_of(nlp("Four of the five EU countries stopped issuing visas."))
    assert four.counted == "EU countries" and five.counted == "EU countries"


def test_source_is_the_according_to_body(nlp: Language) -> None:
    (number,) = numbers_of(nlp("Some 4,100 trucks crossed, according to the national customs office."))
    assert number.source == "the national customs office"


def test_source_is_the_subject_of_the_speech_verb(nlp: Language) -> None:
    (number,) = numbers_of(nlp("The regional governor said 3,000 homes had no power."))
    assert number.source == "The regional governor"


def test_time_is_the_date_in_the_same_clause(nlp: Language) -> None:
    doc = nlp("On Tuesday, 5,400 people crossed the bridge.")
    (number,) = numbers_of(doc)
    assert number.time is not None and number.time.text == "Tuesday"
    assert doc.text[number.time.start:number.time.end] == "Tuesday"


def test_time_prefers_the_date_next_to_the_figure(nlp: Language) -> None:
    numbers = numbers_of(nlp("The population grew from 1.2 million in 2000 to 1.5 million in 2010."))
    assert [n.time.text if n.time else None for n in numbers] == ["2000", "2010"]


def test_a_subject_holding_a_figure_is_no_source(nlp: Language) -> None:
    numbers = numbers_of(nlp("Two officials said 300 homes were flooded."))
    assert [(n.text, n.source) for n in numbers] == [("Two", None), ("300", None)]


COUNTED = [
    ("They signed a $6bn deal on Monday.", "$6bn", "deal"),
    ("About 5% of voters stayed at home.", "5%", "voters"),
    ("Sales saw a sharp 3 percent drop.", "3 percent", "drop"),
    ("The fund bought a 20% stake in the club.", "20%", "stake"),
    ("The council spent £5m of its reserves.", "£5m", "reserves"),
]


@pytest.mark.parametrize(("sentence", "span", "noun"), COUNTED)
def test_counted_is_the_head_noun_for_money_and_percentages_too(
    nlp: Language, sentence: str, span: str, noun: str
) -> None:
    assert find(numbers_of(nlp(sentence)), span).counted == noun
