"""A corpus reader for `spacy train --code corpus.py` that keeps the stock pipeline's annotations.

spaCy's own reader hands the model a fresh, unannotated Doc (`nlp.make_doc(text)`), so a
model reading POS or entity features would train on zeros. Here the predicted Doc is a
copy of the annotated one `prepare.py` stored, with the tok2vec tensor it kept in user_data,
as at run time, where the component runs after the tok2vec, tagger, parser and NER.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import registry
from spacy.vocab import Vocab

import newsclaims.pipeline.checkworthy  # noqa: F401  (registers newsclaims.DocTensor.v1 for config.cfg)


def annotated_docs(path: Path, vocab: Vocab) -> list[Doc]:
    """The Docs prepare.py stored, each with its tok2vec tensor back in `doc.tensor`."""
    docs = list(DocBin().from_disk(path).get_docs(vocab))
    for doc in docs:
        tensor = doc.user_data.pop("tensor", None)
        if tensor is not None:
            doc.tensor = numpy.asarray(tensor, dtype="float32")
    return docs


@registry.readers("newsclaims.AnnotatedCorpus.v1")
def annotated_corpus(path: Path, shuffle: bool = False,
                     limit: int = 0) -> Callable[[Language], Iterator[Example]]:
    def read(nlp: Language) -> Iterator[Example]:
        docs = annotated_docs(path, nlp.vocab)
        if limit:
            docs = docs[:limit]
        if shuffle:
            random.shuffle(docs)
        for reference in docs:
            predicted = reference.copy()
            predicted.cats = {}
            predicted.tensor = reference.tensor
            yield Example(predicted, reference)

    return read
