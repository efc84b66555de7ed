"""Any installed spaCy pipeline works via --model, whatever components it lacks."""

from __future__ import annotations

import json

import pytest
import spacy
from typer.testing import CliRunner

from newsclaims import pipeline
from newsclaims.cli import app
from newsclaims.pipeline import matchers
from newsclaims.schema import invalid_spans
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def reduced_pipelines(tmp_path_factory):
    """A blank English pipeline, and the default one without its NER or without its parser."""
    root = tmp_path_factory.mktemp("pipelines")
    spacy.blank("en").to_disk(root / "blank")
    spacy.load(pipeline.DEFAULT_MODEL, exclude=["ner"]).to_disk(root / "no_ner")
    spacy.load(pipeline.DEFAULT_MODEL, exclude=["parser"]).to_disk(root / "no_parser")
    return root


@pytest.mark.parametrize("name", ["blank", "no_ner", "no_parser"])
def test_extract_runs_with_a_reduced_pipeline(reduced_pipelines, tmp_path, name):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["extract", str(SEEDS), "-o", str(out), "--jobs", "1", "--model", str(reduced_pipelines / name)]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    for record in records:
        assert record["error"] is None
        assert invalid_spans(record, record["text"]) == []
        assert record["numbers"], "numbers need no NER or parser"


def test_a_line_break_always_starts_a_sentence(nlp):
    doc = nlp("Border queues grow\nOfficials said on Monday that the wait was long.")
    starts = [sent.text.split()[0] for sent in doc.sents]
    assert starts == ["Border", "Officials"]


def test_a_paragraph_after_an_unpunctuated_headline_keeps_its_first_word(nlp):
    doc = nlp("Rail unions announce new dates\nRail workers will walk out on 3 June, the union said.\n"
              "A story about pay\nWorkers said they would strike.")
    assert [sent.text.strip() for sent in doc.sents] == [
        "Rail unions announce new dates", "Rail workers will walk out on 3 June, the union said.",
        "A story about pay", "Workers said they would strike."]


def test_an_unknown_model_names_the_fix():
    with pytest.raises(pipeline.ModelNotFound, match="pip install"):
        pipeline.load("no_such_pipeline_xyz")


def _is_shouted(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def test_a_word_flag_is_set_on_old_and_new_words_and_reused_for_the_same_getter(nlp):
    flag = matchers.word_flag(nlp.vocab, _is_shouted)
    assert flag >= 19 and matchers.word_flag(nlp.vocab, _is_shouted) == flag
    doc = nlp("NATO and the QWZXJKV said 12 things.")  # QWZXJKV: a word the vocab never held
    assert [doc[i].text for i in matchers.flagged(doc, flag)] == ["NATO", "QWZXJKV"]
    assert [doc[i].text for i in matchers.flagged(doc, flag, like_num=True)] == ["NATO", "QWZXJKV", "12"]
    assert matchers.flagged(nlp(""), flag) == []


def test_a_phrase_matcher_compares_lemmas_or_lower_case_forms(nlp):
    doc = nlp("She went on: the Minister SAYS prices rose, according to the report.")
    lemmas = matchers.phrase_matcher(nlp.vocab, "LEMMA", {"GO_ON": [("go", "on")]})
    forms = matchers.phrase_matcher(nlp.vocab, "LOWER", {"X": [("says",), ("according", "to")]})
    assert [doc[s:e].text for _, s, e in lemmas(doc)] == ["went on"]
    assert sorted(doc[s:e].text for _, s, e in forms(doc)) == ["SAYS", "according to"]
