"""Every option of a run in one place, and the checks that fail early with a usage error."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from newsclaims import pipeline

BACKENDS = ("local", "dask")

# The environment worker processes start with (a variable the user has set is kept).
# spaCy's matrices are small, and OpenBLAS's threads only contend: with one thread each, parsing
# ran 7% faster in one worker and 10% faster in two on two cores. OpenBLAS reads this only when
# it loads, so it cannot be set for a process that already imported numpy.
WORKER_ENVIRONMENT = {"OPENBLAS_NUM_THREADS": "1"}

# An article's default time budget, in CPU seconds of its worker: BUDGET_SECONDS + BUDGET_SECONDS_PER_100K
# per 100,000 characters. Parsing takes about 5 CPU seconds per 100,000 characters and extraction should
# add at most a third of that, so this is generous for linear work, yet it stops a worker that is
# stuck on one article (a 5 MB file gets about 17 minutes, a 5 KB one 21 s).
BUDGET_SECONDS = 20.0
BUDGET_SECONDS_PER_100K = 20.0
# Default memory limit per worker process: this share of the machine's memory, split among the
# workers, but never less than MIN_MEMORY_MB (a loaded worker needs about 400 MiB).
MEMORY_SHARE = 0.8
MIN_MEMORY_MB = 1024

# Words a worker adds to its vocabulary for good (outside memory zones) before it zones every task.
WARM_WORDS = 100_000


class UsageError(ValueError):
    """Options that cannot work; the CLI shows the message and exits with code 2."""


def default_jobs() -> int:
    """The cores this process may use (respects CPU affinity, e.g. in containers)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


@dataclass
class Settings:
    """Every option of a run, in one place (pickled to every worker)."""

    model: str = pipeline.DEFAULT_MODEL
    jobs: int = 0  # worker processes; 0: every core this process may use
    batch_size: int = 64  # articles per task (unit of work, of resume progress, of a memory zone)
    pipe_batch: int = 16  # docs per nlp.pipe batch: the parser's working memory grows with it
    force: bool = False
    progress: bool = False
    max_length: int | None = None
    backend: str = "local"  # or "dask" (newsclaims.runner.dask)
    address: str | None = None  # Dask scheduler; None: DASK_SCHEDULER_ADDRESS or a local cluster
    warm_words: int = WARM_WORDS  # see newsclaims.runner.worker
    timeout: float | None = None  # CPU seconds per article; None: the length-scaled default; 0: no limit
    max_memory: int | None = None  # MiB per worker process; None: the default share; 0: no limit
    retry_failed: bool = False  # process again the articles whose latest record is an error
    # Test-only (no CLI option): marker text -> "sleep", "die" or "grow"; a worker given an article
    # containing the marker sleeps, kills itself or allocates memory without end while extracting it.
    faults: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.jobs <= 0:
            self.jobs = default_jobs()

    def budget(self, chars: int, articles: int = 1) -> float | None:
        """CPU seconds `articles` articles of `chars` characters in all may take (None: no limit).

        `--timeout` gives every article the same budget; by default it grows with length.
        """
        if self.timeout is not None:
            return self.timeout * articles if self.timeout > 0 else None
        return BUDGET_SECONDS + BUDGET_SECONDS_PER_100K * chars / 100_000

    def memory_limit(self) -> int | None:
        """Bytes of resident memory a worker process may use (None: no limit)."""
        if self.max_memory is not None:
            return self.max_memory * 2**20 if self.max_memory > 0 else None
        import psutil

        share = int(psutil.virtual_memory().total * MEMORY_SHARE / max(1, self.jobs))
        return max(share, MIN_MEMORY_MB * 2**20)

    def check(self) -> None:
        """Raise UsageError, in the main process, for options no worker could run with."""
        if self.backend not in BACKENDS:
            raise UsageError(f"--backend must be `local` or `dask`, not {self.backend!r}")
        if self.backend == "dask" and importlib.util.find_spec("distributed") is None:
            raise UsageError("--backend dask needs Dask: pip install 'newsclaims[dask]'")
        if self.timeout is not None and self.timeout < 0:
            raise UsageError(f"--timeout must be 0 (no limit) or more seconds, not {self.timeout:g}")
        if self.max_memory is not None and self.max_memory < 0:
            raise UsageError(f"--max-memory must be 0 (no limit) or more MiB, not {self.max_memory}")
        check_model(self.model)


def check_model(model: str) -> None:
    """Fail early, in the main process, with the message the CLI shows as a usage error."""
    import spacy

    if not (spacy.util.is_package(model) or Path(model).exists()):
        raise UsageError(str(pipeline.ModelNotFound(model)))


@contextmanager
def worker_environment() -> Iterator[None]:
    """WORKER_ENVIRONMENT for the processes started inside (they copy this process's variables)."""
    added = {name: value for name, value in WORKER_ENVIRONMENT.items() if name not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)
