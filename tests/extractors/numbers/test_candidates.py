"""Where figures start: anchors found by a lexeme flag and a two-word matcher, built once per vocab."""

from __future__ import annotations

from spacy.language import Language

from newsclaims.extractors.numbers.candidates import anchor_lookups, anchors
from tests.extractors.numbers.helpers import numbers_of


def test_anchor_lookups_are_built_once_per_vocab(nlp: Language) -> None:
    assert anchor_lookups(nlp.vocab) is anchor_lookups(nlp.vocab)


def test_words_first_seen_after_the_anchor_flag_was_set_still_anchor(nlp: Language) -> None:
    numbers_of(nlp("Warm-up: 3 apples."))  # the flag exists from here on
    doc = nlp("The fund paid US$4817 to the over-83s and the mid-70s group.")
    assert [n.text for n in numbers_of(doc)][:2] == ["US$4817", "over-83s"]


def test_anchors_are_digits_number_words_and_two_word_starts(nlp: Language) -> None:
    doc = nlp("A dozen boats and 40 rafts left; several thousand people waved.")
    assert [doc[i].text for i in anchors(doc)] == ["A", "dozen", "40", "thousand"]
