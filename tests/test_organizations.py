"""Organisations: one entry per named institution, with acronyms, nominals, kind and country."""

from __future__ import annotations


def _orgs(run, text):
    return {o.name: o for o in run(text).organizations}


def test_an_acronym_in_brackets_joins_the_name_it_abbreviates(run):
    text = ("The Nordic Investment Council (NIC) cut its forecast on Monday. "
            "The NIC said growth would slow.")
    orgs = _orgs(run, text)
    council = orgs["Nordic Investment Council"]
    assert "NIC" in council.aliases and len(council.mentions) == 3
    assert council.kind == "government"


def test_the_company_refers_back_to_the_company_named_before(run):
    text = ("Shares in the telecoms firm Velocom fell 9% on Tuesday. "
            "The company said profits would recover next year.")
    velocom = _orgs(run, text)["Velocom"]
    assert velocom.kind == "company"
    assert [m.text for m in velocom.mentions] == ["Velocom", "The company"]


def test_mentions_slice_the_text_and_ids_follow_first_mention(run):
    article = run("The World Bank and the Harlow Trust Fund agreed. The World Bank paid.")
    assert [o.id for o in article.organizations] == [f"o{k + 1}" for k in range(len(article.organizations))]
    for org in article.organizations:
        assert all(article.text[m.start:m.end] == m.text for m in org.mentions)
