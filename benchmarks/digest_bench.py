"""Digest time and peak memory on the first N records of an extract, for several N.

    python benchmarks/digest_bench.py /work/data/bbc.jsonl 550 2225
    python benchmarks/digest_bench.py /work/data/bbc.jsonl 550 2225 --measures
    python benchmarks/digest_bench.py /work/data/bbc.jsonl 550 2225 --measures --bare-package

Each size runs in its own process (peak memory is per process); the records are
streamed from a temporary file holding the first N lines, as `newsclaims digest` reads them.

`--measures` stores every claim figure's measure in the records, as a claims extractor that
writes `ClaimFigure.measure` will (computed here beforehand with `figure_measures`, the
digest's own reading), so the digest does not parse. `--bare-package` imports the digest
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

from children import BARE_PACKAGE

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from newsclaims.digest import build_digest, iter_records
records = iter_records(Path(sys.argv[1]))
start = time.perf_counter()
digest = build_digest(records)
took = time.perf_counter() - start
# VmHWM: this process's own peak; ru_maxrss would count the parent's pages held at fork
status = Path("/proc/self/status")
hwm = [line for line in status.read_text().splitlines() if line.startswith("VmHWM")] if status.exists() else []
peak = int(hwm[0].split()[1]) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
conflicts = sum(1 for g in digest.figures if g.status == "conflict")
spacy = "spacy" in sys.modules
print(f"{len(digest.articles)}\\t{took:.1f}\\t{peak:.0f}\\t{len(digest.figures)}\\t{conflicts}\\t{spacy}")
"""


def with_measures(records: Path, out: Path) -> Path:
    """The records with each claim figure's measure stored in it, as a claims extractor would write them."""
    sys.path.insert(0, str(ROOT))
    from newsclaims.digest import figure_measures, iter_records
    from tests.digest_helpers import store_measures

    with out.open("w", encoding="utf-8") as handle:
        for record in iter_records(records):
            data = store_measures(record.model_dump(mode="json"), figure_measures(record))
            handle.write(json.dumps(data, ensure_ascii=False) + "\n")
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
            if args.measures:
                part = with_measures(part, Path(tmp) / f"measured{size}.jsonl")
            code = (BARE_PACKAGE if args.bare_package else "") + CHILD
            done = subprocess.run([sys.executable, "-c", code, str(part), "measured" if args.measures else "-",
                                   str(ROOT)], capture_output=True, text=True, check=True)
            print(done.stdout.strip(), flush=True)
            rows.append([float(x) for x in done.stdout.split()[:3]])
    if len(rows) > 1:
        (n0, t0, _), (n1, t1, _) = rows[0], rows[-1]
        print(f"{n1 / n0:.1f}x the articles: {t1 / t0:.1f}x the time")


if __name__ == "__main__":
    main()
