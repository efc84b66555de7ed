"""The local backend: worker processes watched over by the main process.

Each worker tells the pool what it is about to do (read an entry, parse a batch, extract
one article) and that unit's time budget. The budget is CPU time of the worker (so a busy
machine does not push articles over it, and the output does not depend on the load), with
a wall-clock backstop of WALL_FACTOR times the budget for a worker that hangs without
using the CPU. The pool stops a worker that runs over its
budget or over the memory limit, starts another, and hands the task out again with what
it learned (a `Plan`): an article that ran over on its own gets a `timeout` or `memory`
error record and is not tried again; the articles of a batch that ran over are tried
one at a time. A worker that dies by itself (killed, a crash in the parser) is handled
the same way, except that an article gets its `worker_died` record only when a worker
dies on it twice, the second time with that article alone. The other workers carry on
meanwhile, and results are written in task order, so the output does not depend on them.
"""

from __future__ import annotations

import heapq
import multiprocessing
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

import psutil

from newsclaims.inputs import Entry
from newsclaims.runner.settings import Settings, worker_environment
from newsclaims.runner.tasks import Plan, TaskResult, Unit, WorkerFailed
from newsclaims.runner.worker import serve
from newsclaims.schema import ErrorInfo

# How often the pool looks at its workers' CPU time and memory.
POLL_SECONDS = 0.5
# A unit not done after this many times its budget in wall-clock time is stopped whatever CPU
# time it used (a worker sleeping, waiting or starved of CPU for that long).
WALL_FACTOR = 3
# Tasks handed out ahead of the first one not yet written, per worker: bounds the results held.
AHEAD_PER_WORKER = 4
# A worker that holds more than this share of the memory limit after a task is replaced by a
# fresh one, so an article is not blamed for the memory an earlier one left behind.
RETIRE_SHARE = 0.5
# Articles in a row that killed their worker (or workers that died loading) before the cause is
# taken to be the machine, not the files.
MAX_DEATHS_IN_A_ROW = 3
# Seconds a worker gets to exit when asked, before it is killed.
EXIT_SECONDS = 10

WORKER_DIED = ErrorInfo(
    type="worker_died",
    message="a worker process died on this file, in its batch and alone (out of memory, or a crash in the parser)",
)
KEEP_DYING = ("worker processes keep dying, whatever file they get (out of memory?); "
              "what was written so far stays, and a re-run resumes")


@dataclass
class _Worker:
    """The pool's view of one worker process."""

    process: BaseProcess
    conn: Connection
    ready: bool = False
    task: int | None = None
    unit: Unit | None = None
    unit_cpu: float = 0.0  # the worker's CPU seconds when its unit began
    unit_wall: float = 0.0  # time.monotonic() when its unit began
    retiring: bool = False
    stats: psutil.Process | None = None


def local_results(work: list[list[Entry]], settings: Settings, done: frozenset[str]) -> Iterator[TaskResult]:
    """Each task's result, in task order, from supervised worker processes."""
    if work:
        yield from LocalPool(work, settings, done).results()


