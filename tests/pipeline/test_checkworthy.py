"""The check-worthiness component: shipped weights, loaded offline, scoring every sentence;
word n-grams alone, with their own threshold, where the pipeline's doc.tensor is not the stock one."""

from __future__ import annotations

import socket

import pytest

from newsclaims import pipeline
from newsclaims.pipeline.checkworthy import (
    NAME,
    PACKAGED_MODEL,
    CheckworthyScorer,
    add_checkworthy,
    tensor_fingerprint,
)

FIGURES = ("Only 1,240 lorries crossed the bridge on Monday, compared to 4,310 a week earlier, "
           "according to the highways agency.")
FEELING = "I love the smell of the sea in the morning, she said with a smile."


@pytest.fixture(scope="module")
def scored_nlp(nlp):
    """The default pipeline: the component is part of it."""
    return nlp


def test_component_loads_offline_from_the_package(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the check-worthiness model tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    scorer = CheckworthyScorer()
    assert PACKAGED_MODEL.is_dir() and "newsclaims" in PACKAGED_MODEL.parts
    assert 0 < scorer.threshold < 1


def test_component_runs_last_in_the_default_pipeline(scored_nlp):
    assert scored_nlp.pipe_names[-1] == NAME
    assert NAME not in pipeline.load(checkworthy=False).pipe_names


def test_the_stock_pipeline_is_scored_with_its_tensor(scored_nlp):
    doc = scored_nlp(FIGURES)
    scorer = scored_nlp.get_pipe(NAME)
    assert scorer.reads_tensor()
    assert doc._.checkworthy_threshold == scorer.threshold == 0.27
    assert tensor_fingerprint(scored_nlp) == pytest.approx(scorer.fingerprint, abs=1e-3)


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
    with nlp.select_pipes(disable=[NAME]):
        assert nlp("Prices rose 5% last year.")[:]._.checkworthy is None


def _with_tok2vec(width: int):
    """A blank pipeline with an untrained tok2vec of `width`: vectors that are not the stock ones."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec", config={"model": {
        "@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": width, "depth": 1,
        "embed_size": 500, "window_size": 1, "maxout_pieces": 2, "subword_features": True}})
    nlp.add_pipe("sentencizer")
    nlp.initialize()
    add_checkworthy(nlp)
    return nlp


@pytest.mark.parametrize("width", [32, 96])
def test_a_tensor_of_another_pipeline_is_not_read(scored_nlp, width):
    """Another width, or the same width from another tok2vec (as en_core_web_md's): word n-grams only."""
    other = _with_tok2vec(width)
    scorer = other.get_pipe(NAME)
    doc = other(f"{FIGURES} {FEELING}")
    assert doc.tensor.shape == (len(doc), width)
    assert not scorer.reads_tensor()
    assert doc._.checkworthy_threshold == scorer.without_tensor.threshold != scorer.threshold
    alone = scorer.score_docs([scored_nlp(sent.text) for sent in doc.sents], with_tensor=False)
    assert [sent._.checkworthy for sent in doc.sents] == pytest.approx(alone.tolist(), abs=1e-3)
    figures, feeling = doc.sents
    assert figures._.checkworthy >= doc._.checkworthy_threshold > feeling._.checkworthy


def test_a_blank_pipeline_gets_scores_from_word_ngrams(tmp_path):
    import spacy

    spacy.blank("en").to_disk(tmp_path / "blank")
    blank = pipeline.load(str(tmp_path / "blank"))
    assert blank.pipe_names[-1] == NAME
    doc = blank(f"{FIGURES}\n\n{FEELING}")
    figures, feeling = (sent for sent in doc.sents if sent.text.strip())
    assert figures._.checkworthy > feeling._.checkworthy
    assert doc._.checkworthy_threshold == blank.get_pipe(NAME).without_tensor.threshold
