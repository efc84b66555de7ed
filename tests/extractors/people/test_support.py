"""People named by one word only need person evidence somewhere in the article (extractors.people.support)."""

from __future__ import annotations


def _people(run, text):
    return {p.name for p in run(text).people}


def test_a_one_word_name_without_person_evidence_is_not_a_person(run):
    text = "He won the cup in 1995 with Lorient and moved to Monaco, said Mara Quint."
    people = _people(run, text)
    assert "Mara Quint" in people and "Lorient" not in people


def test_a_title_or_a_description_makes_a_one_word_name_a_person(run):
    text = ("He won the cup in 1995 with Lorient. Lord Pellow said the ruling was wrong. Tarik, a 31-year-old driver from Leeds, agreed. "
            "Mr Danvers declined to comment.")
    people = _people(run, text)
    assert {"Pellow", "Tarik", "Danvers"} <= people


def test_relations_and_lists_of_full_names_make_one_word_names_people(run):
    text = ("The bid is being led by Harlan Voss's two sons, Avram and Ezra. "
            "They went down to goals from Osvaldo, Marco Ferri, Nando and Pieter Kluyt.")
    people = _people(run, text)
    assert {"Avram", "Ezra", "Osvaldo", "Nando"} <= people


def test_a_bracketed_surname_or_being_addressed_makes_a_one_word_name_a_person(run):
    text = ("When Walt (Brennan) was governor, things were different.\n\n"
            "Q: Will you run again?\n\nA: Delia, I'm not going to answer that.")
    people = _people(run, text)
    assert {"Walt", "Delia"} <= people


def test_a_name_modifying_a_noun_stays_a_person_when_ner_says_so(run):
    text = "Fans flocked to an annual Marlowe festival, Senator Ann Corley said."
    people = _people(run, text)
    assert {"Marlowe", "Ann Corley"} <= people


def test_a_fielder_or_bowler_in_a_scorecard_is_a_person(run):
    text = ("CRICKET - ENGLAND V INDIA SCOREBOARD .\n\nIndia first innings\n\n"
            "Rahul Mehta c Tufnell b Hollins 176\n\nAnil Bhatt c Hollins b Tufnell 46\n")
    assert "Tufnell" in _people(run, text)


def test_surnames_on_a_team_sheet_line_are_people(run):
    text = ("Charlton: Kiely, Young, Fortune, Perry, Konchesky, Murphy (Euell 78), Holland, Kishishev, "
            "Thomas (Johansson 72), Bartlett.\n\nSubs Not Used: Fish, Jeffers, Andersen.\n")
    assert {"Johansson", "Murphy", "Thomas", "Jeffers"} <= _people(run, text)


def test_the_speaker_of_a_direct_quote_is_a_person(run):
    text = ('"We are only thinking of winning the match," Romario added. '
            'Barcelona star Ronaldo admitted: "I think that it is going to be a difficult game."')
    assert {"Romario", "Ronaldo"} <= _people(run, text)
