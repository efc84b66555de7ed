"""Places in the digest: one entry under every spelling, never across countries."""

from __future__ import annotations

import pytest

from newsclaims.digest import build_digest, translit_key
from tests.digest_helpers import AFP, place_record


@pytest.fixture(scope="module")
def seed_digest(seed_articles):
    return build_digest(seed_articles)


def test_spelling_variants_of_a_place_merge_across_articles():
    records = [
        place_record("a.txt", "They queued at Kirovsk for hours.", ["Kirovsk"]),
        place_record("b.txt", "The line at Kirowsk grew.", ["Kirowsk"]),
        place_record("c.txt", "Traffic through Kirovssk was slow.", ["Kirovssk"]),
    ]
    [place] = build_digest(records).places
    assert set(place.variants) == {"Kirovsk", "Kirowsk", "Kirovssk"}
    assert place.articles == ["a.txt", "b.txt", "c.txt"]

@pytest.mark.parametrize("a, b", [("Austria", "Australia"), ("Slovakia", "Slovenia"), ("Iran", "Iraq"),
                                  ("Georgia", "Georgetown")])
def test_different_places_with_similar_names_stay_apart(a, b):
    records = [place_record("a.txt", f"We flew to {a}.", [a]), place_record("b.txt", f"We flew to {b}.", [b])]
    assert len(build_digest(records).places) == 2

def test_places_in_different_countries_do_not_merge_on_spelling():
    records = [place_record("a.txt", "A town called Novoselo.", ["Novoselo"], "BG"),
               place_record("b.txt", "A town called Novosela.", ["Novosela"], "UA")]
    assert len(build_digest(records).places) == 2

def test_saint_and_st_abbreviation_are_one_place():
    records = [place_record("a.txt", "He left Saint Petersburg.", ["Saint Petersburg"]),
               place_record("b.txt", "He left St. Petersburg.", ["St. Petersburg"])]
    [place] = build_digest(records).places
    assert {"Saint Petersburg", "St. Petersburg"} <= set(place.variants)

def test_two_gazetteer_entries_of_one_name_stay_apart():
    a = place_record("a.txt", "We drove to Springfield.", ["Springfield"], "US")
    b = place_record("b.txt", "We drove to Springfield.", ["Springfield"], "US")
    a.places[0].geonames_id, b.places[0].geonames_id = 4250542, 4409896
    assert len(build_digest([a, b]).places) == 2
    b.places[0].geonames_id = 4250542
    assert len(build_digest([a, b]).places) == 1

def test_seeds_vaalimaa_is_one_place_with_its_spellings(seed_digest):
    [place] = [p for p in seed_digest.places if translit_key(p.name) == translit_key("Vaalimaa")]
    assert len(set(place.variants)) >= 3
    assert set(place.articles) >= AFP
