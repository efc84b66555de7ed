"""The assembled extractor: figures outside page furniture, each with a value, a range or vague."""

from __future__ import annotations

from spacy.language import Language

from newsclaims.extractors import Context
from newsclaims.extractors.numbers import extract_numbers
from tests.extractors.numbers.helpers import numbers_of
from tests.extractors.numbers.test_ages import FORMS as AGES
from tests.extractors.numbers.test_digits import FORMS as DIGITS
from tests.extractors.numbers.test_ranges import FORMS as RANGES
from tests.extractors.numbers.test_units import FORMS as UNITS
from tests.extractors.numbers.test_words import FORMS as WORDS


def test_numbers_in_boilerplate_regions_are_skipped(nlp: Language) -> None:
    doc = nlp("Haze icon 77º\nSome 600 people attended.")
    boilerplate = ((0, doc.text.index("\n")),)
    assert [n.text for n in extract_numbers(doc, Context(text=doc.text, boilerplate=boilerplate))] == ["600"]


def test_every_number_has_a_value_a_range_or_is_vague(nlp: Language) -> None:
    text = " ".join(sentence for sentence, *_ in DIGITS + WORDS + UNITS + RANGES + AGES)
    doc = nlp(text)
    for number in numbers_of(doc):
        assert doc.text[number.start:number.end] == number.text
        assert number.vague or number.value is not None or (number.low is not None and number.high is not None)

