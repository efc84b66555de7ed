"""People: names that are not people (outlets, regions, capitalised common nouns, big cities)."""

from __future__ import annotations


def _people(run, text):
    return {p.name: p for p in run(text).people}


def test_outlets_introduced_by_an_organisation_noun_are_not_people(run):
    text = ("The independent website Nova Vista Europe reported that Anna Holm, a lawyer, had left. "
            "Reuters also reported it.")
    names = set(_people(run, text))
    assert "Anna Holm" in names
    assert not names & {"Nova Vista Europe", "Reuters"}


def test_a_capitalised_common_noun_at_a_sentence_start_is_not_a_person(run):
    text = "Border agents checked every car. Customs officers searched the trucks."
    assert run(text).people == []


def test_names_of_regions_are_not_people(run):
    text = "Officials in the southern Kursk and Bryansk regions said the roads were closed."
    assert run(text).people == []


def test_a_big_city_named_alone_is_not_a_person_without_evidence(run):
    text = "Baltimore has won 16 of its last 22 games, and the fans in Seattle noticed."
    assert "Baltimore" not in _people(run, text)
    named = _people(run, "“We will win,” said Austin, a 24-year-old fan.")
    assert "Austin" in named


def test_organisations_are_not_people(run):
    text = ("Jonathan Reeve, Zentrix's vice president, said the service would grow. "
            "A Zentrix spokesperson said more channels would follow. Harlan Vale Productions said in a statement "
            "that filming would resume.")
    names = {p.name for p in run(text).people}
    assert "Jonathan Reeve" in names
    assert not any(n.startswith(("Zentrix", "Harlan")) for n in names)


def test_one_word_joined_to_another_by_of_the_is_a_title_not_a_person(run):
    text = "He starred in Night of the Falcon in 1973 and later in Edward and Mrs Simpson."
    assert not {p.name for p in run(text).people} & {"Night", "Falcon"}


def test_nationalities_awards_quoted_words_and_names_after_the_are_not_people(run):
    text = ("Laura Fenn sees 'Hope,' she told Africans at the ceremony. "
            "Owen Pryce won the Oscar, the first for the Blues. Oscar nominee Pryce said he was thrilled.")
    names = set(_people(run, text))
    assert {"Laura Fenn", "Owen Pryce"} <= names
    assert not names & {"Hope", "Africans", "Oscar", "Blues"}


def test_post_nominal_letters_are_no_organisation_or_place(run):
    article = run("He was helped by a QC, Christopher Greenwell, and awarded the CBE last year.")
    names = {e.name for e in (*article.organizations, *article.places)}
    assert not names & {"QC", "CBE"}
    assert "Christopher Greenwell" in {p.name for p in article.people}


def test_a_full_name_listed_with_people_stays_a_person_beside_a_word_read_as_a_place(run):
    text = ("But they lost, going down to strikes from Denilson (2), Marco Ferri, Edmilson and Pieter Kluyt. "
            "The panel heard from the attorney general, two officials, a QC, Colin Ashworth and the then "
            "Lord Chancellor, Lord Irvine.")
    people = _people(run, text)
    assert {"Marco Ferri", "Colin Ashworth", "Pieter Kluyt"} <= set(people)


def test_a_name_in_a_run_of_five_capitalised_words_is_part_of_a_longer_name(run):
    text = ("The song award was won by Al Este Lado Del Rio from the film Night Road. "
            "U.S. Assistant Secretary for Near Eastern Affairs Ruth Pellman met them.")
    people = _people(run, text)
    assert "Ruth Pellman" in people
    assert not {n for n in people if "Lado" in n or "Este" in n}


def test_a_name_at_the_end_of_a_title_is_still_a_person(run):
    text = "She starred in The Rise And Fall Of Taylor Kennedy. Matthew Perry, who played Chandler, agreed."
    assert "Taylor Kennedy" in _people(run, text)
