"""Later uses of known names, found in one pass (extractors.entities.occurrences)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.extractors.entities.occurrences import occurrences

_ALPHABET = "AaBb .-'’_é1"


def test_the_longest_name_wins_and_names_glued_to_words_or_dots_do_not_count():
    text = "Oleg Smith met Oleg. J.Oleg and Olegovich did not. Oleg Smithy came."
    found = [text[s:e] for s, e in occurrences(text, {"Oleg", "Oleg Smith"})]
    assert found == ["Oleg Smith", "Oleg", "Oleg"]


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=30), st.sets(st.text(_ALPHABET, min_size=1, max_size=4), min_size=1, max_size=5))
def test_finds_what_an_alternation_of_the_names_longest_first_finds(text, names):
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w.])(?:" + alternation + r")(?!\w)")
    assert list(occurrences(text, names)) == [(m.start(), m.end()) for m in pattern.finditer(text)]