class LocalPool:
    """Spawned worker processes (clean: no inherited threads or model; the same on every
    platform). One job is one worker process too: the main process only writes."""

    def __init__(self, work: list[list[Entry]], settings: Settings, done: frozenset[str]) -> None:
        self.work = work
        self.settings = settings
        self.done = done
        self.jobs = max(1, min(settings.jobs, len(work)))
        self.memory_limit = settings.memory_limit()
        self.plans: dict[int, Plan] = {}
        self.strikes: Counter[tuple[int, str]] = Counter()
        self.pending = list(range(len(work)))  # a heap: a task handed out again goes first
        self.finished: dict[int, TaskResult] = {}
        self.workers: list[_Worker] = []
        self.deaths_in_a_row = 0
        self.written = 0
        self._context = multiprocessing.get_context("spawn")

    def results(self) -> Iterator[TaskResult]:
        graceful = False
        try:
            while self.written < len(self.work):
                self._staff()
                self._watch()
                while self.written in self.finished:
                    yield self.finished.pop(self.written)
                    self.written += 1
            graceful = True
        finally:
            self._shutdown(graceful)

    # ----------------------------------------------------------------- workers in and out

    def _staff(self) -> None:
        """Start workers up to the jobs still useful, and give each idle one the next task."""
        active = [w for w in self.workers if not w.retiring]
        busy = sum(1 for w in active if w.task is not None)
        for _ in range(min(self.jobs, busy + len(self.pending)) - len(active)):
            self._start()
        ahead = self.written + AHEAD_PER_WORKER * self.jobs
        for worker in self.workers:
            if worker.ready and worker.task is None and not worker.retiring and self.pending and self.pending[0] < ahead:
                task = heapq.heappop(self.pending)
                worker.task = task
                worker.conn.send((task, self.work[task], self.plans.get(task)))

    def _start(self) -> None:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=serve, args=(child, self.settings, self.done), daemon=True)
        with worker_environment():
            process.start()
        child.close()
        self.workers.append(_Worker(process, parent))

    def _shutdown(self, graceful: bool) -> None:
        for worker in self.workers:
            if graceful:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
            else:
                worker.process.kill()
        for worker in self.workers:
            worker.process.join(EXIT_SECONDS if graceful else None)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers = []

    # ----------------------------------------------------------------- watching

    def _watch(self) -> None:
        """Wait for news from the workers (or the next check), then act on it."""
        wait([w.conn for w in self.workers] + [w.process.sentinel for w in self.workers], POLL_SECONDS)
        for worker in list(self.workers):
            self._read(worker)
            if not worker.process.is_alive():
                self._lost(worker, None)
        now = time.monotonic()
        for worker in list(self.workers):
            budget = worker.unit.budget if worker.unit is not None else None
            if budget is None and self.memory_limit is None:
                continue
            cpu, resident = _usage(worker)
            if budget is not None and cpu - worker.unit_cpu > budget:
                self._stop(worker, "timeout", f"used more than its time budget ({budget:.0f} s of CPU time)")
            elif budget is not None and now - worker.unit_wall > WALL_FACTOR * budget:
                self._stop(worker, "timeout", f"was not done after {now - worker.unit_wall:.0f} s, "
                                              f"{WALL_FACTOR} times its time budget ({budget:.0f} s)")
            elif self.memory_limit is not None and resident > self.memory_limit:
                limit = self.memory_limit // 2**20
                self._stop(worker, "memory", f"took its worker over the memory limit ({limit} MiB)")

    def _read(self, worker: _Worker) -> None:
        """Every message the worker has sent so far."""
        while True:
            try:
                if not worker.conn.poll():
                    return
                message = worker.conn.recv()
            except (EOFError, OSError):
                return
            if message[0] == "ready":
                worker.ready = True
            elif message[0] == "failed":
                raise WorkerFailed(f"a worker could not start: {message[1]}")
            elif message[0] == "unit":
                worker.unit = message[1]
                worker.unit_cpu, worker.unit_wall = _usage(worker)[0], time.monotonic()
            elif message[0] == "result":
                self._finish(worker, message[1], message[2])

    def _finish(self, worker: _Worker, task: int, result: TaskResult) -> None:
        self.finished[task] = result
        worker.task, worker.unit = None, None
        if result.processed:
            self.deaths_in_a_row = 0
        if self.memory_limit is not None and _usage(worker)[1] > self.memory_limit * RETIRE_SHARE:
            worker.retiring = True
            worker.conn.send(None)

    def _stop(self, worker: _Worker, kind: str, what: str) -> None:
        """Stop a worker that went over its budget or the memory limit: the unit it was on `what`."""
        worker.process.kill()
        worker.process.join()
        doing = "reading it" if worker.unit is not None and worker.unit.kind == "read" else "it"
        self._lost(worker, ErrorInfo(type=kind, message=f"{doing} {what}; its worker was stopped and replaced"))

    def _lost(self, worker: _Worker, reason: ErrorInfo | None) -> None:
        """A worker is gone (`reason`: why we stopped it; None: it died by itself).
        Its task goes back to the queue with what its loss teaches."""
        self.workers.remove(worker)
        worker.conn.close()
        if worker.retiring:
            return
        task, unit = worker.task, worker.unit
        if task is None or unit is None:
            if not worker.ready and reason is not None and reason.type == "memory":
                limit = (self.memory_limit or 0) // 2**20
                raise WorkerFailed(f"a worker needs more than the memory limit ({limit} MiB) to load the model; "
                                   "raise --max-memory")
            if task is not None:
                heapq.heappush(self.pending, task)
            if reason is None and (task is not None or not worker.ready):
                self._count_death()
            return
        heapq.heappush(self.pending, task)
        plan = self.plans.setdefault(task, Plan())
        if reason is not None:
            if unit.single:
                self._blame(plan, unit, reason)
            else:
                plan.alone.update(unit.keys)
            return
        for key in unit.keys or (f"entry {unit.entry}",):
            self.strikes[task, key] += 1
        suspect = unit.keys[0] if unit.keys else f"entry {unit.entry}"
        if unit.single and self.strikes[task, suspect] >= 2:
            self._blame(plan, unit, WORKER_DIED)
            self._count_death()
        else:
            plan.alone.update(unit.keys)

    @staticmethod
    def _blame(plan: Plan, unit: Unit, error: ErrorInfo) -> None:
        if unit.kind == "read" and unit.entry is not None:
            plan.entry_errors[unit.entry] = error
        else:
            plan.errors[unit.keys[0]] = error

    def _count_death(self) -> None:
        self.deaths_in_a_row += 1
        if self.deaths_in_a_row >= MAX_DEATHS_IN_A_ROW:
            raise WorkerFailed(KEEP_DYING)


def _usage(worker: _Worker) -> tuple[float, int]:
    """CPU seconds and resident bytes of a worker process (0 if it is gone)."""
    try:
        if worker.stats is None:
            worker.stats = psutil.Process(worker.process.pid)
        with worker.stats.oneshot():
            cpu = worker.stats.cpu_times()
            return cpu.user + cpu.system, int(worker.stats.memory_info().rss)
    except (psutil.Error, ValueError):
        return 0.0, 0
