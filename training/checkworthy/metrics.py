"""Scores for check-worthiness: precision, recall and F1 of the check-worthy class (as in
CheckThat! 2024), average precision of the ranking, and the fits train.py makes on dev."""

from __future__ import annotations

import numpy


def prf(gold: numpy.ndarray, predicted: numpy.ndarray) -> tuple[float, float, float]:
    """Precision, recall, F1 of the positive class."""
    tp = float(numpy.sum(gold & predicted))
    p = tp / max(float(predicted.sum()), 1.0)
    r = tp / max(float(gold.sum()), 1.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def average_precision(gold: numpy.ndarray, scores: numpy.ndarray) -> float:
    """Mean of the precision at each check-worthy sentence's rank (ties broken pessimistically,
    so a constant score cannot look good)."""
    order = numpy.lexsort((gold, -scores))  # within equal scores, negatives first
    hits = gold[order].astype(float)
    precision_at = numpy.cumsum(hits) / numpy.arange(1, len(hits) + 1)
    return float((precision_at * hits).sum() / max(hits.sum(), 1.0))


def best_threshold(gold: numpy.ndarray, probabilities: numpy.ndarray) -> tuple[float, float]:
    """The cut (rounded to 0.01) with the highest F1; on a tie, the highest such cut (fewer false alarms)."""
    best = (0.5, -1.0)
    for cut in numpy.round(numpy.arange(0.05, 0.951, 0.01), 2):
        f1 = prf(gold, probabilities >= cut)[2]
        if f1 >= best[1]:
            best = (float(cut), f1)
    return best


def platt(raw: numpy.ndarray, gold: numpy.ndarray, steps: int = 50) -> tuple[float, float]:
    """Logistic regression of the label on the classifier's logit (Newton steps): (slope, intercept).

    Targets are Platt's smoothed ones, so a separable dev set cannot push the slope to infinity.
    """
    clipped = numpy.clip(raw, 1e-6, 1 - 1e-6)
    x = numpy.log(clipped / (1 - clipped))
    positives, negatives = gold.sum(), (~gold).sum()
    y = numpy.where(gold, (positives + 1) / (positives + 2), 1 / (negatives + 2))
    design = numpy.stack([x, numpy.ones_like(x)], axis=1)
    w = numpy.array([1.0, 0.0])
    for _ in range(steps):
        p = 1 / (1 + numpy.exp(-design @ w))
        gradient = design.T @ (p - y)
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + 1e-9 * numpy.eye(2)
        w -= numpy.linalg.solve(hessian, gradient)
    return float(w[0]), float(w[1])
