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


CUTS = numpy.round(numpy.arange(0.05, 0.951, 0.01), 2)


def f1_by_threshold(gold: numpy.ndarray, probabilities: numpy.ndarray) -> numpy.ndarray:
    """F1 of the positive class at each of CUTS."""
    return numpy.array([prf(gold, probabilities >= cut)[2] for cut in CUTS])


def choose_threshold(gold: numpy.ndarray, probabilities: numpy.ndarray, resamples: int = 500,
                     seed: int = 0) -> dict[str, float]:
    """The lowest cut whose F1 is within one bootstrap standard error of the best F1.

    On dev the F1 curve is flat over a wide band of cuts: differences inside it are sampling
    noise, so the arg-max is an arbitrary pick. Within that band the lowest cut is taken, as
    in triage a missed claim costs more than a false alarm (a reader skips it in a second).
    """
    f1s = f1_by_threshold(gold, probabilities)
    best = int(numpy.argmax(f1s))
    rng = numpy.random.default_rng(seed)
    n = len(gold)
    samples = []
    for _ in range(resamples):
        pick = rng.integers(0, n, n)
        samples.append(prf(gold[pick], probabilities[pick] >= CUTS[best])[2])
    se = float(numpy.std(samples))
    chosen = int(numpy.flatnonzero(f1s >= f1s[best] - se)[0])
    return {"threshold": float(CUTS[chosen]), "f1": float(f1s[chosen]), "best_threshold": float(CUTS[best]),
            "best_f1": float(f1s[best]), "f1_standard_error": se}


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
