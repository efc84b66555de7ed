"""How extraction time grows with article length, against bare `nlp.pipe` on the same text.

Builds articles of 1,000 to 16,000 sentences (each size twice the last) by recombining the
sentences of the seed articles (fixed random seed: every run measures the same text), in
two shapes: one paragraph, and paragraphs of four sentences. For each it prints the time of
bare `nlp.pipe` (the model as spaCy loads it, the same pieces `pipeline.parse` would cut),
of our parse (`pipeline.parse`: our components, the long-document split and merge) and of
each extractor, the total extraction time, its ratio to the bare parse, and the doubling
ratio (this size's total over the previous size's; 2.0 is linear, 4.0 quadratic).

`--profile 4000,8000` also runs each extractor under cProfile at those sizes (each shape
of `--shapes`) and prints, per extractor, the functions with the most cumulative time, then the
functions whose own time grew most from the first profiled size to the second: the
super-linear ones.

    .venv/bin/python benchmarks/length_sweep.py                          # the whole sweep
    .venv/bin/python benchmarks/length_sweep.py --sizes 1000,2000 --shapes one
    .venv/bin/python benchmarks/length_sweep.py --sizes 4000 --profile 4000,8000 --shapes one
    .venv/bin/python benchmarks/length_sweep.py --texts /path/to/corpus  # other sentences

Times are CPU seconds of this one process (one OpenBLAS thread, as in extract's workers), so
a busy machine changes them little. A size whose extraction would likely exceed `--limit` seconds (judged from the last size and
its doubling ratio) is skipped, so a quadratic extractor cannot hold the sweep for hours.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy loads (with spaCy)

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402

from newsclaims import pipeline  # noqa: E402
from newsclaims.extractors import EXTRACTORS, Context  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘A-Z0-9])")
SENTENCES_PER_PARAGRAPH = 4


def sentences(folder: Path) -> list[str]:
    """The sentences of every .txt file in `folder` (five words or more; headlines and captions dropped)."""
    found: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            found.extend(s.strip() for s in SENTENCE_END.split(paragraph) if len(s.split()) >= 5)
    return found


def article(pool: list[str], count: int, shape: str, seed: int = 0) -> str:
    """`count` sentences drawn from `pool`: one paragraph, or paragraphs of four sentences."""
    rng = random.Random(seed)
    chosen = [rng.choice(pool) for _ in range(count)]
    if shape == "one":
        return " ".join(chosen) + "\n"
    paragraphs = [" ".join(chosen[i : i + SENTENCES_PER_PARAGRAPH]) for i in range(0, count, SENTENCES_PER_PARAGRAPH)]
    return "\n\n".join(paragraphs) + "\n"


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    began = time.process_time()
    result = work()
    return time.process_time() - began, result


def bare_seconds(bare: Language, text: str, limit: int) -> float:
    """Bare `nlp.pipe` over the pieces `pipeline.parse` would cut the text into."""
    pieces = pipeline.split_long(text, limit) if len(text) > limit else [text]
    return timed(lambda: [None for _ in bare.pipe(pieces, batch_size=16)])[0]


def extraction_seconds(nlp: Language, text: str) -> dict[str, float]:
    """Seconds of our parse and of each extractor, as `extractors.analyze` runs them."""
    seconds: dict[str, float] = {}
    seconds["parse"], doc = timed(lambda: next(pipeline.parse(nlp, [text])))
    ctx = Context.of(doc)
    for extractor in EXTRACTORS:
        seconds[extractor.provides], found = timed(lambda e=extractor: e.run(doc, ctx))
        setattr(ctx, extractor.provides, found)
    return seconds


def profiles(nlp: Language, text: str) -> dict[str, pstats.Stats]:
    """One cProfile of each extractor's run over the text."""
    doc = next(pipeline.parse(nlp, [text]))
    ctx = Context.of(doc)
    stats: dict[str, pstats.Stats] = {}
    for extractor in EXTRACTORS:
        profile = cProfile.Profile(time.process_time)
        found = profile.runcall(extractor.run, doc, ctx)
        setattr(ctx, extractor.provides, found)
        stats[extractor.provides] = pstats.Stats(profile)
    return stats


def _name(key: tuple[str, int, str]) -> str:
    filename, line, function = key
    short = filename.split("/src/newsclaims/")[-1] if "/src/newsclaims/" in filename else Path(filename).name
    return f"{short}:{line} {function}"


