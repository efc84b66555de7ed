"""Places: corrected NER, one entry per location, normalised through the gazetteer."""

from __future__ import annotations


def _places(run, text):
    return {p.name: p for p in run(text).places}


def test_places_get_country_kind_coordinates_and_geonames_id(run):
    places = _places(run, "The train from Warsaw reached Berlin late, and passengers flew on to Canada.")
    assert places["Berlin"].country == "DE" and places["Berlin"].kind == "city"
    assert places["Berlin"].geonames_id is not None and places["Berlin"].latitude is not None
    assert places["Canada"].kind == "country" and places["Canada"].country == "CA"


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


def test_organisation_misreads_are_places_when_used_as_places(run):
    text = "She plans to fly to Vladikavkaz next week. Abuses in Bucha, Irpin and other towns were documented."
    names = set(_places(run, text))
    assert {"Vladikavkaz", "Irpin"} <= names


def test_dateline_is_a_place(run):
    text = "RIGA – Latvia closed two checkpoints on Monday, the interior ministry said."
    riga = _places(run, text)["Riga"]
    assert riga.aliases == ["RIGA"] and riga.country == "LV"


def test_a_region_before_region_nouns(run):
    text = "Officials in the southern Kursk and Bryansk regions said the roads were closed."
    places = _places(run, text)
    kinds = {p.kind for p in places.values() if p.country == "RU"}
    assert kinds == {"region"} and len(places) == 2


def test_hyphenated_pair_of_names_for_one_city(run):
    text = "He crossed near the Oral-Uralsk border and spent the night in Uralsk, in Kazakhstan."
    uralsk = next(p for p in run(text).places if p.country == "KZ" and p.kind == "city")
    assert "Oral-Uralsk" in uralsk.aliases + [uralsk.name] and len(uralsk.mentions) == 2


def test_nationalities_unions_and_treaty_areas_are_not_places(run):
    text = ("Finnish officials said EU members would stop issuing Schengen visas, "
            "and NATO allies agreed. The Kremlin denied it.")
    names = {p.name for p in run(text).places}
    assert not names & {"Finnish", "EU", "Schengen", "NATO", "Kremlin"}


def test_people_are_not_places(run):
    text = "“The trains are full,” said Tatiana, a doctor from Omsk. Many, like Tatiana, left for Almaty."
    article = run(text)
    assert "Tatiana" not in {p.name for p in article.places}
    assert "Tatiana" in {p.name for p in article.people}


def test_an_area_named_with_a_plural_noun_keeps_the_noun(run):
    places = _places(run, "The three Baltic states said they would not offer visas.")
    assert "Baltic" not in places


def test_continents_are_places_of_their_own_kind(run):
    places = _places(run, "Exports to Asia and Europe rose, the ministry in Seoul said.")
    assert places["Asia"].kind == "continent" and places["Asia"].country is None


def test_a_big_city_beats_a_small_namesake_in_another_country_of_the_article(run):
    text = "Candidates campaigned in Texas and Iowa after the attacks in Paris shocked voters."
    assert _places(run, text)["Paris"].country == "FR"


def test_a_country_name_that_is_also_a_state_follows_the_article(run):
    us = run("Voters in Texas, Florida and Georgia lined up early on Tuesday.").places
    caucasus = run("Trucks queued at the border between Russia and Georgia on Tuesday.").places
    assert next(p for p in us if p.name == "Georgia").country == "US"
    assert next(p for p in caucasus if p.name == "Georgia").country == "GE"


def test_ap_dateline_with_a_state_abbreviation(run):
    text = "LITTLE ROCK, Ark. (AP) — Storms closed schools across the state on Monday."
    places = run(text).places
    little_rock = next(p for p in places if p.name == "Little Rock")
    assert little_rock.country == "US"
    assert any(p.name == "Arkansas" and p.aliases == ["Ark."] for p in places)


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


def test_cities_in_a_line_of_results_are_clubs_but_countries_stay_places(run):
    text = "Baseball results on Tuesday:\nDenver 7 Portland 4\nTacoma 3 Fresno 2"
    names = {p.name for p in run(text).places}
    assert not names & {"Denver", "Portland", "Tacoma", "Fresno"}
    assert "Norway" in {p.name for p in run("World Cup qualifier:\nNorway 2 Sweden 1").places}
    prose = {p.name for p in run("Flights from Denver to Portland were cancelled on Tuesday.").places}
    assert {"Denver", "Portland"} <= prose
