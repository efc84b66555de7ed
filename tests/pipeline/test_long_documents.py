"""Articles longer than the model's max_length: cut at paragraph breaks, parsed, merged back exactly.

(Moved from the batch tests; they exercise `newsclaims.pipeline`.)
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from spacy.language import Language

from newsclaims import pipeline


@hsettings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .\n"), max_size=300), limit=st.integers(2, 40))
def test_long_text_pieces_rejoin_exactly_and_respect_the_limit(text, limit):
    pieces = pipeline.split_long(text, limit)
    assert "".join(pieces) == text
    assert all(len(piece) <= limit for piece in pieces)


def test_long_text_is_cut_at_paragraph_breaks_when_it_can_be():
    text = "First paragraph here.\n\nSecond paragraph here.\n\nThird one."
    assert pipeline.split_long(text, 30) == ["First paragraph here.\n\n", "Second paragraph here.\n\n", "Third one."]


def test_merged_long_doc_keeps_entities_and_recomputes_boilerplate(nlp: Language):
    text = "Anna Lee met officials in Berlin on Friday.\n\nAdvertisement\n\nLater, Anna Lee flew to Madrid.\n"
    whole = nlp(text)
    old = nlp.max_length
    nlp.max_length = 50
    try:
        (merged,) = pipeline.parse(nlp, [text])
    finally:
        nlp.max_length = old
    assert merged.text == text
    assert {(e.text, e.start_char) for e in merged.ents} >= {("Berlin", text.index("Berlin")), ("Madrid", text.index("Madrid"))}
    assert merged._.boilerplate == whole._.boilerplate != ()


def test_components_no_extractor_reads_are_not_loaded(tmp_path):
    import spacy

    custom = spacy.blank("en")
    textcat = custom.add_pipe("textcat")
    textcat.add_label("POLITICS")
    textcat.add_label("SPORT")
    custom.initialize()
    custom.to_disk(tmp_path / "model")
    loaded = pipeline.load(str(tmp_path / "model"))
    assert "textcat" not in loaded.component_names
    assert "newsclaims_boilerplate" in loaded.pipe_names
