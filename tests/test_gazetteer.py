"""The offline gazetteer: keys, variant spellings, ISO regions and ranking."""

from __future__ import annotations

from newsclaims import gazetteer


def test_fold_unifies_case_accents_and_saint():
    assert gazetteer.fold("St. Petersburg") == gazetteer.fold("Saint Petersburg") == "st petersburg"
    assert gazetteer.fold("Zürich") == "zurich"
    assert gazetteer.fold("The Hague") == "hague"


def test_sound_key_joins_transliterations():
    assert gazetteer.sound_key("Walima") == gazetteer.sound_key("Vaalimaa") == gazetteer.sound_key("Vaalima")
    assert gazetteer.sound_key("North Ossetia") == gazetteer.sound_key("North Osetiya")


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


def test_ranking_prefers_countries_in_context_and_a_requested_kind():
    gaz = gazetteer.load()
    assert gaz.resolve("St. Petersburg", frozenset({"US"})).country == "US"
    assert gaz.resolve("St. Petersburg", frozenset({"RU"})).country == "RU"
    assert gaz.resolve("Georgia").kind == "country"
    assert gaz.resolve("Kurgan", frozenset({"RU"}), prefer="region").kind == "region"


def test_demonyms_are_recognised_and_mapped_to_countries():
    assert gazetteer.is_demonym("Finnish") and gazetteer.is_demonym("Kazakh")
    assert not gazetteer.is_demonym("Helsinki")
    assert gazetteer.country_of_demonym("Kazakh") == "Kazakhstan"


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


def test_british_counties_are_regions_and_a_county_alone_is_not_a_person(run):
    gaz = gazetteer.load()
    assert gaz.resolve("Nottinghamshire").kind == "region" and gaz.resolve("Nottinghamshire").country == "GB"
    assert gaz.resolve("Kent", frozenset({"GB"}), prefer="region").kind == "region"
    article = run("Nottinghamshire made 310 on the first day, and Hampshire replied with 45 for two.")
    assert not {p.name for p in article.people} & {"Nottinghamshire", "Hampshire"}


def test_cached_gazetteer_answers_like_a_fresh_build(tmp_path):
    path = tmp_path / "gazetteer.pickle"
    built = gazetteer.load_cached(path)
    assert path.exists()
    cached = gazetteer.load_cached(path)
    assert cached is not built
    assert sum(1 for _ in cached.entries()) == sum(1 for _ in built.entries())
    for name in ("Uralsk", "Georgia", "Saint Petersburg", "Vaalimaa", "Kurgan Oblast"):
        assert cached.resolve(name) == built.resolve(name)


def test_a_corrupt_cache_file_is_rebuilt_and_replaced(tmp_path):
    path = tmp_path / "gazetteer.pickle"
    path.write_bytes(b"not a pickle")
    assert gazetteer.load_cached(path).resolve("Uralsk").country == "KZ"
    assert gazetteer.load_cached(path).resolve("Uralsk").country == "KZ"
    assert path.read_bytes() != b"not a pickle"


def test_cache_folder_follows_the_environment_and_can_be_turned_off(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSCLAIMS_CACHE_DIR", str(tmp_path))
    path = gazetteer.cache_path()
    assert path is not None and path.parent == tmp_path and path.name.startswith("gazetteer-")
    monkeypatch.setenv("NEWSCLAIMS_CACHE_DIR", "")
    assert gazetteer.cache_path() is None


def test_an_unwritable_cache_folder_only_means_no_cache(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert gazetteer.load_cached(blocker / "gazetteer.pickle").resolve("Uralsk").country == "KZ"
    assert list(tmp_path.iterdir()) == [blocker]
