"""Figures in the digest: the same thing side by side, agreeing or in conflict."""

from __future__ import annotations

import pytest

from newsclaims.digest import build_digest


@pytest.fixture(scope="module")
def seed_digest(seed_articles):
    return build_digest(seed_articles)


def test_figures_about_the_same_thing_agree_or_conflict_across_articles(run):
    a = run("About 7,000 travellers crossed into Norway each day, the border police said.")
    b = run("Some 7,200 travellers entered Norway daily, according to officials.")
    c = run("Only 2,000 people crossed into Norway each day, according to a union.")
    a.source, b.source, c.source = "a.txt", "b.txt", "c.txt"
    [agreeing] = build_digest([a, b]).figures
    assert agreeing.status == "agree" and agreeing.place == "Norway" and agreeing.period == "day"
    assert {f.source for f in agreeing.figures} == {"a.txt", "b.txt"}
    assert build_digest([a, b, c]).figures[0].status != "conflict"  # no dates: the same time is not known
    for record in (a, b, c):
        record.date = "2024-03-01"
    [conflicting] = build_digest([a, b, c]).figures
    assert conflicting.status == "conflict" and conflicting.sources == 3
    assert {f.attributed_to for f in conflicting.figures} >= {"union", "officials"} or all(
        f.attributed_to for f in conflicting.figures)


def test_figures_of_different_dates_are_compared_never_in_conflict(run):
    a = run("About 7,000 travellers crossed into Norway each day, the border police said.")
    c = run("Only 2,000 people crossed into Norway each day, according to a union.")
    a.source, c.source = "a.txt", "c.txt"
    a.date, c.date = "2024-03-01", "2024-07-15"
    [group] = build_digest([a, c]).figures
    assert group.status == "compare"


def test_figures_that_measure_different_things_are_not_grouped(run):
    a = run("The Aviator received 11 Oscar nominations in London on Tuesday, the academy said.")
    b = run("Sideways received five Oscar nominations in London on Tuesday, the academy said.")
    c = run("About 300 people were killed in Norway last year, the police said.")
    d = run("About 900 people were injured in Norway last year, the police said.")
    for record, source in zip((a, b, c, d), "abcd"):
        record.source, record.date = f"{source}.txt", "2005-01-25"
    assert build_digest([a, b]).figures == []  # two films' nominations
    assert build_digest([c, d]).figures == []  # killed is not injured


def test_a_money_suffix_or_a_scoreline_name_is_not_what_a_figure_measures(run):
    deal = run("A US gaming group will pay $339m (£182.5m) for the unit, the firm said.")
    film = run("The blockbuster is said to have cost more than $150m (£79m) to make.")
    rome = run("Italy 17-28 Ireland")
    cardiff = run("Italy 8-38 Wales")
    for record, source in zip((deal, film, rome, cardiff), "abcd"):
        record.source, record.date = f"{source}.txt", "2005-02-12"
    things = {f.measure.thing for r in (deal, film, rome, cardiff) for c in r.claims for f in c.figures}
    assert not things & {"m", "italy"}
    assert build_digest([deal, film]).figures == []  # a deal's price is not a film's cost
    assert build_digest([rome, cardiff]).figures == []  # two matches' scores


def test_a_background_sentence_reused_by_a_follow_up_story_is_one_source(run):
    background = "Last year 4,200 people crossed into Norway at Storskog, the border police said."
    first = run("Queues grew at the Arctic border on Monday as the new rules began. " + background)
    follow_up = run("A union leader called for more guards after a quiet weekend in Kirkenes. " + background)
    other = run("Officials in Oslo said some 4,200 people had crossed into Norway at Storskog last year.")
    for record, source in zip((first, follow_up, other), "abc"):
        record.source, record.date = f"{source}.txt", "2023-03-01"
    assert build_digest([first, follow_up]).figures == []  # one statement, copied: nothing agrees
    [group] = build_digest([first, follow_up, other]).figures
    assert group.status == "agree" and group.sources == 2
    assert [f.copies for f in group.figures if f.source == "a.txt"] == [["b.txt"]]


def test_two_copies_of_one_wire_story_are_one_source(run):
    text = ("About 7,000 travellers crossed into Norway each day last week, the border police said on Monday. "
            "Queues at the main crossing stretched for ten kilometres, and officers worked extra shifts to cope.")
    a, b = run(text), run(text.replace("ten kilometres", "10 km"))
    a.source, b.source = "wire.txt", "copy.txt"
    digest = build_digest([a, b])
    assert [s.articles for s in digest.stories] == [["copy.txt", "wire.txt"]]
    assert digest.figures == []  # one story does not agree with itself


def test_figures_about_different_places_are_not_compared(run):
    a = run("About 7,000 travellers crossed into Norway each day, the border police said.")
    b = run("About 3,000 travellers crossed into Chile each day, the border police said.")
    a.source, b.source = "a.txt", "b.txt"
    assert build_digest([a, b]).figures == []

def test_seeds_daily_crossings_into_finland_from_more_than_one_article(seed_digest):
    groups = [g for g in seed_digest.figures if g.place == "Finland" and g.period == "day"]
    assert groups and len({f.source for f in groups[0].figures}) >= 2
    assert all(f.sentence for f in groups[0].figures)


def test_a_measure_stored_in_the_record_decides_the_group_without_a_parse(run):
    from newsclaims.digest import figure_measures
    from newsclaims.schema.digest import FigureMeasure
    from tests.digest_helpers import with_measures

    a = run("About 7,000 travellers crossed into Norway each day, the border police said.")
    b = run("Some 7,200 travellers entered Norway daily, according to officials.")
    a.source, b.source = "a.txt", "b.txt"
    stored = [with_measures(r, figure_measures(r)) for r in (a, b)]
    assert build_digest(stored) == build_digest([a, b])  # the stored reading is the parse's
    assert build_digest(stored).figures[0].status == "agree"
    # Measures that say otherwise win over what a parse would find: two different events.
    told = [with_measures(r, {k: FigureMeasure(thing="person", event=event) for k in figure_measures(r)})
            for r, event in ((a, "movement"), (b, "death"))]
    assert build_digest(told).figures == []


def test_shares_of_one_base_that_say_nothing_of_what_they_measure_are_not_compared(run):
    broadband = run("More than 95% of UK homes can receive broadband, according to BT.")
    television = run("Digital TV now reaches more than 56% of UK homes, the regulator said.")
    for record, source in zip((broadband, television), "ab"):
        record.source, record.date = f"{source}.txt", "2005-03-01"
    assert build_digest([broadband, television]).figures == []


def test_a_broad_class_with_nothing_said_of_it_is_not_compared(run):
    rally = run("Some 6,000 people were at the rally in Oslo on Monday, police said.")
    count = run("On Monday police counted about 6,000 people in Oslo.")
    for record, source in zip((rally, count), "ab"):
        record.source, record.date = f"{source}.txt", "2005-01-10"
    assert build_digest([rally, count]).figures == []  # `people` in Oslo: at a rally, or anywhere


def test_a_small_number_of_things_already_named_is_not_a_figure_to_compare(run):
    trade = run("The deal between the two countries was signed in Beijing on Monday.")
    talks = run("Ministers discussed relations between their two countries in Beijing on Monday.")
    for record, source in zip((trade, talks), "ab"):
        record.source, record.date = f"{source}.txt", "2005-01-10"
    assert build_digest([trade, talks]).figures == []
