"""Which capitalised words are organisations' names: the tests a candidate must pass."""

from __future__ import annotations


def _names(run, text):
    return [o.name for o in run(text).organizations]


def test_members_of_parliament_in_abbreviation_are_people_not_a_body(run):
    assert "MPs" not in _names(run, "Labour MPs voted against the bill. MPs said the plan was unfair.")


def test_a_transcript_label_glued_to_a_word_is_no_organisation(run):
    assert _names(run, "QThere's no doubt about it, he said.") == []


def test_a_sentence_opening_word_the_article_also_writes_in_lower_case_is_common(run):
    text = "Download sales are booming, the BPI said. The download chart was launched in 2004."
    assert _names(run, text) == ["BPI"]


def test_a_street_that_drafts_something_speaks_for_the_government(run):
    org = run("The report was drafted by Downing Street last week.").organizations[0]
    assert (org.name, org.kind) == ("Downing Street", "government")


def test_the_commons_alone_is_the_house(run):
    assert _names(run, "The Commons has approved the bill.") == ["Commons"]
