"""People: mentions grouped into individuals (surnames, misspellings, shared surnames), gender from pronouns."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from newsclaims.extractors import Context
from newsclaims.extractors.people import extract_people


def _people(run, text):
    return {p.name: p for p in run(text).people}


def test_possessive_is_not_part_of_the_name_and_surnames_join_the_full_name(run):
    text = ("Maria Lopez’s plan was approved on Tuesday. Lopez said the plan would cut waiting times. "
            "Critics of Lopez’s plan disagreed.")
    people = run(text).people
    assert [p.name for p in people] == ["Maria Lopez"]
    assert people[0].aliases == ["Lopez"]
    assert len(people[0].mentions) == 3
    assert all(not m.text.endswith("’s") for m in people[0].mentions)


def test_a_close_misspelling_of_a_surname_joins_the_full_name(run):
    text = ("“We counted every car,” said Ewa Kowalczyk, who runs a refugee charity. "
            "Kowalczyk said more volunteers were needed. Kowalcyk estimates that 900 people crossed.")
    people = run(text).people
    ewa = next(p for p in people if p.name == "Ewa Kowalczyk")
    assert "Kowalcyk" in ewa.aliases
    assert len(people) == 1


def test_different_people_with_close_initials_stay_apart(run):
    text = "George H.W. Bush met reporters in Texas. Later, George W. Bush spoke in Ohio."
    names = {p.name for p in run(text).people}
    assert {"George H.W. Bush", "George W. Bush"} <= names


def test_a_shared_surname_joins_the_person_named_last_before_it(run):
    text = ("Susan Harwell opened the fair on Friday. David Harwell, her brother, arrived later. "
            "Harwell said the fair would run until Sunday.")
    people = {p.name: p for p in run(text).people}
    assert set(people) == {"Susan Harwell", "David Harwell"}
    assert [m.text for m in people["David Harwell"].mentions] == ["David Harwell", "Harwell"]


def test_a_shared_surname_before_either_full_name_stays_apart(run):
    text = "Harwell arrived first. Susan Harwell opened the fair and David Harwell closed it."
    people = {p.name: p for p in run(text).people}
    assert {"Susan Harwell", "David Harwell"} <= set(people)
    assert all(m.start > 0 for name in ("Susan Harwell", "David Harwell") for m in people[name].mentions)


def test_honorific_gives_gender_and_leaves_the_surname(run):
    text = "The council thanked Mrs Patel for her work. Mrs Patel said the library would reopen."
    patel = _people(run, text)["Patel"]
    assert patel.gender == "female" and len(patel.mentions) == 2


def test_pronoun_after_a_subject_gives_gender(run):
    text = "Karin Holt said she would run again. Nobody expected it."
    assert _people(run, text)["Karin Holt"].gender == "female"


def test_an_initial_joins_the_spelt_out_given_name(run):
    text = ("Simon Wexley returns on the wing for his first Test in a year.\n\n"
            "Harbour: T Quint; S Wexley, A Pell, R Dunmore, S Ferris.\n")
    wexley = next(p for p in run(text).people if p.name == "Simon Wexley")
    assert "S Wexley" in wexley.aliases


def test_an_honorific_before_a_name_tagged_as_an_organisation_leaves_the_surname(nlp):
    doc = nlp("The film producer Terry Harcourt bought the mill. \"We wanted to give back,\" said Mr Harcourt.")
    mr = next(t.i for t in doc if t.text == "Mr")
    terry = next(t.i for t in doc if t.text == "Terry")
    doc.ents = [SpacySpan(doc, terry, terry + 2, label="PERSON"), SpacySpan(doc, mr, mr + 2, label="ORG")]
    people = extract_people(doc, Context.of(doc))  # NER often reads `Mr X` as an organisation
    assert [p.name for p in people] == ["Terry Harcourt"] and len(people[0].mentions) == 2
