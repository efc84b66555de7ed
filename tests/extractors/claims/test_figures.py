"""Claims' figures: what each figure counts, when, where, and what it measures."""

from __future__ import annotations


def test_figure_keys_give_counted_class_period_and_place(run):
    article = run("Officials said 1,200 migrants crossed into Spain each day.")
    [claim] = article.claims
    [figure] = claim.figures
    [spain] = [p for p in article.places if p.name == "Spain"]
    assert figure.counted == "migrants"
    assert figure.counted_key == "person"
    assert figure.period == "day"
    assert spain.id in figure.place_ids


def test_a_date_that_starts_a_running_total_is_not_a_period(run):
    article = run("Some 40,000 refugees have arrived in Poland since the war began in March.")
    [claim] = article.claims
    assert claim.figures[0].counted_key == "person"
    assert claim.figures[0].period is None


def test_a_later_figure_inherits_what_the_first_one_counts(run):
    article = run("Only 1,100 travellers entered on Friday, compared to 4,300 on Thursday, police said.")
    keys = [f.counted_key for c in article.claims for f in c.figures]
    assert keys == ["person", "person"]
    periods = [f.period for c in article.claims for f in c.figures]
    assert periods == ["day", "day"]


def test_a_by_phrase_of_manner_does_not_make_a_day_cumulative(run):
    article = run("Only 900 people were able to cross by land into Estonia that day, the border guard said.")
    periods = [f.period for c in article.claims for f in c.figures]
    assert periods == ["day"]


def test_a_daily_rate_in_the_clause_beats_a_vague_stretch_of_days(run):
    article = run("In recent days, the number of daily visitors to Norway has been around 5-6,000.")
    [figure] = [f for c in article.claims for f in c.figures]
    assert figure.period == "day"
    assert figure.counted_key == "person"


def test_visits_are_not_counted_as_people(run):
    article = run("The ministry said its website recorded 1.5 million visits in March.")
    [figure] = [f for c in article.claims for f in c.figures]
    assert figure.counted_key == "visit"


def test_a_figure_carries_what_it_measures_without_its_place_or_source(run):
    article = run("About 7,000 travellers crossed into Norway each day, the Norwegian Border Police said.")
    [figure] = [f for c in article.claims for f in c.figures]
    assert figure.measure is not None
    assert (figure.measure.thing, figure.measure.event) == ("person", "movement")
    assert figure.measure.args == []  # Norway is compared as a place, the police are who said it


def test_named_arguments_and_modifiers_tell_two_measures_apart(run):
    [a] = [f for c in run("The Aviator won 11 Oscar nominations.").claims for f in c.figures]
    [b] = [f for c in run("Million Dollar Baby won seven Oscar nominations.").claims for f in c.figures]
    assert a.measure.thing == b.measure.thing == "nomination"
    assert "oscar" in a.measure.modifiers and a.measure.args != b.measure.args


def test_the_stored_measure_is_the_digests_reading_of_the_claim_sentence(run):
    from newsclaims.digest import figure_measures

    article = run("Only 1,688 Russians were able to cross by land into Finland on Friday, compared to 5,262 "
                  "on Thursday, according to the Finnish Border Guard.")
    parsed = figure_measures(article)
    assert parsed
    stored = {(c.id, f.number_id): f.measure for c in article.claims for f in c.figures}
    assert all(stored[key] == measure for key, measure in parsed.items())
