"""The local backend: a pool of spawned worker processes that survives dead workers."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from newsclaims.inputs import Entry, read
from newsclaims.outputs import resume_key
from newsclaims.runner.settings import Settings, worker_environment
from newsclaims.runner.tasks import TaskResult, WorkerFailed
from newsclaims.runner.worker import init_worker, run_task
from newsclaims.schema import ErrorInfo

# Files in a row whose worker died before the cause is taken to be the machine, not the files.
MAX_DEATHS_IN_A_ROW = 3

WORKER_DIED = ErrorInfo(
    type="worker_died",
    message="a worker process died on this file, in its batch and alone (out of memory, or a crash in the parser)",
)

# Results in task order from one pool; raises BrokenProcessPool when a worker dies.
PoolStarter = Callable[[list[list[Entry]], Settings, frozenset[str]], Iterator[TaskResult]]


def pool_results(work: list[list[Entry]], settings: Settings, done: frozenset[str]) -> Iterator[TaskResult]:
    """Results in task order from a pool of spawned workers; raises BrokenProcessPool if one dies.

    spawn: workers start clean (no inherited threads or model), the same on every platform.
    One job is one worker process too: the model never loads in this process, which only writes.
    """
    jobs = max(1, min(settings.jobs, len(work)))
    pool = ProcessPoolExecutor(
        jobs, mp_context=multiprocessing.get_context("spawn"), initializer=init_worker, initargs=(settings, done)
    )
    try:
        with worker_environment():
            results = pool.map(run_task, work)  # submits every task, which starts the workers
        yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def local_results(
    work: list[list[Entry]], settings: Settings, done: frozenset[str], start_pool: PoolStarter = pool_results
) -> Iterator[TaskResult]:
    """Each task's result in order, from a process pool that survives dead workers.

    When a worker dies (killed, out of memory, a crash inside the parser) the pool is started
    again from the first task not yet written. If the same task breaks the pool twice, its files
    are run one at a time, and only a file whose worker dies gets an error record.
    """
    position, broken_at, deaths = 0, -1, 0
    while position < len(work):
        try:
            for result in start_pool(work[position:], settings, done):
                yield result
                position += 1
        except BrokenProcessPool:
            if broken_at != position:
                broken_at = position
            else:
                result, deaths = _one_file_at_a_time(work[position], settings, done, deaths, start_pool)
                yield result
                position += 1


def _one_file_at_a_time(
    task: list[Entry], settings: Settings, done: frozenset[str], deaths: int, start_pool: PoolStarter
) -> tuple[TaskResult, int]:
    """The task's files in turn, each file whose worker dies given an error record; returns the
    result and how many files in a row (across tasks) have killed their worker."""
    merged = TaskResult()
    remaining = list(task)
    while remaining:
        try:
            for result in start_pool([[entry] for entry in remaining], replace(settings, jobs=1), done):
                merged.extend(result)
                remaining.pop(0)
                deaths = 0
        except BrokenProcessPool as exc:
            deaths += 1
            if deaths == MAX_DEATHS_IN_A_ROW:
                raise WorkerFailed("worker processes keep dying, whatever file they get (out of memory?); "
                                   "what was written so far stays, and a re-run resumes") from exc
            for document in read(remaining.pop(0)):
                if resume_key(document.source, document.content_hash) not in done:
                    merged.add_error(document, WORKER_DIED)
    return merged, deaths
