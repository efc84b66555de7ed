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


def test_an_acronym_joins_the_name_its_initials_spell(run):
    text = ("Ministers met the European Fisheries Union in Brussels on Monday. "
            "The EFU said quotas would stay as they were.")
    union = _orgs(run, text)["European Fisheries Union"]
    assert "EFU" in union.aliases


def test_kind_and_country_come_from_the_name_and_its_owner(run):
    text = "Norway's Fisheries Ministry said on Monday that the quotas would rise."
    ministry = next(o for o in run(text).organizations if o.name.endswith("Fisheries Ministry"))
    assert ministry.kind == "government" and ministry.country == "NO"


def test_events_competitions_and_generic_groups_are_not_organisations(run):
    text = ("The Harbour Cup starts in May. Police said the government would pay for the stewards "
            "at the Vale Marathon.")
    names = set(_orgs(run, text))
    assert not any(n.endswith(("Cup", "Marathon")) for n in names)
    assert not names & {"Police", "government", "the government"}


def test_a_country_that_acts_stays_a_place(run):
    article = run("Norway said on Monday it would close the crossing.")
    assert "Norway" in {p.name for p in article.places}
    assert "Norway" not in {o.name for o in article.organizations}


def test_a_name_in_quotation_marks_after_an_organisation_noun(run):
    text = "She founded the charity “Open Harbour Trust” that helps families leave the city."
    assert "Open Harbour Trust" in _orgs(run, text)


def test_a_lower_case_committee_after_a_proper_name_is_an_organisation(run):
    text = "He gave evidence to the Commons transport select committee on Tuesday. The committee said it would report."
    committee = _orgs(run, text)["Commons transport select committee"]
    assert [m.text for m in committee.mentions] == ["Commons transport select committee", "The committee"]


def test_a_party_and_its_singular_are_one_organisation(run):
    text = "The Tories attacked the plan. A Tory spokesman said it would cost too much."
    tories = _orgs(run, text)["Tories"]
    assert tories.kind == "party" and "Tory" in tories.aliases


def test_clubs_in_a_results_line_are_organisations_not_places(run):
    article = run("Results of the weekend matches:\nRiverside Rovers 2 Harbour United 1\n")
    assert {"Riverside Rovers", "Harbour United"} <= {o.name for o in article.organizations}
    assert not {"Riverside Rovers", "Harbour United"} & {p.name for p in article.places}


def test_a_company_named_by_its_suffix_is_no_person(run):
    text = "Harlan Vale Productions said in a statement that filming would resume. Harlan Vale Productions declined to comment."
    article = run(text)
    assert "Harlan Vale Productions" in {o.name for o in article.organizations}
    assert not any("Harlan" in p.name for p in article.people)


def test_labels_have_their_whitespace_normalised_and_spans_keep_the_text(run):
    article = run("The fund's trustee, Dana Whitlock, a spokesman for Acme Corp.\n\nShe said the board had met.")
    whitlock = next(p for p in article.people if p.name == "Dana Whitlock")
    assert all(d == " ".join(d.split()) for d in whitlock.descriptors)
    assert whitlock.role == "spokesman for Acme Corp."
    for org in article.organizations:
        assert org.name == " ".join(org.name.split())
        assert all(article.text[m.start:m.end] == m.text for m in org.mentions)


def test_awards_are_not_organisations(run):
    text = "The film won two Oscars and a Golden Globe, and competes for the Silver Bear in Berlin."
    assert run(text).organizations == []
