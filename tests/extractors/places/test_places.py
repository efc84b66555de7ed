"""Places: which names are places (NER corrected by how the text uses a name)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from newsclaims.extractors import analyze


def _places(run, text):
    return {p.name: p for p in run(text).places}


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


def test_ap_dateline_with_a_state_abbreviation(run):
    text = "LITTLE ROCK, Ark. (AP) — Storms closed schools across the state on Monday."
    places = run(text).places
    little_rock = next(p for p in places if p.name == "Little Rock")
    assert little_rock.country == "US"
    assert any(p.name == "Arkansas" and p.aliases == ["Ark."] for p in places)


def test_cities_in_a_line_of_results_are_clubs_but_countries_stay_places(run):
    text = "Baseball results on Tuesday:\nDenver 7 Portland 4\nTacoma 3 Fresno 2"
    names = {p.name for p in run(text).places}
    assert not names & {"Denver", "Portland", "Tacoma", "Fresno"}
    assert "Norway" in {p.name for p in run("World Cup qualifier:\nNorway 2 Sweden 1").places}
    prose = {p.name for p in run("Flights from Denver to Portland were cancelled on Tuesday.").places}
    assert {"Denver", "Portland"} <= prose


def test_the_nations_of_the_united_kingdom_are_places_of_their_own(run):
    text = "Scotland beat Wales in Glasgow last week, and England play Ireland in March."
    places = _places(run, text)
    assert {"Scotland", "Wales", "England"} <= set(places)
    assert places["Scotland"].country == "GB" and places["Scotland"].kind == "country"


def test_a_country_ner_reads_as_an_organisation_or_nationality_stays_a_place(run):
    text = "Only Fiji, Samoa and the Seychelles have signed the fishing pact so far."
    assert "Seychelles" in _places(run, text)


def test_a_company_the_text_uses_as_one_is_no_place(run):
    text = ("Analysts got few answers from Zentrix about its plans. A Zentrix spokesperson said more would "
            "follow in May.")
    assert "Zentrix" not in _places(run, text)
    assert "Zentrix" in {o.name for o in run(text).organizations}


def test_grades_and_names_classed_as_works_are_not_places(run):
    text = "The trust restored a Grade II listed chapel. He hosts the radio show Morwen and Huw in Wales."
    places = set(_places(run, text))
    assert "Grade II" not in places and "Morwen" not in places and "Wales" in places


def test_a_theatre_and_a_venue_line_are_places(nlp):
    doc = nlp("Wales v France\n\nKelvin Park, Cardiff\n\nThe club raised money to restore the Grand Theatre in Leeds.")
    starts = {t.text: t.i for t in doc}
    doc.ents = [SpacySpan(doc, starts["Kelvin"], starts["Kelvin"] + 2, label="ORG"),  # as NER often reads venues
                SpacySpan(doc, starts["Cardiff"], starts["Cardiff"] + 1, label="GPE"),
                SpacySpan(doc, starts["Grand"], starts["Grand"] + 2, label="ORG")]
    places = {p.name for p in analyze(doc).places}
    assert {"Kelvin Park", "Grand Theatre"} <= places
