"""Review pages of an archive: time and peak memory to write them, time for Chromium to open the index.

    python benchmarks/report_bench.py 2225 10000
    python benchmarks/report_bench.py --records /work/data/bbc.jsonl 2225

Without --records, each size is an archive made from the seed articles (tests/archive_helpers.py:
each seed extracted once, then varied into many articles with their own names, wording, places
and figures); its records carry each figure's measure, as the claims extractor writes them
(`ClaimFigure.measure`), so the digest does not parse. With --records, the first N records of a
real extraction are used as they are.

Writing runs in its own process (peak memory is per process). The index is then opened three times
in headless Chromium; the page itself records when its list is shown (`data-render-ms`) and when
it has loaded and been laid out (`data-load-ms`), both from navigation; `chromium s` is the
whole browser run of a screenshot, start-up included. The target: the index loads in under 2 s.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from children import BARE_PACKAGE

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 2000
CHILD = """
import resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from newsclaims.digest import iter_records
from newsclaims.report import write_pages
from tests.archive_helpers import read_archive

records, index = Path(sys.argv[1]), Path(sys.argv[2])
stream = (lambda: read_archive(records)) if sys.argv[3] == "archive" else (lambda: iter_records(records))
start = time.perf_counter()
count = write_pages(stream, index)
took = time.perf_counter() - start
# VmHWM: this process's own peak; ru_maxrss would count the parent's pages held at fork
status = Path("/proc/self/status")
hwm = [line for line in status.read_text().splitlines() if line.startswith("VmHWM")] if status.exists() else []
peak = int(hwm[0].split()[1]) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{count}\\t{took:.1f}\\t{peak:.0f}\\t{'spacy' in sys.modules}")
"""


def _browser() -> str:
    found = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
    if found is None:
        sys.exit("no Chromium installed (apt-get install -y chromium)")
    return found


def _seed_records(folder: Path) -> Path:
    """The seed articles extracted once, with the installed pipeline."""
    out = folder / "seeds.jsonl"
    subprocess.run([sys.executable, "-m", "newsclaims", "extract", str(ROOT / "seeds"), "-o", str(out),
                    "--jobs", "1", "--quiet", "--force"], check=False, cwd=ROOT)
    if not out.exists():
        sys.exit("could not extract the seeds")
    return out


def _archive(seeds: Path, size: int, folder: Path) -> Path:
    """The archive of `size` articles made from the seeds, each figure's measure stored in its record."""
    sys.path.insert(0, str(ROOT))
    from newsclaims.digest import figure_measures, iter_records
    from tests.archive_helpers import write_archive

    seed_list = list(iter_records(seeds))
    measures = [figure_measures(s) for s in seed_list]
    return write_archive(seed_list, size, folder / f"archive{size}.jsonl", measures)


def _first(records: Path, size: int, folder: Path) -> Path:
    part = folder / f"first{size}.jsonl"
    with records.open(encoding="utf-8") as src, part.open("w", encoding="utf-8") as dst:
        for n, line in enumerate(src):
            if n >= size:
                break
            dst.write(line)
    return part


def _open_index(browser: str, index: Path, folder: Path) -> tuple[float, float, float]:
    """Median script-done and loaded times in the page (ms), and a whole screenshot run (s)."""
    profile = folder / "profile"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             f"--user-data-dir={profile}"]
    render, load = [], []
    for _ in range(3):
        dom = subprocess.run([browser, *flags, "--dump-dom", index.as_uri()], capture_output=True, text=True,
                             check=True).stdout
        render.append(int(re.search(r'data-render-ms="(\d+)"', dom).group(1)))
        load.append(int(re.search(r'data-load-ms="(\d+)"', dom).group(1)))
    start = time.perf_counter()
    subprocess.run([browser, *flags, "--window-size=1280,1000", f"--screenshot={folder / 'index.png'}",
                    index.as_uri()], capture_output=True, check=True)
    return statistics.median(render), statistics.median(load), time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[2225, 10000])
    parser.add_argument("--records", type=Path, help="a real extraction to take the first N records of")
    parser.add_argument("--bare-package", action="store_true",
                        help="do not run newsclaims/__init__.py (which imports spaCy): what a lazy one would save")
    args = parser.parse_args()
    browser = _browser()
    print("articles\twrite_s\tpeak_mb\tspacy\tindex_mb\tpages_mb\tlist_ms\tload_ms\tchromium_s\tunder_2s")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seeds = None if args.records else _seed_records(folder)
        for size in args.sizes:
            records = _first(args.records, size, folder) if args.records else _archive(seeds, size, folder)
            index = folder / f"report{size}" / "report.html"
            code = (BARE_PACKAGE if args.bare_package else "") + CHILD
            done = subprocess.run([sys.executable, "-c", code, str(records), str(index),
                                   "records" if args.records else "archive", str(ROOT)],
                                  capture_output=True, text=True, check=True)
            count, took, peak, spacy = done.stdout.split()
            pages = sum(p.stat().st_size for p in index.with_name("report_articles").iterdir()) / 2**20
            render, load, wall = _open_index(browser, index, folder)
            print(f"{count}\t{took}\t{peak}\t{spacy}\t{index.stat().st_size / 2**20:.1f}\t{pages:.0f}\t{render:.0f}\t"
                  f"{load:.0f}\t{wall:.1f}\t{'yes' if load < TARGET_MS else 'NO'}", flush=True)
            shutil.rmtree(index.parent)
            records.unlink()


if __name__ == "__main__":
    main()
