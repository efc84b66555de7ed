"""Digest time and peak memory on the first N records of an extract, for several N.

    python benchmarks/digest_bench.py /work/data/bbc.jsonl 550 2225

Each size runs in its own process (peak memory is per process); the records are
streamed from a temporary file holding the first N lines, as `newsclaims digest` reads them.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import resource, sys, time
from pathlib import Path
from newsclaims.digest import build_digest, iter_records
start = time.perf_counter()
digest = build_digest(iter_records(Path(sys.argv[1])))
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
conflicts = sum(1 for g in digest.figures if g.status == "conflict")
print(f"{len(digest.articles)}\\t{took:.1f}\\t{peak:.0f}\\t{len(digest.figures)}\\t{conflicts}")
"""


def main(records: Path, sizes: list[int]) -> None:
    lines = records.read_text(encoding="utf-8").splitlines(keepends=True)
    print("articles\tseconds\tpeak_mb\tfigure_groups\tconflicts")
    rows = []
    for size in sizes:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as part:
            part.writelines(lines[:size])
        done = subprocess.run([sys.executable, "-c", CHILD, part.name], capture_output=True, text=True, check=True)
        Path(part.name).unlink()
        print(done.stdout.strip(), flush=True)
        rows.append([float(x) for x in done.stdout.split()[:3]])
    if len(rows) > 1:
        (n0, t0, _), (n1, t1, _) = rows[0], rows[-1]
        print(f"{n1 / n0:.1f}x the articles: {t1 / t0:.1f}x the time")


if __name__ == "__main__":
    main(Path(sys.argv[1]), [int(n) for n in sys.argv[2:]] or [550, 2225])
