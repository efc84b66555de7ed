"""Claims' units: sentences and clauses a claim may come from, and which of them state something."""

from __future__ import annotations

import pytest

from newsclaims.extractors.claims import is_statement


@pytest.mark.parametrize("fragment", ["Saturday, 26 February", "Murrayfield, Edinburgh", "77º", "1400 GMT",
                                      "Scotland v Italy (Sat)"])
def test_a_verbless_fragment_does_not_state_anything(nlp, fragment):
    assert not is_statement(nlp(fragment)[:])


@pytest.mark.parametrize("sentence", [
    "Border queues grow",
    "Shortly after that, long lines of cars formed on roads leading to the border.",
    "There were 40 arrests.",
])
def test_a_clause_with_a_verb_states_something(nlp, sentence):
    assert is_statement(nlp(sentence)[:])


def test_kickoff_lines_and_page_furniture_do_not_become_claims(run):
    text = ("Scotland v Italy (Sat)\nMurrayfield, Edinburgh\nSaturday, 26 February\n1400 GMT\n\n"
            "Recommended Videos\n\nHaze icon\n77º\n\n"
            "The government closed the northern border crossing to all traffic in March.\n")
    article = run(text)
    assert [c.text for c in article.claims] == [
        "The government closed the northern border crossing to all traffic in March."]


def test_without_a_tagger_five_words_make_a_statement():
    import spacy

    nlp = spacy.blank("en")
    assert is_statement(nlp("Prices went up by five percent")[:])
    assert not is_statement(nlp("Saturday, 26 February")[:])
