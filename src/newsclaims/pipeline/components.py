"""Our spaCy components: sentence breaks at paragraph boundaries and page-furniture regions.

Both sit on top of whatever the model provides, so any installed pipeline works.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from newsclaims.pipeline.boilerplate import find_boilerplate
from newsclaims.pipeline.tokens import per_doc

if not Doc.has_extension("boilerplate"):
    # (start_char, end_char) regions of page furniture; extractors skip items inside.
    Doc.set_extension("boilerplate", default=())


@Language.component("newsclaims_paragraphs")
def paragraph_sentences(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines, captions and subheads have no full stop.

    The word after a line's first word is held in that sentence: after a headline without a full
    stop the parser otherwise splits the next paragraph's first word off (`Rail | workers will ...`).
    """
    starts = doc.to_array([SENT_START]).astype(numpy.int64)  # 1 starts, -1 does not, 0 not yet known
    changed = False
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            starts[token.i], changed = 1, True
            if token.i + 1 < len(doc) and token.is_alpha and "\n" not in token.whitespace_ \
                    and (doc[token.i + 1].is_alpha or doc[token.i + 1].like_num):
                starts[token.i + 1] = -1
    if changed:  # one write: setting `token.is_sent_start` checks the whole Doc each time
        doc.from_array([SENT_START], starts.reshape(-1, 1).astype(numpy.uint64))
    return doc


def text_of(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy rebuilds the string from every token on each access."""
    return per_doc(doc, "newsclaims.text", lambda d: d.text)


@Language.component("newsclaims_boilerplate")
def mark_boilerplate(doc: Doc) -> Doc:
    doc._.boilerplate = tuple(find_boilerplate(text_of(doc)))
    return doc


