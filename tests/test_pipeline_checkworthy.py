"""The check-worthiness component: shipped weights, loaded offline, scoring every sentence."""

from __future__ import annotations

import socket

import pytest

from newsclaims import pipeline
from newsclaims.pipeline.checkworthy import NAME, PACKAGED_MODEL, CheckworthyScorer, add_checkworthy

FIGURES = ("Only 1,240 lorries crossed the bridge on Monday, compared to 4,310 a week earlier, "
           "according to the highways agency.")
FEELING = "I love the smell of the sea in the morning, she said with a smile."


@pytest.fixture(scope="module")
def scored_nlp():
    """Its own pipeline, so the session's shared one stays as the extractors know it."""
    nlp = pipeline.load()
    add_checkworthy(nlp)
    return nlp


def test_component_loads_offline_from_the_package(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the check-worthiness model tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    scorer = CheckworthyScorer()
    assert PACKAGED_MODEL.is_dir() and "newsclaims" in PACKAGED_MODEL.parts
    assert 0 < scorer.threshold < 1


def test_component_runs_last_in_the_pipeline(scored_nlp):
    assert scored_nlp.pipe_names[-1] == NAME


def test_every_sentence_gets_a_probability(scored_nlp):
    doc = scored_nlp(f"{FIGURES} {FEELING} The match starts at noon.")
    sents = list(doc.sents)
    assert set(doc._.checkworthy) == {sent.start for sent in sents}
    assert all(0.0 <= sent._.checkworthy <= 1.0 for sent in sents)


def test_a_figure_with_its_source_outranks_a_feeling(scored_nlp):
    doc = scored_nlp(f"{FEELING}\n\n{FIGURES}")
    feeling, figures = doc.sents
    assert figures._.checkworthy > feeling._.checkworthy
    assert figures._.checkworthy >= scored_nlp.get_pipe(NAME).threshold > feeling._.checkworthy


@pytest.mark.parametrize(("checkable", "not_checkable"), [
    ("The unemployment rate fell to 3.9 percent last year, the lowest since 2001.",
     "Thank you all for coming tonight."),
    ("The company cut 2,000 jobs in 2023 and closed three factories.",
     "What a wonderful evening this has been."),
    ("Crime in the city has doubled since the new mayor took office.",
     "Let me tell you what I think about that."),
])
def test_statements_of_fact_score_above_pleasantries(scored_nlp, checkable, not_checkable):
    high, low = (scored_nlp(text) for text in (checkable, not_checkable))
    assert high[:]._.checkworthy > low[:]._.checkworthy


def test_a_span_reads_the_score_of_its_sentence(scored_nlp):
    doc = scored_nlp(f"{FEELING} {FIGURES}")
    second = list(doc.sents)[1]
    inside = doc[second.start + 1 : second.start + 4]
    assert inside._.checkworthy == second._.checkworthy


def test_sentence_in_an_article_scores_as_if_it_were_its_own_doc(scored_nlp):
    """Sentences are scored through views of the article, not copies: the figures must agree."""
    scorer = scored_nlp.get_pipe(NAME)
    doc = scored_nlp(f"{FEELING} {FIGURES} The match starts at noon.")
    alone = scorer.score_docs([sent.as_doc() for sent in doc.sents])
    assert [sent._.checkworthy for sent in doc.sents] == pytest.approx(alone.tolist(), abs=1e-4)


def test_a_long_article_parsed_in_pieces_is_scored_whole(scored_nlp):
    text = "\n\n".join([FIGURES, FEELING] * 6)
    old = scored_nlp.max_length
    scored_nlp.max_length = 400
    try:
        (doc,) = pipeline.parse(scored_nlp, [text])
    finally:
        scored_nlp.max_length = old
    assert doc.text == text
    assert set(doc._.checkworthy) == {sent.start for sent in doc.sents}
    # The pieces' token vectors survive the merge: every piece still ranks figures over feelings.
    threshold = scored_nlp.get_pipe(NAME).threshold
    scores = [sent._.checkworthy for sent in doc.sents]
    assert all(score >= threshold for score in scores[0::2])
    assert all(score < threshold for score in scores[1::2])


def test_empty_text_has_no_scores(scored_nlp):
    assert scored_nlp("")._.checkworthy == {}


def test_span_has_no_score_before_the_component_runs(nlp):
    assert nlp("Prices rose 5% last year.")[:]._.checkworthy is None
