"""Quotes in the digest: graded similarity, recurring-quote groups, matching that scales."""

from __future__ import annotations

import pytest

from newsclaims.digest import build_digest, quote_similarity
from newsclaims.schema import Quote
from tests.digest_helpers import AFP, quote_record


@pytest.fixture(scope="module")
def seed_digest(seed_articles):
    return build_digest(seed_articles)


def test_quote_similarity_grades_exact_near_and_paraphrase():
    assert quote_similarity("We will not go back.", "We will not go back")[0] == "exact"
    assert quote_similarity("The queue was longer than ever before today",
                            "The queue was longer than ever before, today.")[0] == "exact"
    assert quote_similarity("The sense of safety is not here yet, because of the long nights",
                            "The feeling of safety is not here yet because of the long nights")[0] == "near"
    match, _ = quote_similarity("I think it no longer matters where you work, you can be called up tomorrow",
                                "Now I think that where you work no longer matters, tomorrow you can be called up")
    assert match == "paraphrase"
    assert quote_similarity("We will not go back.", "Prices at the market doubled this spring.")[0] is None
    assert quote_similarity("No", "No")[0] is None  # too short to say anything

def test_recurring_quote_keeps_every_occurrence_with_its_speaker():
    quote = "Nobody here knows what comes next"
    records = [quote_record("a.txt", f"“{quote},” said Irina Volkova.", "Irina Volkova", quote),
               quote_record("b.txt", f"“{quote}”, Irina Volkova said.", "Irina Volkova", quote)]
    [recurring] = build_digest(records).recurring_quotes
    assert recurring.match == "exact"
    assert [(o.source, o.speaker) for o in recurring.occurrences] == [("a.txt", "Irina Volkova"),
                                                                     ("b.txt", "Irina Volkova")]
    assert recurring.person_id == build_digest(records).people[0].id

def test_quotes_are_scored_only_against_quotes_that_share_rare_words():
    from newsclaims.digest.quotes import quote_matches

    words = [f"w{i}x{j}" for i in range(3000) for j in range(4)]
    quotes = {}
    for i in range(3000):  # 3,000 quotes with no words in common, plus one repeated pair
        text = " ".join(words[4 * i:4 * i + 4])
        quotes[(f"s{i}.txt", "q1")] = Quote(id="q1", kind="direct", start=0, end=len(text), text=text)
    shared = "the ferry to the island was cancelled again"
    quotes[("x.txt", "q1")] = Quote(id="q1", kind="direct", start=0, end=len(shared), text=shared)
    quotes[("y.txt", "q1")] = Quote(id="q1", kind="direct", start=0, end=len(shared) - 6, text=shared[:-6])
    matches = quote_matches(quotes)
    assert len(matches.pairs) == 1  # not 4.5 million comparisons
    assert matches.pairs[0][2] == "near"

def test_seeds_quote_i_cant_say_im_happy_recurs_across_the_two_afp_versions(seed_digest):
    hits = [r for r in seed_digest.recurring_quotes if "say I’m happy" in r.text]
    assert hits and {o.source for o in hits[0].occurrences} >= AFP
