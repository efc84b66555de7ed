"""Digest time and peak memory on the first N records of an extract, for several N.

    python benchmarks/digest_bench.py /work/data/bbc.jsonl 550 2225
    python benchmarks/digest_bench.py /work/data/bbc.jsonl 550 2225 --measures
    python benchmarks/digest_bench.py /work/data/bbc.jsonl 550 2225 --measures --bare-package

Each size runs in its own process (peak memory is per process); the records are
streamed from a temporary file holding the first N lines, as `newsclaims digest` reads them.

`--measures` gives every claim figure its measure, as records written by a claims extractor
that stores `ClaimFigure.measure` carry it (computed here beforehand with `figure_measures`,
the digest's own reading), so the digest does not parse. `--bare-package` imports the digest
without running `newsclaims/__init__.py` (which imports the extractors and so spaCy): what a
lazy package `__init__` would save.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import importlib.util, sys, types
spec = importlib.util.find_spec("newsclaims")
package = types.ModuleType("newsclaims")
package.__path__ = list(spec.submodule_search_locations)
sys.modules["newsclaims"] = package
"""
CHILD = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from newsclaims.digest import build_digest, iter_records
records = iter_records(Path(sys.argv[1]))
if sys.argv[2] != "-":
    from newsclaims.schema.digest import FigureMeasure
    from tests.digest_helpers import with_measures
    stored = json.loads(Path(sys.argv[2]).read_text())
    records = (with_measures(r, {tuple(k.split("|")): FigureMeasure(**m) for k, m in stored.get(r.source, {}).items()})
               for r in records)
start = time.perf_counter()
digest = build_digest(records)
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
conflicts = sum(1 for g in digest.figures if g.status == "conflict")
spacy = "spacy" in sys.modules
print(f"{len(digest.articles)}\\t{took:.1f}\\t{peak:.0f}\\t{len(digest.figures)}\\t{conflicts}\\t{spacy}")
"""


def measures_of(records: Path, out: Path) -> Path:
    """Every record's figure measures, by source, as a claims extractor would store them."""
    from newsclaims.digest import figure_measures, iter_records

    data = {r.source: {f"{c}|{n}": m.model_dump() for (c, n), m in figure_measures(r).items()}
            for r in iter_records(records) if r.error is None}
    out.write_text(json.dumps(data), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("records", type=Path)
    parser.add_argument("sizes", nargs="*", type=int, default=[550, 2225])
    parser.add_argument("--measures", action="store_true", help="records carry each figure's measure")
    parser.add_argument("--bare-package", action="store_true", help="do not run newsclaims/__init__.py")
    args = parser.parse_args()
    lines = args.records.read_text(encoding="utf-8").splitlines(keepends=True)
    print("articles\tseconds\tpeak_mb\tfigure_groups\tconflicts\tspacy_imported")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            part = Path(tmp) / f"first{size}.jsonl"
            part.write_text("".join(lines[:size]), encoding="utf-8")
            measures = str(measures_of(part, Path(tmp) / f"measures{size}.json")) if args.measures else "-"
            code = (BARE if args.bare_package else "") + CHILD
            done = subprocess.run([sys.executable, "-c", code, str(part), measures, str(ROOT)], capture_output=True,
                                  text=True, check=True)
            print(done.stdout.strip(), flush=True)
            rows.append([float(x) for x in done.stdout.split()[:3]])
    if len(rows) > 1:
        (n0, t0, _), (n1, t1, _) = rows[0], rows[-1]
        print(f"{n1 / n0:.1f}x the articles: {t1 / t0:.1f}x the time")


if __name__ == "__main__":
    main()
