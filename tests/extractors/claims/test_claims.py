"""Claims (assembly): which clauses are claims, their kind, score, source and links."""

from __future__ import annotations

import pytest

from newsclaims.extractors.claims import REASONS


def _labels(claim) -> set[str]:
    return {r.split(":")[0] for r in claim.reasons}


def _claim(article, start: str):
    [claim] = [c for c in article.claims if c.text.startswith(start)]
    return claim


def test_a_checkable_statement_without_a_figure_or_a_source_is_a_claim(run):
    article = run("The government closed the northern border crossing to all traffic in March.")
    [claim] = article.claims
    assert claim.number_ids == [] and claim.source is None and claim.quote_ids == []
    assert claim.score >= 0.27
    assert claim.text == article.text


def test_a_sentence_below_the_threshold_without_a_figure_or_a_source_is_not_a_claim(run):
    article = run("Thank you all so much for coming.\n\nThe sea was calm.")
    assert article.claims == []


def test_an_opinion_with_a_number_stays_a_claim_but_scores_low(run):
    article = run("The ministry said exports rose 12% to $4.1bn in 2023, the highest level since 2008.\n\n"
                  "“Honestly, two of my friends are the funniest people I know,” said Anna Berg.")
    fact = _claim(article, "The ministry said")
    opinion = _claim(article, "“Honestly")
    assert "figure" in _labels(opinion)
    assert opinion.score < 0.27 <= fact.score


def test_every_claim_scores_the_model_probability_of_its_sentence(nlp, run):
    text = ("Unemployment fell to 4.1% in May, the lowest level since 2019, the labour office said. "
            "I love the smell of the sea.")
    doc = nlp(text)
    by_start = {sent.start_char: sent._.checkworthy for sent in doc.sents}
    claims = run(text).claims
    assert claims
    for claim in claims:
        assert claim.score == by_start[claim.sentence.start]
    assert all(r.split(":")[0] in REASONS for c in claims for r in c.reasons)
    assert not any("(" in r and r.endswith(")") and "+" in r for c in claims for r in c.reasons)


@pytest.mark.parametrize(("text", "kind"), [
    ("Only 412 trucks crossed the bridge on Monday, according to the port authority.", "quantity"),
    ("Unemployment will rise to 6% next year, the central bank forecast.", "prediction"),
    ("The drought caused food prices to soar across the region, the UN said.", "correlation_causation"),
    ("Under the new law, it is illegal to smoke in public parks, the council said.", "rules_laws"),
    ("“I grew up in a small village near the coast,” said Anna Berg.", "personal_experience"),
    ("The mayor has never visited the flooded districts, residents said.", "other"),
])
def test_kind_follows_full_facts_taxonomy(run, text, kind):
    [claim] = run(text).claims
    assert claim.kind == kind


def test_a_number_that_is_no_figure_does_not_make_a_quantity(run):
    claim = run("“Why wouldn’t he lie one more time about it?” asked Anton Berg.").claims[0]
    assert claim.kind == "other"


def test_according_to_body_is_the_source_of_a_figure(run):
    article = run("Only 412 trucks crossed the bridge on Monday, according to the port authority.")
    [claim] = article.claims
    assert claim.source is not None and claim.source.kind == "organisation"
    assert "port authority" in claim.source.name
    assert claim.number_ids == [n.id for n in article.numbers if n.text.endswith("412")]
    assert {"figure", "named source"} <= _labels(claim)


def test_coordinated_clause_with_the_figure_is_its_own_claim(run):
    text = ("The ministry closed the road on Monday, and only 412 trucks crossed the bridge that day, "
            "according to the port authority.")
    article = run(text)
    claim = _claim(article, "only 412 trucks")
    assert claim.text.endswith("according to the port authority.")
    assert claim.sentence.text == text
    assert text[claim.start:claim.end] == claim.text
    assert all(c.text.startswith("The ministry closed the road") for c in article.claims if c is not claim)


def test_reported_speech_without_a_figure_is_a_claim_of_the_person(run):
    article = run("Mayor Anna Kowalski said on Tuesday that the new bridge was safe.")
    [claim] = article.claims
    [person] = [p for p in article.people if p.name == "Anna Kowalski"]
    assert claim.source is not None and claim.source.person_id == person.id
    assert person.id in claim.person_ids
    assert claim.source.cue == "said"


def test_direct_quote_links_the_quote_and_its_speaker(run):
    article = run("“We counted 3,000 cars at the gate before noon,” said Tomas Berg, a customs officer.")
    [claim] = article.claims
    assert claim.kind == "quantity"
    assert claim.quote_ids == [q.id for q in article.quotes]
    assert claim.source is not None and claim.source.name == "Tomas Berg"


def test_a_sourced_record_figure_outranks_a_personal_feeling(run):
    strong = run("Exports rose to a record 9,000 tonnes last year, compared with 6,500 tonnes in 2021, "
                 "the statistics office said.").claims[0]
    weak = run("“I feel tired and I want to go home now,” said Maria Lopez.").claims[0]
    assert {"superlative", "comparison", "change over time", "figure"} <= _labels(strong)
    assert weak.kind == "personal_experience"
    assert strong.score > weak.score


def test_an_age_is_not_a_figure_of_the_claim(run):
    article = run("The 45-year-old teacher walked home through the park.")
    assert all(not c.figures and "figure" not in _labels(c) for c in article.claims)
    assert all(c.kind != "quantity" for c in article.claims)


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


def test_claim_spans_do_not_carry_paragraph_breaks(run):
    article = run("According to the ministry, 2,500 cars were waiting.\n\nThe queue grew overnight.\n")
    claim = _claim(article, "According to")
    assert claim.text == "According to the ministry, 2,500 cars were waiting."
    assert claim.sentence.text == claim.text


def test_claims_run_on_a_pipeline_without_tagger_parser_lemmatizer_or_scores():
    import spacy

    from newsclaims.extractors import Context
    from newsclaims.extractors.claims import extract_claims
    from newsclaims.schema import Quantity

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Only 412 trucks crossed on Monday, compared to 900 on Sunday. The road was quiet.")
    number = Quantity(id="n1", start=5, end=8, text="412", value=412)
    [claim] = extract_claims(doc, Context.of(doc, numbers=[number]))
    assert claim.number_ids == ["n1"] and claim.kind == "quantity"
    assert "comparison: compared" in claim.reasons
    assert claim.score is None  # no check-worthiness component: figures and sources only


def test_a_blank_pipeline_scores_claims_from_word_ngrams(tmp_path):
    import spacy

    from newsclaims import extract, pipeline

    spacy.blank("en").to_disk(tmp_path / "blank")
    nlp = pipeline.load(str(tmp_path / "blank"))
    article = extract("Only 1,688 Russians crossed into Finland on Friday, compared to 5,262 on Thursday, "
                      "according to the Finnish Border Guard.\n\nThank you.\n\n77º", nlp)
    [claim] = article.claims
    assert claim.score is not None and claim.score >= 0.3
    assert claim.kind == "quantity" and claim.figures


def test_an_according_to_clause_is_an_attributed_claim_even_without_a_figure(nlp):
    from newsclaims.extractors import Context
    from newsclaims.extractors.claims import extract_claims

    doc = nlp("The queues remain short, according to the coast guard. The sea was calm.")
    claim = extract_claims(doc, Context.of(doc))[0]
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
