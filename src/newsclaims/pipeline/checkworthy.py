"""Check-worthiness of every sentence: would a fact-checker pick it to check?

A small text classifier (trained with `spacy train`, see `training/checkworthy/`) scores each
sentence of a parsed Doc. It reads only token features the stock pipeline has already
computed (norms, affixes, shapes, POS, entity types), so it costs a few percent of parsing.
The raw score is mapped to a probability by Platt scaling fitted on held-out data, and a
sentence is check-worthy when that probability reaches `threshold`; both ship with the
weights in `calibration.json`.

    nlp = pipeline.load(); add_checkworthy(nlp)
    doc = nlp(text)
    [(sent.text, sent._.checkworthy) for sent in doc.sents]
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

import numpy
import spacy
from spacy.attrs import intify_attr
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry
from thinc.api import Model
from thinc.types import Floats2d

NAME = "newsclaims_checkworthy"
LABEL = "CHECKWORTHY"
CALIBRATION = "calibration.json"
PACKAGED_MODEL = Path(str(files("newsclaims"))) / "models" / "checkworthy"

if not Doc.has_extension("checkworthy"):
    # {first token of a sentence: calibrated probability}, set by the component.
    Doc.set_extension("checkworthy", default=None)


def _span_score(span: Span) -> float | None:
    """The score of the sentence the span starts in (None before the component ran)."""
    scores = span.doc._.checkworthy
    if scores is None:
        return None
    return scores.get(span.start if span.start in scores else span.doc[span.start].sent.start)


if not Span.has_extension("checkworthy"):
    Span.set_extension("checkworthy", getter=_span_score)


@registry.architectures("newsclaims.DocTensor.v1")
def doc_tensor(width: int) -> Model[list[Doc], list[Floats2d]]:
    """The token vectors the stock pipeline's tok2vec left in `doc.tensor`, as a frozen tok2vec layer.

    They are context-aware and already paid for, so a classifier pooling them costs almost
    nothing. A pipeline that leaves no tensor (or another width) gives zeros: the classifier
    then leans on its word n-grams alone.
    """
    return Model("doc_tensor", _doc_tensor_forward, dims={"nO": width})


def _doc_tensor_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Floats2d], object]:
    width = model.get_dim("nO")
    vectors = []
    for doc in docs:
        tensor = doc.tensor
        if getattr(tensor, "shape", None) != (len(doc), width):
            tensor = numpy.zeros((len(doc), width), dtype="float32")
        vectors.append(model.ops.asarray2f(tensor))
    return vectors, lambda d_vectors: []


class _Rows:
    """A sentence seen by the classifier as if it were its own Doc, without copying it.

    spaCy's text classifiers read a Doc only through `len()` and `to_array(columns)`
    (FeatureExtractor, extract_ngrams); `Span.as_doc()` would rebuild every sentence and
    cost as much again as the classifier itself. Each article's arrays are computed once
    and every sentence reads its slice.
    """

    __slots__ = ("_arrays", "start", "end")

    def __init__(self, arrays: _Arrays, start: int, end: int) -> None:
        self._arrays, self.start, self.end = arrays, start, end

    def __len__(self) -> int:
        return self.end - self.start

    @property
    def tensor(self) -> numpy.ndarray:
        return self._arrays.doc.tensor[self.start : self.end]

    def to_array(self, columns: int | str | Sequence[int | str]) -> numpy.ndarray:
        names = [columns] if isinstance(columns, (int, str)) else columns
        rows = self._arrays.get(tuple(intify_attr(c) for c in names))[self.start : self.end]
        # As Doc.to_array: one column gives a 1-d array.
        return numpy.ascontiguousarray(rows[:, 0] if len(names) == 1 else rows)


class _Arrays:
    """`doc.to_array(columns)` of one article, computed once per set of columns."""

    __slots__ = ("doc", "_cache")

    def __init__(self, doc: Doc) -> None:
        self.doc, self._cache = doc, {}

    def get(self, columns: tuple[int, ...]) -> numpy.ndarray:
        array = self._cache.get(columns)
        if array is None:
            array = self._cache[columns] = self.doc.to_array(list(columns)).reshape(len(self.doc), -1)
        return array


class CheckworthyScorer:
    """Scores sentences (or whole short Docs) with the trained classifier and its calibration."""

    def __init__(self, model_dir: Path | str | None = None) -> None:
        path = Path(model_dir) if model_dir else PACKAGED_MODEL
        inner = spacy.load(path)
        names = [name for name in inner.pipe_names if name.startswith("textcat")]
        if not names:
            raise ValueError(f"{path} holds no text classifier")
        self.textcat = inner.get_pipe(names[0])
        self.label_index = list(self.textcat.labels).index(LABEL)
        calibration = json.loads((path / CALIBRATION).read_text(encoding="utf-8"))
        self.slope, self.intercept = (float(x) for x in calibration["platt"])
        self.threshold = float(calibration["threshold"])

    def raw(self, units: Sequence[Doc | _Rows]) -> numpy.ndarray:
        """The classifier's own probability for each unit (uncalibrated)."""
        if not units:
            return numpy.zeros(0, dtype="float32")
        scores = self.textcat.model.ops.to_numpy(self.textcat.model.predict(list(units)))
        return numpy.asarray(scores[:, self.label_index], dtype="float64")

    def calibrate(self, raw: numpy.ndarray) -> numpy.ndarray:
        """Platt scaling of the classifier's logit: a probability that means what it says."""
        clipped = numpy.clip(raw, 1e-6, 1 - 1e-6)
        logit = numpy.log(clipped / (1 - clipped))
        return 1.0 / (1.0 + numpy.exp(-(self.slope * logit + self.intercept)))

    def score_docs(self, docs: Sequence[Doc]) -> numpy.ndarray:
        """Calibrated probability of each Doc as one unit (a Doc per sentence, as in training)."""
        return self.calibrate(self.raw(docs))

    def score_sentences(self, doc: Doc) -> dict[int, float]:
        """{first token of each sentence: calibrated probability} for one parsed article."""
        arrays = _Arrays(doc)
        sents = [(s.start, s.end) for s in doc.sents] if len(doc) else []
        scores = self.calibrate(self.raw([_Rows(arrays, start, end) for start, end in sents]))
        return {start: round(float(p), 4) for (start, _), p in zip(sents, scores)}

    def __call__(self, doc: Doc) -> Doc:
        doc._.checkworthy = self.score_sentences(doc)
        return doc


@Language.factory(NAME, default_config={"model_dir": ""})
def make_checkworthy(nlp: Language, name: str, model_dir: str) -> CheckworthyScorer:
    """`model_dir` empty: the weights shipped in the package."""
    return CheckworthyScorer(model_dir or None)


def add_checkworthy(nlp: Language, model_dir: Path | str | None = None) -> CheckworthyScorer:
    """Add the scorer as the last component of a loaded pipeline (it needs sentences, POS, entities)."""
    return nlp.add_pipe(NAME, last=True, config={"model_dir": str(model_dir or "")})
