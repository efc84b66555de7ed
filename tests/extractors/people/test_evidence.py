"""People: what the text says around a name (appositions, ages, titles, honorifics, origin)."""

from __future__ import annotations


def _people(run, text):
    return {p.name: p for p in run(text).people}


def test_apposition_with_a_person_noun_makes_a_first_name_a_person(run):
    people = _people(run, "For Marek, a taxi driver in Lublin, the new rules came too late.")
    assert "Marek" in people
    marek = people["Marek"]
    assert "taxi driver in Lublin" in marek.descriptors and "taxi driver" in marek.descriptors
    assert marek.origin == "Lublin"


def test_speech_verb_subject_with_an_age_between_commas(run):
    text = "“We waited for nine hours,” said Pavel, 41, a teacher from Brno. “Then the gate opened.”"
    pavel = _people(run, text)["Pavel"]
    assert pavel.age == 41
    assert pavel.origin == "Brno"
    assert "teacher from Brno" in pavel.descriptors


def test_age_from_a_year_old_description(run):
    text = "“It was chaos,” Tomas Berg, a 52-year-old farmer, told reporters."
    berg = _people(run, text)["Tomas Berg"]
    assert berg.age == 52 and "farmer" in berg.descriptors


def test_fronted_description_before_a_first_name(run):
    text = "A 33-year-old nurse from the capital, Ilona said she packed in ten minutes."
    ilona = _people(run, text)["Ilona"]
    assert ilona.age == 33 and "nurse" in ilona.descriptors
    assert ilona.gender == "female"


def test_title_is_a_role_not_part_of_the_name(run):
    text = "Health Minister Lena Varga said on Monday that clinics would stay open."
    people = _people(run, text)
    assert list(people) == ["Lena Varga"]
    assert people["Lena Varga"].role == "Health Minister"


def test_honorific_is_not_a_role_but_an_office_is(run):
    text = "Mr. Halvorsen, the harbour master, said the port would reopen. Senator Ruth Ames agreed."
    people = _people(run, text)
    assert people["Halvorsen"].role is None and people["Halvorsen"].gender == "male"
    assert people["Ruth Ames"].role == "Senator"


def test_nationality_before_an_office_gives_origin_not_role(run):
    text = "The Estonian Interior Minister Kalle Tamm said on Friday that the border would stay open."
    tamm = _people(run, text)["Kalle Tamm"]
    assert tamm.role == "Interior Minister" and tamm.origin == "Estonia"
