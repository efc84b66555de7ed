"""People: an entity trimmed to the bare name (outlet credits, possessives, glued words, hyphens)."""

from __future__ import annotations


def _people(run, text):
    return {p.name: p for p in run(text).people}


def test_outlet_credit_before_a_name_is_trimmed(run):
    text = "“Nothing is certain now,” explains to AFP Tomas Lindqvist, a 44-year-old engineer."
    people = _people(run, text)
    assert "Tomas Lindqvist" in people
    assert not any("AFP" in name for name in people)


def test_glued_caption_word_is_not_a_person(run):
    text = "The queue grew all day.\nDrivers wait at the bridge to avoid the warPhoto: Lena Holt/Shutterstock\n"
    names = set(_people(run, text))
    assert not any("Photo" in n for n in names) and "Lena Holt" not in names


def test_hyphenated_given_name_is_kept_whole(run):
    text = "Coach Karl-Heinz Obermaier said the team had trained well."
    names = set(_people(run, text))
    assert not any(n.startswith("Heinz") for n in names)


def test_letters_after_a_name_and_a_bracket_end_it(run):
    text = ("A book by Philippe Danvers QC says so. When George (W. Harlan) was governor, George marveled.")
    people = _people(run, text)
    assert "Philippe Danvers" in people and "George" in people
    assert not any("(" in name or "QC" in name for name in people)


def test_a_job_noun_opening_a_sentence_is_no_part_of_the_name(run):
    text = "Cinematographer John Mathers, who was nominated in 2001, was also up for the award."
    assert "John Mathers" in _people(run, text)


def test_a_call_to_the_reader_before_a_name_is_no_part_of_it(run):
    text = "Follow Jeff Hollis and Chad Dey on Twitter: https://twitter.com/jh"
    names = {p.name for p in run(text).people}
    assert {"Jeff Hollis", "Chad Dey"} <= names
    assert not any(n.startswith("Follow") for n in names)
