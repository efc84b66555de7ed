"""The training scripts run end to end on a tiny sample: prepare, train, calibrate, evaluate."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

SCRIPTS = ROOT / "training" / "checkworthy"
WORTHY = [
    "Unemployment fell to 4 percent last year.",
    "We have cut taxes for 20 million families.",
    "The deficit doubled in four years.",
    "Crime rose by 12 percent in the capital.",
    "The senator voted against the bill three times.",
    "Exports to China reached $120 billion in 2015.",
]
NOT_WORTHY = [
    "Thank you very much.",
    "Let me say something about that.",
    "I think that's a great question.",
    "Good evening, everyone.",
    "We'll come back to that later.",
    "It is wonderful to be here tonight.",
]


def write_tsv(path, rows):
    lines = ["Sentence_id\tText\tclass_label"]
    lines += [f"{i}\t{text}\t{label}" for i, (text, label) in enumerate(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(*args):
    done = subprocess.run([sys.executable, *map(str, args)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_training_runs_end_to_end_on_a_tiny_sample(tmp_path):
    data = tmp_path / "tsv"
    data.mkdir()
    rows = [(t, "Yes") for t in WORTHY] + [(t, "No") for t in NOT_WORTHY]
    for split in ("train", "dev", "dev-test"):
        write_tsv(data / f"CT24_checkworthy_english_{split}.tsv", rows)
    corpus, runs, package = tmp_path / "corpus", tmp_path / "runs", tmp_path / "package"

    run(SCRIPTS / "prepare.py", data, corpus)
    run(SCRIPTS / "train.py", corpus, runs, "--package-dir", package,
        "--set", "training.max_steps=6", "--set", "training.eval_frequency=3",
        "--set", "components.textcat_multilabel.model.linear_model.length=1024")
    calibration = json.loads((package / "calibration.json").read_text(encoding="utf-8"))
    assert 0 < calibration["threshold"] < 1 and len(calibration["platt"]) == 2
    out = run(SCRIPTS / "evaluate.py", data / "CT24_checkworthy_english_dev-test.tsv", "--model-dir", package)

    assert "positives=6" in out and " F1=" in out and " AP=" in out
