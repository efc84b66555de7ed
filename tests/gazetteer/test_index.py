"""The gazetteer index: keys, variant spellings, shared names and ranking."""

from __future__ import annotations

from newsclaims import gazetteer


def test_fold_unifies_case_accents_and_saint():
    assert gazetteer.fold("St. Petersburg") == gazetteer.fold("Saint Petersburg") == "st petersburg"
    assert gazetteer.fold("Zürich") == "zurich"
    assert gazetteer.fold("The Hague") == "hague"


def test_sound_key_joins_transliterations():
    assert gazetteer.sound_key("Walima") == gazetteer.sound_key("Vaalimaa") == gazetteer.sound_key("Vaalima")
    assert gazetteer.sound_key("North Ossetia") == gazetteer.sound_key("North Osetiya")


def test_variant_spellings_are_found_whether_or_not_the_stored_name_is_its_own_sound_key():
    plain = gazetteer.Entry(name="Valima", kind="city", country="FI", key="t:plain")
    doubled = gazetteer.Entry(name="Kharrowmoor", kind="city", country="GB", key="t:doubled")
    gaz = gazetteer.Gazetteer([(plain, ["Valima"]), (doubled, ["Kharrowmoor"])])
    assert gaz.candidates("Walimma", fuzzy=True) == [plain]  # `valima` is stored only in the exact index
    assert gaz.candidates("Harowmor", fuzzy=True) == [doubled]  # found through the sound index
    assert gaz.candidates("Walimma") == [] and list(gaz.entries()) == [plain, doubled]


def test_a_name_shared_by_two_places_keeps_both():
    one = gazetteer.Entry(name="Springfield", kind="city", country="US", key="t:1", population=10)
    two = gazetteer.Entry(name="Springfield", kind="city", country="US", key="t:2", population=20)
    gaz = gazetteer.Gazetteer([(one, ["Springfield"]), (two, ["Springfield", "Springfield"])])
    assert gaz.candidates("springfield") == [one, two]
    assert gaz.resolve("Springfield") is two


def test_ranking_prefers_countries_in_context_and_a_requested_kind():
    gaz = gazetteer.load()
    assert gaz.resolve("St. Petersburg", frozenset({"US"})).country == "US"
    assert gaz.resolve("St. Petersburg", frozenset({"RU"})).country == "RU"
    assert gaz.resolve("Georgia").kind == "country"
    assert gaz.resolve("Kurgan", frozenset({"RU"}), prefer="region").kind == "region"
