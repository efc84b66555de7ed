"""One entry per organisation whatever form the article uses: party nicknames, short company names,
abbreviated words."""

from __future__ import annotations


def _mentions(run, text):
    return {o.name: [m.text for m in o.mentions] for o in run(text).organizations}


def test_a_partys_nickname_and_its_name_are_one_party(run):
    orgs = _mentions(run, "The Tories attacked the budget. The Conservatives said taxes would rise.")
    assert orgs == {"Conservatives": ["Tories", "Conservatives"]}


def test_a_company_short_name_joins_its_full_name_with_legal_form(run):
    text = "Shares in Brantley Motor Co. rose 4% on Monday. Brantley said sales were strong."
    assert _mentions(run, text) == {"Brantley Motor Co.": ["Brantley Motor Co.", "Brantley"]}


def test_an_abbreviated_club_name_joins_the_full_one(run):
    text = "Manchester United striker Wayne Rooney scored twice. Man Utd are now top of the league."
    assert _mentions(run, text) == {"Manchester United": ["Manchester United", "Man Utd"]}


def test_an_abbreviated_party_name_joins_the_full_one(run):
    text = "The Liberal Democrats won the seat. A Lib Dem spokesman said voters wanted change."
    assert _mentions(run, text) == {"Liberal Democrats": ["Liberal Democrats", "Lib Dem"]}


def test_the_gop_is_the_republican_party(run):
    text = "Republican leaders met on Monday. They said the GOP would block the bill."
    orgs = {o.name: o for o in run(text).organizations}
    assert [m.text for m in orgs["Republican"].mentions] == ["Republican", "GOP"]
