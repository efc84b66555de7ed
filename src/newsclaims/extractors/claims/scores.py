"""A clause's check-worthiness: the model's probability for the sentence it is in.

The `newsclaims_checkworthy` component scores every sentence (`doc._.checkworthy`) and
says which threshold goes with its scores (`doc._.checkworthy_threshold`: the stock
pipeline's, or that of word n-grams alone). Without the component there are no scores.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span as SpacySpan

import newsclaims.pipeline.checkworthy  # noqa: F401  (registers doc._.checkworthy)


class SentenceScores:
    """Each sentence's calibrated probability, looked up by token position."""

    def __init__(self, doc: Doc) -> None:
        scores: dict[int, float] = doc._.checkworthy or {}
        self.starts = sorted(scores)
        self.values = [scores[s] for s in self.starts]
        self.threshold: float | None = doc._.checkworthy_threshold if scores else None

    def of(self, span: SpacySpan) -> float | None:
        """The score of the sentence the span is in; the highest when it runs across sentences
        (a quotation joined into one unit). None without scores."""
        if not self.starts:
            return None
        first = max(bisect_right(self.starts, span.start) - 1, 0)
        return max(self.values[first:max(bisect_left(self.starts, span.end), first + 1)])

    def reaches(self, score: float | None) -> bool:
        """Whether a score is at or above the threshold that goes with it."""
        return score is not None and self.threshold is not None and score >= self.threshold
