"""A whole run in the main process: discover, resume, hand tasks to a backend, write in order.

`run` is the one entry point (the CLI's `extract` is this call). Results are written in
task order whatever the backend or the number of workers, so the output is byte-identical.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from newsclaims.inputs import Entry, Skipped, discover
from newsclaims.outputs import Outputs, Targets
from newsclaims.runner.pool import local_results
from newsclaims.runner.settings import Settings, UsageError
from newsclaims.runner.summary import Summary
from newsclaims.runner.tasks import TaskResult, task_size, tasks


def run(paths: list[Path], targets: Targets, settings: Settings | None = None) -> Summary:
    """Extract every article under `paths` into `targets`, resuming an earlier run.

    Raises UsageError for options that cannot work (before anything is written) and
    WorkerFailed when workers cannot start or keep dying (what was written stays).
    """
    settings = settings or Settings()
    problem = targets.problem()
    if problem is not None:
        raise UsageError(problem)
    settings.check()
    summary = Summary(targets=targets.names())
    with ExitStack() as stack:
        outputs = stack.enter_context(Outputs(targets, fresh=settings.force))
        entries: list[Entry] = []
        for found in discover(paths, exclude=targets.files()):
            if isinstance(found, Skipped):
                summary.skip(found)
            else:
                entries.append(found)
        total = sum(e.count for e in entries)
        work = list(tasks(entries, task_size(total, settings.batch_size)))
        results = _results(work, settings, outputs.done, stack)
        progress = _progress(stack, total) if settings.progress else None
        for task, result in zip(work, results, strict=True):
            outputs.write(result.lines)
            summary.add(result)
            if progress is not None:
                progress(sum(e.count for e in task))
    if targets.report is not None and targets.jsonl is not None and summary.exit_code != 3:
        from newsclaims.report import write_report

        summary.report = (write_report(targets.jsonl, targets.report), str(targets.report))
    return summary


def _results(work: list[list[Entry]], settings: Settings, done: frozenset[str], stack: ExitStack) -> Iterator[TaskResult]:
    if settings.backend == "dask":
        from newsclaims.runner import dask as dask_backend

        return dask_backend.results(work, settings, done, stack)
    results = local_results(work, settings, done)
    stack.callback(results.close)  # stops the pool if writing fails
    return results


def _progress(stack: ExitStack, total: int) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )
    stack.enter_context(bar)
    task_id = bar.add_task("extract", total=total)
    return lambda n: bar.advance(task_id, n)
