"""People in the digest: merged on names, a first name only with corroboration."""

from __future__ import annotations

import pytest

from newsclaims.digest import build_digest
from newsclaims.schema import Article, Person
from tests.digest_helpers import AFP, quote_record


@pytest.fixture(scope="module")
def seed_digest(seed_articles):
    return build_digest(seed_articles)


def test_a_first_name_joins_across_articles_only_with_a_shared_quote():
    quote = "I never thought I would leave my home"
    records = [
        quote_record("a.txt", f"“{quote},” said Marek.", "Marek", quote),
        quote_record("b.txt", f"“{quote}”, Marek told us.", "Marek", quote),
        quote_record("c.txt", "“The trains are full every night,” said Marek.", "Marek",
                      "The trains are full every night"),
    ]
    digest = build_digest(records)
    marek = sorted((p for p in digest.people if p.name == "Marek"), key=lambda p: -len(p.articles))
    assert [p.articles for p in marek] == [["a.txt", "b.txt"], ["c.txt"]]
    assert len(marek[0].quotes) == 2
    assert any("same quote" in e for e in marek[0].evidence)

def test_people_with_conflicting_ages_are_never_merged():
    quote = "I never thought I would leave my home"
    records = [quote_record("a.txt", f"“{quote},” said Marek.", "Marek", quote, age=30),
               quote_record("b.txt", f"“{quote},” said Marek.", "Marek", quote, age=52)]
    assert len([p for p in build_digest(records).people if p.name == "Marek"]) == 2

def test_full_names_merge_over_transliteration_and_a_lone_surname_joins_them():
    records = [
        Article(source="a.txt", text="Natalia Kuznetsova spoke.",
                people=[Person(id="p1", name="Natalia Kuznetsova")]),
        Article(source="b.txt", text="Natalya Kuznetsova spoke.",
                people=[Person(id="p1", name="Natalya Kuznetsova")]),
        Article(source="c.txt", text="Kuznetsova spoke.", people=[Person(id="p1", name="Kuznetsova")]),
    ]
    [person] = build_digest(records).people
    assert person.articles == ["a.txt", "b.txt", "c.txt"]
    assert {"Natalia Kuznetsova", "Natalya Kuznetsova", "Kuznetsova"} <= set(person.variants)

@pytest.mark.parametrize("name", ["Viktor Zakharov", "Vadim"])
def test_seeds_afp_interviewees_are_found_in_both_versions_with_their_quotes(seed_digest, name):
    people = [p for p in seed_digest.people if p.name == name]
    assert people, f"{name} is not a person in the digest"
    assert set(people[0].articles) >= AFP
    assert {q.source for q in people[0].quotes} >= AFP
