"""People: candidates from NER and proper-noun runs, and names known once found everywhere."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from newsclaims.extractors import Context
from newsclaims.extractors.people import extract_people


def _people(run, text):
    return {p.name: p for p in run(text).people}


def test_a_person_once_is_a_person_everywhere_in_the_article(run):
    text = ("“The trains are full,” said Dmitri, a student from Kazan. "
            "Many young men, like Dmitri, bought tickets on the first day.")
    dmitri = _people(run, text)["Dmitri"]
    assert len(dmitri.mentions) == 2


def test_a_given_name_that_ner_left_out_joins_the_name(nlp):
    doc = nlp("Leaders after the first round:\n68 Hiroki Tanabe (Japan), 69 Lars Brenholt (Denmark).")
    surname = next(t.i for t in doc if t.text == "Tanabe")
    doc.ents = [SpacySpan(doc, surname, surname + 1, label="PERSON")]  # as NER often tags such lines
    names = {p.name for p in extract_people(doc, Context.of(doc))}
    assert "Hiroki Tanabe" in names and "Tanabe" not in names


def test_an_initial_and_a_surname_is_a_person(run):
    text = "Scores: R. Whitcombe 45 not out, K. Tamberlane c Brody b Halloran 12."
    people = _people(run, text)
    assert "R. Whitcombe" in people and "K. Tamberlane" in people


def test_a_name_with_a_country_in_brackets_is_a_person_but_not_when_a_score_follows(run):
    text = "Second round: Tiago Menrique (Portugal) beat Olek Drabowicz (Poland) in straight sets."
    people = _people(run, text)
    assert "Tiago Menrique" in people and "Olek Drabowicz" in people
    table = _people(run, "Results:\nVarden Rovers (Norway) 2 Kestrel Vale (Wales) 1")
    assert "Varden Rovers" not in table


def test_hyphenated_names_with_lower_case_links_are_one_name(run):
    text = "Pakistan captain Wasim Akram and Noor-ul-Hassan batted through the afternoon."
    people = _people(run, text)
    assert "Noor-ul-Hassan" in people and "Wasim Akram" in people


def test_mention_spans_slice_the_text(run):
    text = "Former President Jan Novak’s memoir, said Jan Novak, took ten years."
    article = run(text)
    for person in article.people:
        for m in person.mentions:
            assert article.text[m.start:m.end] == m.text == person.name or m.text in person.aliases


def test_every_name_in_a_team_sheet_of_initials_is_a_person(run):
    text = ("Harbour: T Wexley; R Dunmore, A Pell, KP Marlowe, S Ferris; D Quint, CA del Vanto; "
            "G Harte (capt), M Brody, Alec Rourke.\n")
    names = {p.name for p in run(text).people}
    assert {"T Wexley", "R Dunmore", "A Pell", "KP Marlowe", "CA del Vanto", "G Harte", "Alec Rourke"} <= names
    assert not {o.name for o in run(text).organizations} & names


def test_a_table_header_of_initials_is_no_team_sheet(run):
    assert run("Standings:\nW D L F A Pts\n").people == []


def test_a_description_on_a_title_case_headline_line_does_not_make_a_name(run):
    text = ("Woman Steps Forward With Bombshell Story About Governor\n\n"
            "Linda Cole, a former aide, said on Monday that she had been threatened.")
    people = {p.name for p in run(text).people}
    assert "Linda Cole" in people and "Steps Forward" not in people
