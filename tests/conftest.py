"""Shared fixtures: the real default spaCy pipeline, loaded once per test session."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from newsclaims import pipeline
from newsclaims.extractors import extract
from newsclaims.schema import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return pipeline.load()


@pytest.fixture(scope="session")
def seed_articles(nlp: Language) -> list[Article]:
    return [extract(p.read_text(encoding="utf-8"), nlp, p.name) for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture
def run(nlp: Language):
    """Extract one made-up article: `run("Text.")` -> Article."""
    return lambda text: extract(text, nlp, "test.txt")


def run_until_lines(work: Callable[[], object], out: Path, lines: int = 2,
                    timeout: float = 180) -> tuple[threading.Thread, dict[str, object], int]:
    """Start `work` in a thread and wait until `out` holds `lines` complete lines (to kill a worker mid-run).

    Returns the thread, its outcome (`result` or `error`) and how many lines were written by then.
    """
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # surfaced by the caller's assertions
            outcome["error"] = exc

    runner = threading.Thread(target=target)
    runner.start()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not (out.exists() and out.read_bytes().count(b"\n") >= lines):
        time.sleep(0.05)
    return runner, outcome, out.read_bytes().count(b"\n") if out.exists() else 0


@pytest.fixture(scope="session")
def extracted_views(tmp_path_factory) -> tuple[Path, Path, Path]:
    """Three seeds plus one unreadable file, extracted once into JSON Lines, SQLite and CSV."""
    import shutil

    from newsclaims import runner
    from newsclaims.outputs import Targets

    root = tmp_path_factory.mktemp("views")
    folder = root / "in"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(seed, folder / seed.name)
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    out, db, table = root / "out.jsonl", root / "out.db", root / "out.csv"
    runner.run([folder], Targets(out, db=db, csv=table), runner.Settings(jobs=1))
    return out, db, table
