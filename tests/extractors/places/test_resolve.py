"""Places: resolved through the gazetteer and merged into one entry per location."""

from __future__ import annotations


def _places(run, text):
    return {p.name: p for p in run(text).places}


def test_spelling_variants_of_one_place_are_one_entry(run):
    text = ("Coaches reached Saint Petersburg at dawn. Hotels in St. Petersburg were full, "
            "officials in Russia said.")
    places = run(text).places
    spb = [p for p in places if p.country == "RU" and p.kind == "city"]
    assert len(spb) == 1 and set(spb[0].aliases) | {spb[0].name} >= {"Saint Petersburg", "St. Petersburg"}
    assert len(spb[0].mentions) == 2


def test_ambiguous_names_follow_the_countries_the_article_mentions(run):
    florida = run("Tourists in St. Petersburg, Florida, enjoyed the beach near Tampa in the United States.").places
    russia = run("Students in St. Petersburg marched toward the river, far from Moscow, in Russia.").places
    assert next(p for p in florida if p.name.startswith(("St", "Saint"))).country == "US"
    assert next(p for p in russia if p.name.startswith(("St", "Saint"))).country == "RU"


def test_border_crossings_come_from_the_crossings_table(run):
    text = "Cars queued for hours at the Nuijamaa crossing before entering Finland."
    crossing = _places(run, text)["Nuijamaa"]
    assert crossing.kind == "crossing" and crossing.country == "FI"


def test_transliteration_variants_join_the_known_crossing(run):
    text = "Thousands crossed at Walima on Friday. Traffic at Valima fell the next day, Finland said."
    places = run(text).places
    crossing = [p for p in places if p.kind == "crossing"]
    assert len(crossing) == 1 and len(crossing[0].mentions) == 2


def test_a_big_city_beats_a_small_namesake_in_another_country_of_the_article(run):
    text = "Candidates campaigned in Texas and Iowa after the attacks in Paris shocked voters."
    assert _places(run, text)["Paris"].country == "FR"


def test_a_country_name_that_is_also_a_state_follows_the_article(run):
    us = run("Voters in Texas, Florida and Georgia lined up early on Tuesday.").places
    caucasus = run("Trucks queued at the border between Russia and Georgia on Tuesday.").places
    assert next(p for p in us if p.name == "Georgia").country == "US"
    assert next(p for p in caucasus if p.name == "Georgia").country == "GE"


def test_an_explicit_state_after_a_city_decides_between_namesakes(run):
    paris = next(p for p in run("In Paris, Texas, the county fair opened.").places if p.name == "Paris")
    assert paris.country == "US"


def test_a_city_takes_the_known_spelling_the_article_uses_over_the_gazetteer_main_name(run):
    places = {p.name: p for p in run("Lorries queued outside Uralsk on Monday, and hotels in Uralsk were full.").places}
    assert "Uralsk" in places and places["Uralsk"].country == "KZ" and places["Uralsk"].kind == "city"
    local = {p.name for p in run("Lorries queued outside Oral on Monday.").places}
    assert "Oral" in local


def test_saint_and_st_spellings_keep_the_gazetteer_name(run):
    places = {p.name: p for p in run("Flights to St. Petersburg resumed after the storm.").places}
    assert "Saint Petersburg" in places and places["Saint Petersburg"].aliases == ["St. Petersburg"]


def test_continents_are_places_of_their_own_kind(run):
    places = _places(run, "Exports to Asia and Europe rose, the ministry in Seoul said.")
    assert places["Asia"].kind == "continent" and places["Asia"].country is None


def test_places_get_country_kind_coordinates_and_geonames_id(run):
    places = _places(run, "The train from Warsaw reached Berlin late, and passengers flew on to Canada.")
    assert places["Berlin"].country == "DE" and places["Berlin"].kind == "city"
    assert places["Berlin"].geonames_id is not None and places["Berlin"].latitude is not None
    assert places["Canada"].kind == "country" and places["Canada"].country == "CA"
