"""Running the batch on a Dask cluster (`pip install 'newsclaims[dask]'`, `--backend dask`).

The tasks are the local backend's tasks (runs of input entries, fixed by the input),
so the output is byte-identical. Each Dask worker process keeps one loaded pipeline;
the client collects results in task order and writes them itself, so resume, error
records and the SQLite/CSV views are exactly the local backend's. When a worker dies,
the scheduler runs its tasks again elsewhere; nothing is written twice because the
client writes each task's lines once, in order.

Workers must see the input files at the same paths (a shared or network file system),
and should run one thread each (`dask worker ADDRESS --nthreads 1`): a pipeline is used
by one task at a time.
"""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

from newsclaims.runner.settings import Settings
from newsclaims.runner.tasks import TaskResult, WorkerFailed
from newsclaims.runner.worker import Worker

if TYPE_CHECKING:
    from newsclaims.inputs import Entry

# Tasks submitted ahead of the one being written, per worker: keeps workers busy without
# piling up every result of a huge run in cluster memory.
AHEAD_PER_WORKER = 4
# Times a task is retried after an exception in it (a dead worker's tasks are rescheduled anyway).
RETRIES = 2

_LOCK = threading.Lock()
_WORKERS: dict[tuple[Any, ...], Any] = {}


def _run(entries: list[Entry], settings: Settings, done: frozenset[str]) -> TaskResult:
    """Runs on a Dask worker: one pipeline per worker process, loaded on its first task."""
    key = (settings.model, settings.max_length, settings.pipe_batch)
    with _LOCK:  # a pipeline (and its memory zone) serves one task at a time
        worker = _WORKERS.get(key)
        if worker is None:
            worker = _WORKERS[key] = Worker(settings, done)
        worker.done = done
        return worker.run(entries)


def connect(settings: Settings, stack: ExitStack) -> Any:
    """A client for `settings.address` (or DASK_SCHEDULER_ADDRESS), else for a new local cluster."""
    import dask
    from distributed import Client, LocalCluster

    address = settings.address or dask.config.get("scheduler-address", None)
    if address:
        return stack.enter_context(Client(address))
    with dask.config.set(_local_cluster_config()):
        cluster = stack.enter_context(
            LocalCluster(
                n_workers=settings.jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # any free port: never clashes with a running cluster
                silence_logs=logging.ERROR,
            )
        )
    return stack.enter_context(Client(cluster))


def _local_cluster_config() -> dict[str, Any]:
    """Dask's defaults for a local cluster's processes, changed where they cost this workload time.

    Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536, so glibc hands memory back to the
    system after almost every free (600 articles on two workers: 6 s of system time instead of
    2, 10% more wall time); memory stays flat through spaCy's memory zones instead. The
    per-worker statistical profiler (a stack sample every 10 ms) is off and the housekeeping
    timers run less often: nobody watches a dashboard here, and each wake-up takes the GIL from
    the parse (together 4% of the run). On your own cluster, set the same in its Dask
    configuration (see the README).
    """
    import dask

    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
    environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    return {
        "distributed.nanny.pre-spawn-environ": environ,
        "distributed.worker.profile.enabled": False,
        "distributed.admin.tick.interval": "1s",
        "distributed.admin.system-monitor.interval": "5s",
        "distributed.worker.memory.monitor-interval": "1s",
    }


def results(work: list[list[Entry]], settings: Settings, done: frozenset[str], stack: ExitStack) -> Iterator[TaskResult]:
    """Each task's result, in task order, computed on the cluster."""
    from distributed import KilledWorker

    client = connect(settings, stack)
    # One copy of the resume keys per worker (in a list, or scatter would split the set up).
    shared = client.scatter([done], broadcast=True)[0] if done else done
    ahead = AHEAD_PER_WORKER * max(1, len(client.nthreads()))
    pending: collections.deque[Any] = collections.deque()
    tasks = iter(work)
    for task in tasks:
        pending.append(client.submit(_run, task, settings, shared, pure=False, retries=RETRIES))
        if len(pending) >= ahead:
            break
    while pending:
        future = pending.popleft()
        try:
            result = future.result()
        except KilledWorker as exc:
            raise WorkerFailed(f"a task kept killing Dask workers: {exc}") from exc
        future.release()
        next_task = next(tasks, None)
        if next_task is not None:
            pending.append(client.submit(_run, next_task, settings, shared, pure=False, retries=RETRIES))
        yield result
