"""Check-worthiness of every sentence: would a fact-checker pick it to check?

A small text classifier (trained with `spacy train`, see `training/checkworthy/`) scores each
sentence of a parsed Doc. It reads only token features the stock pipeline has already
computed (norms, affixes, shapes, POS, entity types), so it costs a few percent of parsing.
The raw score is mapped to a probability by Platt scaling fitted on held-out data, and a
sentence is check-worthy when that probability reaches `threshold`; both ship with the
weights in `calibration.json`.

The model pools the token vectors that en_core_web_sm's tok2vec leaves in `doc.tensor`. Any
other pipeline (blank, another model, a tensor of another width) still gets scores: the
component then reads word n-grams only and applies that mode's own calibration and
threshold (`without_tensor` in `calibration.json`). Which mode applies is decided once per
pipeline, by the tok2vec's vectors for a fixed sentence (`tensor_fingerprint`), and per Doc
by the tensor's shape; `doc._.checkworthy_threshold` is the threshold of the mode used.

    nlp = pipeline.load(); add_checkworthy(nlp)
    doc = nlp(text)
    [(sent.text, sent._.checkworthy) for sent in doc.sents]
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import numpy
import spacy
from spacy.attrs import intify_attr
from spacy.language import Language
from spacy.pipeline import Tok2Vec
from spacy.tokens import Doc, Span
from spacy.util import registry
from thinc.api import Model
from thinc.types import Floats2d

NAME = "newsclaims_checkworthy"
LABEL = "CHECKWORTHY"
CALIBRATION = "calibration.json"
PACKAGED_MODEL = Path(str(files("newsclaims"))) / "models" / "checkworthy"
# The sentence whose tok2vec vectors tell whether a pipeline's doc.tensor is the model's.
PROBE = "Only 1,688 people crossed the border on Friday, compared to 5,262 on Thursday, the guard said."
FINGERPRINT_TOLERANCE = 1e-3

if not Doc.has_extension("checkworthy"):
    # {first token of a sentence: calibrated probability}, set by the component.
    Doc.set_extension("checkworthy", default=None)
if not Doc.has_extension("checkworthy_threshold"):
    # The threshold that goes with this Doc's scores (with or without the tensor).
    Doc.set_extension("checkworthy_threshold", default=None)


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


# Any slice of it has the wrong shape, so the model reads zeros: word n-grams alone decide.
_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")


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
        return self._arrays.tensor[self.start : self.end]

    def to_array(self, columns: int | str | Sequence[int | str]) -> numpy.ndarray:
        names = [columns] if isinstance(columns, (int, str)) else columns
        rows = self._arrays.get(tuple(intify_attr(c) for c in names))[self.start : self.end]
        # As Doc.to_array: one column gives a 1-d array.
        return numpy.ascontiguousarray(rows[:, 0] if len(names) == 1 else rows)


class _Arrays:
    """`doc.to_array(columns)` of one article, computed once per set of columns."""

    __slots__ = ("doc", "tensor", "_cache")

    def __init__(self, doc: Doc, tensor: numpy.ndarray) -> None:
        self.doc, self.tensor, self._cache = doc, tensor, {}

    def get(self, columns: tuple[int, ...]) -> numpy.ndarray:
        array = self._cache.get(columns)
        if array is None:
            array = self._cache[columns] = self.doc.to_array(list(columns)).reshape(len(self.doc), -1)
        return array


@dataclass(frozen=True)
class Calibration:
    """Platt scaling of the classifier's logit and the threshold chosen with it on dev."""

    slope: float
    intercept: float
    threshold: float

    @classmethod
    def of(cls, entry: dict) -> Calibration:
        slope, intercept = (float(x) for x in entry["platt"])
        return cls(slope, intercept, float(entry["threshold"]))

    def __call__(self, raw: numpy.ndarray) -> numpy.ndarray:
        """A probability that means what it says."""
        clipped = numpy.clip(raw, 1e-6, 1 - 1e-6)
        logit = numpy.log(clipped / (1 - clipped))
        return 1.0 / (1.0 + numpy.exp(-(self.slope * logit + self.intercept)))


def tensor_fingerprint(nlp: Language) -> list[float] | None:
    """The mean vector the pipeline's tok2vec gives `PROBE` (None without a tok2vec).

    Equal fingerprints mean the same token vectors in `doc.tensor`: en_core_web_sm and its
    copies without a parser or NER match; en_core_web_md, whose vectors are as wide, does not.
    """
    tok2vec = next((pipe for _, pipe in nlp.components if isinstance(pipe, Tok2Vec)), None)
    if tok2vec is None:
        return None
    tensor = numpy.asarray(tok2vec(nlp.make_doc(PROBE)).tensor)
    if tensor.ndim != 2 or not tensor.size:
        return None
    return [round(float(x), 5) for x in tensor.mean(axis=0)]


