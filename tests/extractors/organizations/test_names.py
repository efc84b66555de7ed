"""Where an organisation's name starts and ends when NER stops inside it or runs past it."""

from __future__ import annotations


def _orgs(run, text):
    return {o.name: o for o in run(text).organizations}


def test_a_station_name_after_radio_belongs_to_the_outlet(run):
    orgs = _orgs(run, "The match will be broadcast live on BBC Radio Five Live on Saturday.")
    assert orgs["BBC Radio Five Live"].kind == "outlet"


def test_the_list_of_fields_a_ministry_is_named_for_stays_in_its_name(run):
    orgs = _orgs(run, "The Department for Culture, Media and Sport said the review would end in May.")
    assert orgs["Department for Culture, Media and Sport"].kind == "government"


def test_a_body_named_office_of_something_takes_the_kind_of_office(run):
    orgs = _orgs(run, "The Office of Fair Trading said the deal was legal.")
    assert orgs["Office of Fair Trading"].kind == "government"


def test_a_party_name_of_two_words_before_a_title_is_the_party(run):
    orgs = _orgs(run, "Liberal Democrat leader Charles Kennedy said the tax was unfair.")
    assert orgs["Liberal Democrat"].kind == "party"


def test_a_party_before_a_portfolio_and_title_ends_before_the_portfolio(run):
    orgs = _orgs(run, "Lib Dem Treasury spokesman Vince Cable said the plan was flawed.")
    assert list(orgs) == ["Lib Dem"] and orgs["Lib Dem"].kind == "party"


def test_number_10_is_the_seat_of_government(run):
    orgs = _orgs(run, "A spokesman for No 10 said the plan was sound.")
    assert orgs["No 10"].kind == "government"
