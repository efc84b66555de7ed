"""Every option of a run in one place, and the checks that fail early with a usage error."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from newsclaims import pipeline

BACKENDS = ("local", "dask")

# The environment worker processes start with (a variable the user has set is kept).
# spaCy's matrices are small, and OpenBLAS's threads only contend: with one thread each, parsing
# ran 7% faster in one worker and 10% faster in two on two cores. OpenBLAS reads this only when
# it loads, so it cannot be set for a process that already imported numpy.
WORKER_ENVIRONMENT = {"OPENBLAS_NUM_THREADS": "1"}

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

    def __post_init__(self) -> None:
        if self.jobs <= 0:
            self.jobs = default_jobs()

    def check(self) -> None:
        """Raise UsageError, in the main process, for options no worker could run with."""
        if self.backend not in BACKENDS:
            raise UsageError(f"--backend must be `local` or `dask`, not {self.backend!r}")
        if self.backend == "dask" and importlib.util.find_spec("distributed") is None:
            raise UsageError("--backend dask needs Dask: pip install 'newsclaims[dask]'")
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
