"""The number grammar's tables load from `lexicon/data/` whole and consistent."""

from __future__ import annotations

from newsclaims.lexicon.numbers import (
    DENOMINATORS,
    IDENTIFIER_NOUNS,
    ONES,
    POST_QUALIFIERS,
    QUALIFIERS,
    SCALE_WORDS,
    SHORT_SCALES,
    TENS,
    VULGAR_FRACTIONS,
    stated_age,
)

BOUNDS = {"exact", "approximate", "lower", "upper"}


def test_cardinal_words_cover_zero_to_ninety_nine_with_their_values() -> None:
    assert sorted(ONES.values()) == list(range(20))
    assert sorted(TENS.values()) == list(range(20, 100, 10))
    assert (ONES["seventeen"], TENS["forty"], SCALE_WORDS["million"], SCALE_WORDS["crore"]) == (17, 40, 1e6, 1e7)


def test_scales_fractions_and_denominators_have_their_values() -> None:
    assert (SHORT_SCALES["bn"], SHORT_SCALES["k"], DENOMINATORS["thirds"], DENOMINATORS["quarter"]) == (1e9, 1e3, 3, 4)
    assert VULGAR_FRACTIONS["⅔"] == 2 / 3


def test_every_qualifier_states_one_of_the_four_bounds() -> None:
    assert set(QUALIFIERS.values()) | set(POST_QUALIFIERS.values()) <= BOUNDS
    assert (QUALIFIERS["more than"], QUALIFIERS["<="], POST_QUALIFIERS["or more"]) == ("lower", "upper", "lower")


def test_the_hash_sign_is_an_identifier_noun_though_it_starts_comments_in_data_files() -> None:
    assert {"#", "no.", "flight", "article"} <= IDENTIFIER_NOUNS


def test_a_stated_age_runs_up_to_and_including_the_maximum() -> None:
    assert stated_age(120) and stated_age(0.5) and not stated_age(0) and not stated_age(121)
