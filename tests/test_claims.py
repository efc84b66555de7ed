"""Claims: checkable clauses with their source, links, figure keys and a check-worthiness score."""

from __future__ import annotations

from newsclaims.extractors.claims import WEIGHTS


def _labels(claim) -> set[str]:
    return {r.split(" (")[0].split(":")[0] for r in claim.reasons}


def test_according_to_body_is_the_source_of_a_figure(run):
    article = run("Only 412 trucks crossed the bridge on Monday, according to the port authority.")
    [claim] = article.claims
    assert claim.kind == "both"
    assert claim.source is not None and claim.source.kind == "organisation"
    assert "port authority" in claim.source.name
    assert claim.number_ids == [n.id for n in article.numbers if n.text.endswith("412")]
    assert "figure" in _labels(claim) and "named source" in _labels(claim)


def test_coordinated_clause_with_the_figure_is_its_own_claim(run):
    text = ("The ministry closed the road on Monday, and only 412 trucks crossed the bridge that day, "
            "according to the port authority.")
    article = run(text)
    [claim] = article.claims
    assert claim.text.startswith("only 412 trucks")
    assert claim.text.endswith("according to the port authority.")
    assert claim.sentence.text == text
    assert text[claim.start:claim.end] == claim.text


def test_reported_speech_without_a_figure_is_an_attributed_claim_of_the_person(run):
    article = run("Mayor Anna Kowalski said on Tuesday that the new bridge was safe.")
    [claim] = article.claims
    assert claim.kind == "attributed"
    [person] = [p for p in article.people if p.name == "Anna Kowalski"]
    assert claim.source is not None and claim.source.person_id == person.id
    assert person.id in claim.person_ids
    assert claim.source.cue == "said"


def test_direct_quote_links_the_quote_and_its_speaker(run):
    article = run("“We counted 3,000 cars at the gate before noon,” said Tomas Berg, a customs officer.")
    [claim] = article.claims
    assert claim.kind == "both"
    assert claim.quote_ids == [q.id for q in article.quotes]
    assert claim.source is not None and claim.source.name == "Tomas Berg"


def test_a_record_comparison_and_change_outrank_a_personal_feeling(run):
    strong = run("Exports rose to a record 9,000 tonnes last year, compared with 6,500 tonnes in 2021, "
                 "the statistics office said.").claims[0]
    weak = run("“I feel tired and I want to go home now,” said Maria Lopez.").claims[0]
    assert {"superlative", "comparison", "change over time", "figure"} <= _labels(strong)
    assert "personal account" in _labels(weak)
    assert strong.score > weak.score


def test_score_is_the_sum_of_the_listed_reason_weights(run):
    claim = run("Unemployment fell to 4.1% in May, the lowest level since 2019, the labour office said.").claims[0]
    listed = sum(float(r.rsplit("(", 1)[1].rstrip(")")) for r in claim.reasons)
    assert claim.score == round(min(1.0, max(0.0, listed)), 2)
    assert all(r.split(" (")[0].split(":")[0] in WEIGHTS for r in claim.reasons)


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


def test_an_age_alone_does_not_make_a_claim(run):
    assert run("The 45-year-old teacher walked home through the park.").claims == []


def test_claim_and_sentence_spans_slice_the_text(run):
    text = ("Prices rose 12% in June. “It is the fastest rise in a decade,” said Ana Silva.\n\n"
            "Some 2,000 people protested in Lisbon, and police said 40 were detained.")
    article = run(text)
    assert article.claims
    for claim in article.claims:
        assert text[claim.start:claim.end] == claim.text
        assert text[claim.sentence.start:claim.sentence.end] == claim.sentence.text
        assert claim.sentence.start <= claim.start and claim.end <= claim.sentence.end
        if claim.source is not None and claim.source.start is not None:
            assert text[claim.source.start:claim.source.end] == claim.source.text


def test_a_by_phrase_of_manner_does_not_make_a_day_cumulative(run):
    article = run("Only 900 people were able to cross by land into Estonia that day, the border guard said.")
    periods = [f.period for c in article.claims for f in c.figures]
    assert periods == ["day"]


def test_claim_spans_do_not_carry_paragraph_breaks(run):
    article = run("According to the ministry, 2,500 cars were waiting.\n\nThe queue grew overnight.\n")
    [claim] = article.claims
    assert claim.text == "According to the ministry, 2,500 cars were waiting."
    assert claim.sentence.text == claim.text


def test_a_daily_rate_in_the_clause_beats_a_vague_stretch_of_days(run):
    article = run("In recent days, the number of daily visitors to Norway has been around 5-6,000.")
    [figure] = [f for c in article.claims for f in c.figures]
    assert figure.period == "day"
    assert figure.counted_key == "person"


def test_visits_are_not_counted_as_people(run):
    article = run("The ministry said its website recorded 1.5 million visits in March.")
    [figure] = [f for c in article.claims for f in c.figures]
    assert figure.counted_key == "visit"


def test_claims_run_on_a_pipeline_without_tagger_parser_or_lemmatizer():
    import spacy

    from newsclaims.extractors import Context
    from newsclaims.extractors.claims import extract_claims
    from newsclaims.schema import Quantity

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Only 412 trucks crossed on Monday, compared to 900 on Sunday. The road was quiet.")
    number = Quantity(id="n1", start=5, end=8, text="412", value=412)
    [claim] = extract_claims(doc, Context.of(doc, numbers=[number]))
    assert claim.number_ids == ["n1"] and claim.kind == "quantitative"
    assert "comparison: compared (+0.15)" in claim.reasons


def test_an_according_to_clause_is_an_attributed_claim_even_without_a_figure(nlp):
    from newsclaims.extractors import Context
    from newsclaims.extractors.claims import extract_claims

    doc = nlp("The queues remain short, according to the coast guard. The sea was calm.")
    [claim] = extract_claims(doc, Context.of(doc))
    assert claim.kind == "attributed"
    assert claim.source is not None and claim.source.text == "the coast guard" and claim.source.cue == "according to"
    assert claim.text == "The queues remain short, according to the coast guard."


def test_a_verb_like_recorded_is_not_a_superlative(run):
    plain = run("Some 4,000 cases were recorded at the clinic last year.").claims[0]
    extreme = run("The clinic saw a record 4,000 cases last year.").claims[0]
    assert not any(r.startswith("superlative") for r in plain.reasons)
    assert any(r.startswith("superlative: record") for r in extreme.reasons)


def test_a_pronoun_source_is_resolved_like_a_quotes_speaker(run):
    article = run("Tom Briggs, the mayor, opened the library on Saturday. "
                  "Visits doubled to 3,000 in its first week, he said.")
    claim = next(c for c in article.claims if "3,000" in c.text)
    assert claim.source is not None and claim.source.name == "Tom Briggs" and claim.source.text == "he"