class CheckworthyScorer:
    """Scores sentences (or whole short Docs) with the trained classifier and its calibration.

    `nlp`, the pipeline the component runs in, is probed once (on the first Doc, when its
    weights are loaded) to decide whether its `doc.tensor` is the one the model learnt from.
    """

    def __init__(self, model_dir: Path | str | None = None, nlp: Language | None = None) -> None:
        path = Path(model_dir) if model_dir else PACKAGED_MODEL
        inner = spacy.load(path)
        names = [name for name in inner.pipe_names if name.startswith("textcat")]
        if not names:
            raise ValueError(f"{path} holds no text classifier")
        self.textcat = inner.get_pipe(names[0])
        self.label_index = list(self.textcat.labels).index(LABEL)
        self.width = next((node.get_dim("nO") for node in self.textcat.model.walk()
                           if node.name == "doc_tensor"), 0)
        calibration = json.loads((path / CALIBRATION).read_text(encoding="utf-8"))
        self.with_tensor = Calibration.of(calibration)
        # Older calibration files have no tensor-less mode: the same calibration is the best guess.
        self.without_tensor = Calibration.of(calibration.get("without_tensor", calibration))
        self.fingerprint: list[float] | None = calibration.get("tensor_fingerprint")
        self._nlp = nlp
        self._reads_tensor: bool | None = None

    @property
    def threshold(self) -> float:
        """The documented threshold (of the model reading the tensor, as in the stock pipeline)."""
        return self.with_tensor.threshold

    def reads_tensor(self) -> bool:
        """Whether the pipeline the component runs in makes the token vectors the model learnt from."""
        if self._reads_tensor is None:
            found = tensor_fingerprint(self._nlp) if self._nlp is not None else None
            self._reads_tensor = (
                found is not None and self.fingerprint is not None and len(found) == len(self.fingerprint)
                and max(abs(a - b) for a, b in zip(found, self.fingerprint)) <= FINGERPRINT_TOLERANCE)
        return self._reads_tensor

    def raw(self, units: Sequence[Doc | _Rows], with_tensor: bool = True) -> numpy.ndarray:
        """The classifier's own probability for each unit (uncalibrated); `with_tensor=False`
        reads word n-grams only, whatever the Docs' tensors hold."""
        if not units:
            return numpy.zeros(0, dtype="float32")
        if not with_tensor:
            units = [_Rows(_Arrays(u, _NO_TENSOR), 0, len(u)) if isinstance(u, Doc) else u for u in units]
        scores = self.textcat.model.ops.to_numpy(self.textcat.model.predict(list(units)))
        return numpy.asarray(scores[:, self.label_index], dtype="float64")

    def calibrate(self, raw: numpy.ndarray, with_tensor: bool = True) -> numpy.ndarray:
        """Platt scaling of the classifier's logit, for the mode the raw scores were made in."""
        return (self.with_tensor if with_tensor else self.without_tensor)(raw)

    def score_docs(self, docs: Sequence[Doc], with_tensor: bool = True) -> numpy.ndarray:
        """Calibrated probability of each Doc as one unit (a Doc per sentence, as in training)."""
        return self.calibrate(self.raw(docs, with_tensor), with_tensor)

    def score_sentences(self, doc: Doc) -> tuple[dict[int, float], float]:
        """({first token of each sentence: calibrated probability}, the threshold that goes with them)."""
        with_tensor = self.reads_tensor() and getattr(doc.tensor, "shape", None) == (len(doc), self.width)
        arrays = _Arrays(doc, doc.tensor if with_tensor else _NO_TENSOR)
        sents = [(s.start, s.end) for s in doc.sents] if len(doc) else []
        scores = self.calibrate(self.raw([_Rows(arrays, start, end) for start, end in sents]), with_tensor)
        calibration = self.with_tensor if with_tensor else self.without_tensor
        return {start: round(float(p), 4) for (start, _), p in zip(sents, scores)}, calibration.threshold

    def __call__(self, doc: Doc) -> Doc:
        doc._.checkworthy, doc._.checkworthy_threshold = self.score_sentences(doc)
        return doc


@Language.factory(NAME, default_config={"model_dir": ""})
def make_checkworthy(nlp: Language, name: str, model_dir: str) -> CheckworthyScorer:
    """`model_dir` empty: the weights shipped in the package."""
    return CheckworthyScorer(model_dir or None, nlp=nlp)


def add_checkworthy(nlp: Language, model_dir: Path | str | None = None) -> CheckworthyScorer:
    """Add the scorer as the last component of a loaded pipeline (it needs sentences, POS, entities)."""
    return nlp.add_pipe(NAME, last=True, config={"model_dir": str(model_dir or "")})
