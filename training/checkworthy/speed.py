"""What the check-worthiness component adds to parsing: CPU time of `nlp.pipe` with and without it.

    python training/checkworthy/speed.py seeds /work/data/polnear/train/text --rounds 3

Parses every text file under the folders with newsclaims' pipeline, alternating runs without
and with the component (process CPU time, so other load on the machine matters less), and
prints per-article milliseconds of each and the overhead; then times the component alone on
the parsed articles, a steadier figure than the difference of two noisy totals.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsclaims import pipeline
from newsclaims.pipeline.checkworthy import NAME, add_checkworthy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model-dir", type=Path, default=None)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for folder in args.folders for p in sorted(folder.rglob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    nlp = pipeline.load(checkworthy=False)
    add_checkworthy(nlp, args.model_dir)
    list(nlp.pipe(texts[:20]))  # warm up
    totals = {"without": 0.0, "with": 0.0, "alone": 0.0}
    scorer = nlp.get_pipe(NAME)
    sentences = 0
    for _ in range(args.rounds):
        for label, disabled in (("without", [NAME]), ("with", [])):
            with nlp.select_pipes(disable=disabled):
                start = time.process_time()
                docs = list(nlp.pipe(texts, batch_size=64))
                totals[label] += time.process_time() - start
            sentences = sum(len(doc._.checkworthy or ()) for doc in docs) or sentences
        start = time.process_time()
        for doc in docs:
            scorer(doc)
        totals["alone"] += time.process_time() - start
    n = len(texts) * args.rounds
    without, with_, alone = (totals[k] / n * 1000 for k in ("without", "with", "alone"))
    print(f"{len(texts)} articles, {words / len(texts):.0f} words and "
          f"{sentences / len(texts):.1f} sentences each")
    print(f"without: {without:.1f} ms/article  with: {with_:.1f} ms/article  "
          f"added: {with_ - without:.2f} ms ({(with_ - without) / without:.1%})")
    print(f"the component alone, on parsed articles: {alone:.2f} ms/article "
          f"({alone / without:.1%} of parsing)")


if __name__ == "__main__":
    main()
