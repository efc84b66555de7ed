"""The gazetteer built from its sources: countries, regions from ISO names, cities, crossings."""

from __future__ import annotations

from newsclaims import gazetteer


def test_region_names_are_derived_from_iso_names():
    english, names = gazetteer.region_names("Kurganskaya oblast'")
    assert english == "Kurgan Oblast" and "Kurgan" in names
    english, names = gazetteer.region_names("Tatarstan, Respublika")
    assert english == "Tatarstan"
    english, _ = gazetteer.region_names("Severnaya Osetiya, Respublika")
    assert english.startswith("North ")


def test_lookup_covers_cities_with_alternate_names_countries_regions_and_crossings():
    gaz = gazetteer.load()
    assert gaz.resolve("Uralsk").country == "KZ"
    assert gaz.resolve("Uralsk") == gaz.resolve("Oral")
    assert gaz.resolve("Vladikavkaz").kind == "city"
    assert gaz.resolve("North Ossetia").kind == "region"
    assert gaz.resolve("Verkhny Lars").kind == "crossing"
    assert gaz.resolve("Türkiye").country == "TR"
    assert gaz.resolve("Texas").kind == "region" and gaz.resolve("Texas").country == "US"
    assert gaz.resolve("Qwertzuiop Xy") is None


def test_british_counties_are_regions_and_a_county_alone_is_not_a_person(run):
    gaz = gazetteer.load()
    assert gaz.resolve("Nottinghamshire").kind == "region" and gaz.resolve("Nottinghamshire").country == "GB"
    assert gaz.resolve("Kent", frozenset({"GB"}), prefer="region").kind == "region"
    article = run("Nottinghamshire made 310 on the first day, and Hampshire replied with 45 for two.")
    assert not {p.name for p in article.people} & {"Nottinghamshire", "Hampshire"}