def _ours(key: tuple[str, int, str]) -> bool:
    return "/newsclaims/" in key[0]


def print_profiles(shape: str, by_size: dict[int, dict[str, pstats.Stats]], top: int) -> None:
    sizes = sorted(by_size)
    last = by_size[sizes[-1]]
    for name, stats in last.items():
        entries: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
        total = max((v[3] for v in entries.values()), default=0.0)
        print(f"\n{name}, shape {shape}, at {sizes[-1]:,} sentences: {total:.1f} s; top functions by cumulative time")
        ranked = sorted(((v[3], v[2], k) for k, v in entries.items() if _ours(k)), reverse=True)[:top]
        for cumulative, own, key in ranked:
            print(f"  {cumulative:8.2f} cum {own:8.2f} own  {_name(key)}")
        if len(sizes) < 2:
            continue
        before: dict[Any, Any] = by_size[sizes[0]][name].stats  # type: ignore[attr-defined]
        growth = []
        for key, value in entries.items():
            if _ours(key) and key in before and value[2] >= 0.05:
                growth.append((value[2] / max(before[key][2], 1e-6), value[2], before[key][2], key))
        growth.sort(reverse=True)
        factor = sizes[-1] / sizes[0]
        print(f"  own time growth {sizes[0]:,} -> {sizes[-1]:,} sentences (x{factor:g} text; "
              f"linear ~x{factor:g}, quadratic ~x{factor * factor:g}):")
        for ratio, now, then, key in growth[:top]:
            print(f"  x{ratio:6.1f}  {then:7.2f} -> {now:7.2f} s  {_name(key)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,2000,4000,8000,16000", help="sentences per article ('' for none)")
    parser.add_argument("--shapes", default="one,many", help="one paragraph (`one`), paragraphs of four (`many`)")
    parser.add_argument("--model", default=pipeline.DEFAULT_MODEL)
    parser.add_argument("--texts", type=Path, default=SEEDS, help="folder of .txt files to draw sentences from")
    parser.add_argument("--limit", type=float, default=900, help="skip a size whose extraction would take longer")
    parser.add_argument("--profile", default="", help="sizes to profile each extractor at, e.g. 4000,8000")
    parser.add_argument("--top", type=int, default=8, help="functions listed per extractor")
    args = parser.parse_args()
    pool = sentences(args.texts)
    nlp = pipeline.load(args.model)
    bare = spacy.load(args.model)
    bare.max_length = nlp.max_length
    warm = article(pool, 50, "many", seed=1)
    extraction_seconds(nlp, warm)  # lazily built matchers and caches, outside every timing
    bare_seconds(bare, warm, nlp.max_length)
    names = [e.provides for e in EXTRACTORS]
    print(f"{len(pool)} distinct sentences from {args.texts}; model {args.model}\n")
    header = f"{'shape':5} {'sentences':>9} {'chars':>9} {'bare':>7} {'parse':>7} " + " ".join(
        f"{n:>7}" for n in names) + f" {'total':>8} {'/bare':>6} {'x2 ->':>6}"
    print(header)
    for shape in args.shapes.split(","):
        previous: float | None = None
        ratio = 2.0
        for size in (int(n) for n in args.sizes.split(",") if n):
            text = article(pool, size, shape)
            if previous is not None and previous * max(2.0, ratio) > args.limit:
                print(f"{shape:5} {size:9,} {len(text):9,}  skipped: extraction would take about "
                      f"{previous * max(2.0, ratio):.0f} s (over --limit {args.limit:g})")
                continue
            bare_time = bare_seconds(bare, text, nlp.max_length)
            seconds = extraction_seconds(nlp, text)
            total = sum(seconds.values())
            ratio = total / previous if previous else 0.0
            print(f"{shape:5} {size:9,} {len(text):9,} {bare_time:7.1f} {seconds['parse']:7.1f} "
                  + " ".join(f"{seconds[n]:7.1f}" for n in names)
                  + f" {total:8.1f} {total / bare_time:6.2f} " + (f"{ratio:6.2f}" if previous else f"{'':6}"),
                  flush=True)
            previous = total
    for shape in args.shapes.split(",") if args.profile else []:
        sizes = [int(n) for n in args.profile.split(",")]
        print_profiles(shape, {size: profiles(nlp, article(pool, size, shape)) for size in sizes}, args.top)


if __name__ == "__main__":
    main()
